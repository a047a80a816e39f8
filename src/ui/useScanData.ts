import { useTranslation } from 'react-i18next';
import type { RegistryEntry } from '../domain/questionnaire/registry';
import { useScanBundle } from '../storage/hooks/useScanBundle';
import type { ScanBundle } from '../storage/scan-bundle';
import { resolveFailureText } from '../wording/resolve-failure-text';
import { useQuestionnaireRegistry } from './registry-context';

export type ScanData = ScanBundle & {
  entry: RegistryEntry | undefined;
  /** why the questionnaire could not be found, when it could not */
  questionnaireProblem: string | undefined;
};

/** A scan with its collective, respondents and questionnaire, kept live across tabs; null when absent. */
export function useScanData(scanId: string): ScanData | null | undefined {
  const { t } = useTranslation();
  const registry = useQuestionnaireRegistry();
  const data = useScanBundle(scanId);
  if (!data) return data;
  const resolved = registry.resolve(data.scan.questionnaire);
  return {
    ...data,
    entry: resolved.ok ? resolved.entry : undefined,
    questionnaireProblem: resolved.ok ? undefined : resolveFailureText(t, resolved),
  };
}

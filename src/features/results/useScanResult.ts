import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildScanResult } from '../../domain/collective/scan-result';
import type { ResultFile } from '../../domain/files/result-file-schema';
import type { RegistryEntry } from '../../domain/questionnaire/registry';
import { useScanBundle } from '../../storage/hooks/useScanBundle';
import type { ScanBundle } from '../../storage/scan-bundle';
import { appGenerator } from '../../ui/app-info';
import { resolveFailureText } from '../../wording/resolve-failure-text';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { useFailureText } from '../../ui/useFailureText';

export type ScanResultState =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'problem'; message: string }
  | { state: 'ready'; bundle: ScanBundle; entry: RegistryEntry; result: ResultFile };

/** The result file of a scan, built by the domain scorer from what is stored; rebuilt when answers change. */
export function useScanResult(scanId: string): ScanResultState {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const registry = useQuestionnaireRegistry();
  const bundle = useScanBundle(scanId);
  const [built, setBuilt] = useState<{
    bundle: ScanBundle;
    result?: ResultFile;
    failure?: { error: unknown };
  } | null>(null);

  useEffect(() => {
    const collective = bundle?.collective;
    const resolved = bundle ? registry.resolve(bundle.scan.questionnaire) : undefined;
    if (!bundle || !collective || !resolved?.ok) return;
    let isCurrent = true;
    buildScanResult({
      collective,
      scan: bundle.scan,
      responses: bundle.responses,
      questionnaire: resolved.entry.questionnaire,
      ref: resolved.entry.ref,
      generator: appGenerator,
    }).then(
      (result) => isCurrent && setBuilt({ bundle, result }),
      (error: unknown) => isCurrent && setBuilt({ bundle, failure: { error } }),
    );
    return () => {
      isCurrent = false;
    };
  }, [bundle, registry]);

  if (bundle === undefined) return { state: 'loading' };
  if (bundle === null || !bundle.collective) return { state: 'missing' };
  const resolved = registry.resolve(bundle.scan.questionnaire);
  if (!resolved.ok) return { state: 'problem', message: resolveFailureText(t, resolved) };
  if (built?.bundle !== bundle) return { state: 'loading' };
  if (built.failure || !built.result)
    return { state: 'problem', message: failureText(built.failure?.error) };
  return { state: 'ready', bundle, entry: resolved.entry, result: built.result };
}

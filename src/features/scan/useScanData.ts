import { useLiveQuery } from 'dexie-react-hooks';
import type { Collective, Scan, StoredResponse } from '../../domain/collective/schema';
import type { RegistryEntry } from '../../domain/questionnaire/registry';
import { getCollective } from '../../storage/collectives-repository';
import { getDatabase } from '../../storage/db';
import { listResponses } from '../../storage/responses-repository';
import { getScan } from '../../storage/scans-repository';
import { useQuestionnaireRegistry } from '../../ui/registry-context';

export type ScanData = {
  scan: Scan;
  collective: Collective | undefined;
  responses: StoredResponse[];
  entry: RegistryEntry | undefined;
  /** why the questionnaire could not be found, when it could not */
  questionnaireProblem: string | undefined;
};

/** A scan with its collective, respondents and questionnaire, kept live across tabs; null when absent. */
export function useScanData(scanId: string): ScanData | null | undefined {
  const registry = useQuestionnaireRegistry();
  const data = useLiveQuery(async () => {
    const db = getDatabase();
    const scan = await getScan(db, scanId);
    if (!scan) return null;
    const [collective, responses] = await Promise.all([
      getCollective(db, scan.collectiveId),
      listResponses(db, scanId),
    ]);
    return { scan, collective, responses };
  }, [scanId]);
  if (!data) return data;
  const resolved = registry.resolve(data.scan.questionnaire);
  return {
    ...data,
    entry: resolved.ok ? resolved.entry : undefined,
    questionnaireProblem: resolved.ok ? undefined : resolved.message,
  };
}

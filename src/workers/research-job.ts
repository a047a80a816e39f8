import type { RegistryEntry } from '../domain/questionnaire/registry';
import type {
  FsqcaOutcome,
  FsqcaResult,
  FsqcaThresholds,
  ResearchAggregate,
  ResearchRefusal,
  ResearchTable,
  CaseChoice,
  CaseSelection,
  OutcomeCheck,
  RouteDefinition,
} from '../domain/research';
import type { ResearchExportFile, ResearchExportKind } from '../exports/research';
import type { TableParcel } from './table-parcel';

/** Size limits checked before a file is read: one result file, and a JSON Lines bundle. */
export const researchFileLimits = { resultBytes: 5 * 1024 * 1024, bundleBytes: 2 * 1024 ** 3 };

/** What the page sends to src/workers/research.worker.ts. */
export type ResearchJobInput = {
  /** many `.json` anonymised results, and/or JSON Lines bundles (`.jsonl`, one result per line) */
  files: readonly File[];
  /** the fsQCA outcome; without it no fsQCA is run */
  outcome?: FsqcaOutcome;
  thresholds?: FsqcaThresholds;
  routes?: RouteDefinition[];
  /** exports to build in the same run (bytes come back in `exports`) */
  exports?: ResearchExportKind[];
  /** the known questionnaires, for the long CSV and the codebook */
  questionnaires?: RegistryEntry[];
  /** return the research table too (for the membership table, and for later runs without reading) */
  keepTable?: boolean;
  /** which scans of one pseudonym are cases (default: its latest) */
  cases?: CaseChoice;
  /**
   * what an earlier run loaded (its `loaded` table): a run for an export, another outcome or another
   * choice of cases starts from it instead of reading every file again
   */
  table?: ResearchTable;
};

/** What the worker returns. At most `refusedListed` refusals are listed; `refusedCount` counts all. */
export type ResearchJobResult = {
  /** cases in the figures */
  n: number;
  read: number;
  /** intact results, each once (duplicates left out), before choosing cases */
  loadedCount: number;
  cases: CaseSelection;
  /** files that repeat a result read before (listed in `refused` as `duplicate`) */
  duplicates: number;
  /** how an outcome file met the loaded results; null without an outcome file */
  outcomeCheck: OutcomeCheck | null;
  aggregate: ResearchAggregate;
  fsqca: FsqcaResult | null;
  refused: ResearchRefusal[];
  refusedCount: number;
  exports: ResearchExportFile[];
  /** the cases' table, and every intact result once (for a later run), with `keepTable` */
  table: ResearchTable | null;
  loaded: ResearchTable | null;
};

export const refusedListed = 1000;

/** The job's input as the page posts it: an earlier run's table comes packed (table-parcel.ts). */
export type PostedResearchInput = Omit<ResearchJobInput, 'table'> & { table?: TableParcel };

/** The job's result as the worker posts it to the page: its tables packed (table-parcel.ts). */
export type PostedResearchResult = Omit<ResearchJobResult, 'table' | 'loaded'> & {
  table: TableParcel | null;
  loaded: TableParcel | null;
};

import type { RegistryEntry } from '../domain/questionnaire/registry';
import type {
  FsqcaOutcome,
  FsqcaResult,
  FsqcaThresholds,
  ResearchAggregate,
  ResearchRefusal,
  ResearchTable,
  RouteDefinition,
} from '../domain/research';
import type { ResearchExportFile, ResearchExportKind } from '../exports/research';

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
  /** return the research table too (for a later export run on the page) */
  keepTable?: boolean;
};

/** What the worker returns. At most `refusedListed` refusals are listed; `refusedCount` counts all. */
export type ResearchJobResult = {
  n: number;
  read: number;
  aggregate: ResearchAggregate;
  fsqca: FsqcaResult | null;
  refused: ResearchRefusal[];
  refusedCount: number;
  exports: ResearchExportFile[];
  table: ResearchTable | null;
};

export const refusedListed = 1000;

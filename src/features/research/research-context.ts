import { createContext, useContext } from 'react';
import type { CaseChoice } from '../../domain/research';
import type { WorkerJobState } from '../../ui/useWorkerJob';
import type { ResearchSession, SessionStore } from './research-session';
import type {
  FsqcaThresholds,
  OutcomeChoice,
  ResearchJobInput,
  ResearchJobResult,
} from './research-types';

/** What a run may change: new files, another outcome or thresholds. */
export type ResearchJobRequest = {
  files?: File[];
  skipped?: number;
  outcome?: OutcomeChoice;
  thresholds?: FsqcaThresholds;
  cases?: CaseChoice;
};

/** Creates the research worker; tests provide a fake through ResearchWorkerContext. */
export function createResearchWorker(): Worker {
  return new Worker(new URL('../../workers/research.worker.ts', import.meta.url), {
    type: 'module',
  });
}

export const ResearchWorkerContext = createContext<() => Worker>(createResearchWorker);

export type ResearchJobHandle = {
  store: SessionStore;
  session: ResearchSession;
  job: WorkerJobState<ResearchJobResult>;
  /** the input a run sends to the worker, from the session and its changes */
  inputFor: (session: ResearchSession) => ResearchJobInput;
  /** runs the worker over the session's files with its outcome and thresholds, changed by `next` */
  run: (next?: ResearchJobRequest) => void;
  cancel: () => void;
};

export const ResearchJobContext = createContext<ResearchJobHandle | null>(null);

/** The research section's loaded data and its worker; only inside ResearchPage. */
export function useResearchJobHandle(): ResearchJobHandle {
  const run = useContext(ResearchJobContext);
  if (!run) throw new Error('useResearchJobHandle outside ResearchPage');
  return run;
}

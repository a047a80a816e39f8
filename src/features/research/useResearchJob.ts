import { useCallback, useContext, useMemo } from 'react';
import { useWorkerJob } from '../../ui/useWorkerJob';
import { ResearchWorkerContext, type ResearchRun } from './research-context';
import { useSession, type SessionStore } from './research-session';
import type { ResearchJobInput, ResearchJobResult } from './research-types';

/** Ties the session store to one worker job: a new run replaces the result only when it finishes. */
export function useResearchJob(store: SessionStore): ResearchRun {
  const createWorker = useContext(ResearchWorkerContext);
  const session = useSession(store);
  const { job, start, cancel } = useWorkerJob<ResearchJobInput, ResearchJobResult>(createWorker);

  const run = useCallback<ResearchRun['run']>(
    (next = {}) => {
      const current = store.get();
      const input: ResearchJobInput = {
        files: next.files ?? current.files,
        outcome: next.outcome ?? current.outcome,
        thresholds: next.thresholds ?? current.thresholds,
      };
      store.set({
        ...input,
        ...(next.skipped === undefined ? {} : { skipped: next.skipped }),
        // new files make the old figures meaningless; a new outcome keeps them until the run ends
        ...(next.files ? { result: null } : {}),
      });
      void start(input, input.files.length).then((end) => {
        if (end.state === 'done') store.set({ result: end.result });
      });
    },
    [store, start],
  );

  return useMemo(() => ({ store, session, job, run, cancel }), [store, session, job, run, cancel]);
}

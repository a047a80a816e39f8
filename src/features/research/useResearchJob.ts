import { useCallback, useContext, useMemo } from 'react';
import { RegistryContext } from '../../ui/registry-context';
import { useWorkerJob } from '../../ui/useWorkerJob';
import { fsqcaOutcomeOf } from './outcome-choice';
import { ResearchWorkerContext, type ResearchRun } from './research-context';
import { useSession, type ResearchSession, type SessionStore } from './research-session';
import type { ResearchJobInput, ResearchJobResult } from './research-types';

/** Ties the session store to one worker job: a new run replaces the result only when it finishes. */
export function useResearchJob(store: SessionStore): ResearchRun {
  const createWorker = useContext(ResearchWorkerContext);
  const registry = useContext(RegistryContext);
  const session = useSession(store);
  const { job, start, cancel } = useWorkerJob<ResearchJobInput, ResearchJobResult>(createWorker);

  const inputFor = useCallback(
    (current: ResearchSession): ResearchJobInput => {
      const { outcome } = fsqcaOutcomeOf(current.outcome);
      return {
        files: current.files,
        ...(outcome ? { outcome } : {}),
        thresholds: current.thresholds,
        questionnaires: [...(registry?.entries ?? [])],
        // the membership table is drawn on the page from the table's columns
        keepTable: outcome !== undefined,
      };
    },
    [registry],
  );

  const run = useCallback<ResearchRun['run']>(
    (next = {}) => {
      store.set({
        ...next,
        // new files make the old figures meaningless; a new outcome keeps them until the run ends
        ...(next.files ? { result: null } : {}),
      });
      const input = inputFor(store.get());
      const total = input.files.reduce((sum, file) => sum + file.size, 0);
      void start(input, total).then((end) => {
        if (end.state === 'done')
          store.set({ result: end.result, resultOutcome: input.outcome ?? null });
      });
    },
    [store, start, inputFor],
  );

  return useMemo(
    () => ({ store, session, job, run, cancel, inputFor }),
    [store, session, job, run, cancel, inputFor],
  );
}

import { useCallback, useContext, useMemo } from 'react';
import { RegistryContext } from '../../ui/registry-context';
import { useWorkerJob } from '../../ui/useWorkerJob';
import { fsqcaOutcomeOf } from './outcome-choice';
import { ResearchWorkerContext, type ResearchJobHandle } from './research-context';
import { useSession, type ResearchSession, type SessionStore } from './research-session';
import type { ResearchJobInput, ResearchJobResult } from './research-types';

/** Ties the session store to one worker job: a new run replaces the result only when it finishes. */
export function useResearchJob(store: SessionStore): ResearchJobHandle {
  const createWorker = useContext(ResearchWorkerContext);
  const registry = useContext(RegistryContext);
  const session = useSession(store);
  // a spare worker waits with its helpers loaded, so a chosen file starts reading at once
  const { job, start, cancel } = useWorkerJob<ResearchJobInput, ResearchJobResult>(createWorker, {
    keepSpare: true,
  });

  const inputFor = useCallback(
    (current: ResearchSession): ResearchJobInput => {
      const { outcome } = fsqcaOutcomeOf(current.outcome);
      const loaded = current.result?.loaded;
      return {
        // what is loaded is not read again: the worker starts from its table
        files: loaded ? [] : current.files,
        ...(loaded ? { table: loaded } : {}),
        ...(outcome ? { outcome } : {}),
        thresholds: current.thresholds,
        cases: current.cases,
        questionnaires: [...(registry?.entries ?? [])],
        // the membership table is drawn on the page from the table's columns; later runs start from it
        keepTable: true,
      };
    },
    [registry],
  );

  const run = useCallback<ResearchJobHandle['run']>(
    (next = {}) => {
      store.set({
        ...next,
        // new files make the old figures meaningless; a new outcome keeps them until the run ends
        ...(next.files ? { result: null } : {}),
      });
      const input = inputFor(store.get());
      const earlier = store.get().result;
      const total = input.files.reduce((sum, file) => sum + file.size, 0);
      void start(input, Math.max(total, 1)).then((end) => {
        if (end.state !== 'done') return;
        // a run from the loaded table keeps what the reading found: files read, refused, duplicates
        const result =
          input.table && earlier
            ? {
                ...end.result,
                read: earlier.read,
                refused: earlier.refused,
                refusedCount: earlier.refusedCount,
                duplicates: earlier.duplicates,
              }
            : end.result;
        store.set({ result, resultOutcome: input.outcome ?? null });
      });
    },
    [store, start, inputFor],
  );

  return useMemo(
    () => ({ store, session, job, run, cancel, inputFor }),
    [store, session, job, run, cancel, inputFor],
  );
}

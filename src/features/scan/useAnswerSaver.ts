import { useCallback, useRef, useState } from 'react';
import type { Answers, AnswerValue } from '../../domain/questionnaire/schema';
import { whenSecondCopyHolds } from '../../storage/second-copy/feed-second-copy';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  /** the write's error, worded by the page (src/ui/failure-kind.ts) */
  | { state: 'error'; error: unknown };

/**
 * Writes each answer at once and tracks whether it reached the disk. Answers whose write failed are
 * kept in memory (`unsaved`) so the page can still show them and offer them as a download.
 */
export function useAnswerSaver(
  write: (itemId: string, value: AnswerValue | undefined) => Promise<void>,
) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [pending, setPending] = useState<Record<string, AnswerValue | undefined>>({});
  const [unsaved, setUnsaved] = useState<Answers>({});
  // "Opgeslagen" only once every write given so far has landed, not after the first of two quick ones
  const inFlight = useRef(0);

  const save = useCallback(
    async (itemId: string, value: AnswerValue | undefined) => {
      setPending((p) => ({ ...p, [itemId]: value }));
      setStatus({ state: 'saving' });
      inFlight.current += 1;
      try {
        await write(itemId, value);
        // "Opgeslagen" once both copies hold it: the database and the second copy (issue 20)
        await whenSecondCopyHolds();
        setUnsaved((u) => {
          const { [itemId]: _saved, ...rest } = u;
          return rest;
        });
        inFlight.current -= 1;
        const isLast = inFlight.current === 0;
        setStatus((current) =>
          current.state === 'error'
            ? current
            : isLast
              ? { state: 'saved', at: new Date() }
              : { state: 'saving' },
        );
      } catch (error) {
        inFlight.current -= 1;
        if (value !== undefined) setUnsaved((u) => ({ ...u, [itemId]: value }));
        setStatus({ state: 'error', error });
      }
    },
    [write],
  );

  /** What to show: stored answers overlaid with answers given on this page. */
  const merge = useCallback(
    (stored: Answers): Answers => {
      const merged: Answers = { ...stored };
      for (const [itemId, value] of Object.entries(pending)) {
        if (value === undefined) delete merged[itemId];
        else merged[itemId] = value;
      }
      return merged;
    },
    [pending],
  );

  return { save, status, unsaved, merge };
}

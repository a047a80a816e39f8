import { useSyncExternalStore } from 'react';
import { defaultCaseChoice, type CaseChoice, type FsqcaOutcome } from '../../domain/research';
import type { FsqcaThresholds, OutcomeChoice, ResearchJobResult } from './research-types';

/**
 * What the researcher loaded in this tab. It lives in memory only (never in IndexedDB): the files are
 * other collectives' data, and a reload clears them. An export, a new outcome or another choice of
 * cases starts from the loaded table (`result.loaded`), never reads the files again.
 */
export type ResearchSession = {
  files: File[];
  /** files a folder held that are not .json/.jsonl, so were not read */
  skipped: number;
  outcome: OutcomeChoice;
  thresholds: FsqcaThresholds;
  /** which scans of one pseudonym are cases */
  cases: CaseChoice;
  result: ResearchJobResult | null;
  /** the outcome the result was computed with, for the membership table */
  resultOutcome: FsqcaOutcome | null;
};

export type SessionStore = {
  get: () => ResearchSession;
  set: (next: Partial<ResearchSession>) => void;
  clear: () => void;
  subscribe: (listener: () => void) => () => void;
};

/** Ragin's usual starting points: a row needs at least 1 case and a consistency of 0.8. */
export const defaultThresholds: FsqcaThresholds = { frequency: 1, consistency: 0.8 };

const empty: ResearchSession = {
  files: [],
  skipped: 0,
  outcome: { kind: 'none' },
  thresholds: defaultThresholds,
  cases: defaultCaseChoice,
  result: null,
  resultOutcome: null,
};

/** A tiny store that outlives the research screen's components for as long as the tab stays open. */
export function createSessionStore(): SessionStore {
  let session = empty;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    get: () => session,
    set: (next) => {
      session = { ...session, ...next };
      notify();
    },
    clear: () => {
      session = empty;
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The session of this tab. */
export const researchSession = createSessionStore();

/** The current session of a store, re-rendering when it changes. */
export function useSession(store: SessionStore): ResearchSession {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

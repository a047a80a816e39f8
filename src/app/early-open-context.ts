import { createContext } from 'react';

/** What a page shown before the check is given (StartGate provides it; null: the check came first). */
export type EarlyOpen = {
  /** starts the check if it has not started, and resolves once it is done */
  whenStorageReady: () => Promise<void>;
  /** the page shows: the check starts now (it would otherwise start after a few seconds) */
  onShown: () => void;
};

export const EarlyOpenContext = createContext<EarlyOpen | null>(null);

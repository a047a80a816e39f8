import type { StoredStudy } from '../../domain/research/study/stored-study';
import { listStudies } from '../studies-repository';
import { useLiveRow } from './useLiveRow';

/** The studies this device remembers, live; undefined while loading. */
export function useStudies(): StoredStudy[] | undefined {
  return useLiveRow((db) => listStudies(db), []);
}

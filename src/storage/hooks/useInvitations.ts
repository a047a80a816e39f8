import type { Invitation } from '../../domain/collective/schema';
import { listInvitations } from '../invitations-repository';
import { useLiveRow } from './useLiveRow';

/** The invitations opened on this device, newest first, live; undefined while loading. */
export function useInvitations(): Invitation[] | undefined {
  return useLiveRow((db) => listInvitations(db), []);
}

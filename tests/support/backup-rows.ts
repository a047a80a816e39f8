import type { BackupContents } from '../../src/domain/collective/backup-merge';
import type {
  Collective,
  Invitation,
  Scan,
  StoredResponse,
} from '../../src/domain/collective/schema';
import { exampleRef } from './fixtures';

/** Hand-made rows for backup merge and compare tests: the moments are all that matters. */
export function collectiveRow(
  id: string,
  updatedAt: string,
  name = `Collectief ${id}`,
): Collective {
  return {
    id,
    name,
    sector: null,
    legalForm: null,
    memberBand: null,
    volunteerBand: null,
    staffBand: null,
    ownIncomeShare: null,
    foundingYear: null,
    municipality: null,
    province: null,
    isExample: false,
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt,
  };
}

export function scanRow(
  id: string,
  collectiveId: string,
  startedAt: string,
  closedAt: string | null = null,
): Scan {
  return {
    id,
    collectiveId,
    questionnaire: exampleRef,
    label: `Scan ${id}`,
    status: closedAt ? 'closed' : 'open',
    startedAt,
    closedAt,
  };
}

export function responseRow(
  id: string,
  scanId: string,
  updatedAt: string,
  answers: StoredResponse['answers'] = {},
): StoredResponse {
  return {
    id,
    scanId,
    name: `Deelnemer ${id}`,
    answers,
    source: 'device',
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt,
  };
}

export function invitationRow(scanId: string, openedAt: string): Invitation {
  return { scanId, questionnaire: exampleRef, label: null, responseId: `r-${scanId}`, openedAt };
}

export function contents(rows: Partial<BackupContents> = {}): BackupContents {
  return { collectives: [], scans: [], responses: [], invitations: [], ...rows };
}

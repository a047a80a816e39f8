import { describe, expect, it } from 'vitest';
import { buildScanResult } from './scan-result';
import { resultDigest } from '../files/result-file';
import { readResultFile } from '../files/read-file';
import { selfScanV1 } from '../../../tests/support/questionnaires';
import type { Collective, Scan, StoredResponse } from './schema';

const ref = { id: 'ck-selfscan', version: '1.0.0', sha256: 'c'.repeat(64) };
const collectiveId = '3f1c2b9e-7d4a-4c1e-9a2b-5e6f7a8b9c0d';
const collective: Collective = {
  id: collectiveId,
  name: 'Zorgcoöperatie Samen Oud',
  sector: 'care',
  legalForm: 'cooperative',
  memberBand: 'from26to100',
  volunteerBand: 'upto5',
  staffBand: 'none',
  ownIncomeShare: 'under25',
  foundingYear: 2018,
  municipality: 'Hengelo',
  province: 'overijssel',
  isExample: false,
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
};
const scan: Scan = {
  id: 's1',
  collectiveId,
  questionnaire: ref,
  label: 'Najaar',
  status: 'closed',
  startedAt: '2027-02-01T00:00:00.000Z',
  closedAt: '2027-02-20T00:00:00.000Z',
};
const response = (
  id: string,
  name: string,
  answers: StoredResponse['answers'],
): StoredResponse => ({
  id,
  scanId: 's1',
  name,
  answers,
  source: 'device',
  createdAt: '2027-02-02T00:00:00.000Z',
  updatedAt: '2027-02-02T00:00:00.000Z',
});

describe('buildScanResult', () => {
  it('carries profile, scan and answers, names no respondent, and gets a digest that verifies', async () => {
    const result = await buildScanResult({
      collective,
      scan,
      responses: [
        response('r1', 'Wilma de Vries', { role: 'board', culture_1: 4 }),
        response('r2', 'Kees', { culture_1: 2 }),
      ],
      questionnaire: selfScanV1,
      ref,
      generator: { app: 'test', version: '0.0.0' },
    });
    expect(Object.keys(result).slice(0, 2)).toEqual(['format', 'formatVersion']);
    // version 2: the collective's permanent id goes along, first in the collective
    expect(result.formatVersion).toBe(2);
    expect(Object.keys(result.collective)[0]).toBe('id');
    expect(result.collective).toEqual({
      id: collectiveId,
      name: 'Zorgcoöperatie Samen Oud',
      sector: 'care',
      legalForm: 'cooperative',
      memberBand: 'from26to100',
      foundingYear: 2018,
      municipality: 'Hengelo',
      province: 'overijssel',
      volunteerBand: 'upto5',
      staffBand: 'none',
      ownIncomeShare: 'under25',
    });
    expect(result.responses).toEqual([
      { respondentId: 'r1', role: 'board', answers: { role: 'board', culture_1: 4 } },
      { respondentId: 'r2', answers: { culture_1: 2 } },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/Wilma|Kees/);
    expect(result.digest).toBe(await resultDigest(result));
    expect(readResultFile(JSON.stringify(result)).ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { Scan, StoredResponse } from '../../domain/collective/schema';
import { dutchLabel, dutchResult } from '../../../tests/support/report-result';
import { selfScanV1 } from '../../../tests/support/questionnaires';
import { buildResultsPageModel } from './results-page-model';

const scan: Scan = {
  id: 'scan-dutch',
  collectiveId: 'c-1',
  questionnaire: { id: 'ck-selfscan', version: '1.0.0', sha256: 'a'.repeat(64) },
  label: dutchLabel,
  status: 'closed',
  startedAt: '2025-09-01T08:00:00.000Z',
  closedAt: '2025-09-30T22:30:00.000Z',
};

function stored(id: string, name: string): StoredResponse {
  return {
    id,
    scanId: scan.id,
    name,
    answers: {},
    source: name ? 'device' : 'import',
    createdAt: '2025-09-02T08:00:00.000Z',
    updatedAt: '2025-09-02T08:00:00.000Z',
  };
}

// r1 is a board member, r2 a member (read from a file, so no name), r3 a volunteer
const responses = [stored('r1', 'Anouk de Vries'), stored('r2', ''), stored('r3', 'Ĳsbrand')];
const nameOf = (response: StoredResponse) => response.name || `uit bestand ${response.id}`;

async function pageModel(withNames: boolean, language: 'nl' | 'en' = 'nl') {
  return buildResultsPageModel({
    result: await dutchResult(),
    questionnaire: selfScanV1,
    language,
    scan,
    responses,
    withNames,
    nameOf,
  });
}

describe('buildResultsPageModel', () => {
  it('names every respondent for the page, and counts them', async () => {
    const page = await pageModel(false);
    expect(page.respondentNames).toEqual({
      r1: 'Anouk de Vries',
      r2: 'uit bestand r2',
      r3: 'Ĳsbrand',
    });
    expect(page.respondentCount).toBe(3);
  });

  it('keeps the names out of the report unless chosen', async () => {
    const without = await pageModel(false);
    expect(without.report.appendix.roles.map((role) => [role.role, role.names])).toEqual([
      ['board', []],
      ['volunteer', []],
      ['member', []],
    ]);
    const named = await pageModel(true);
    expect(named.report.appendix.roles.map((role) => [role.role, role.names])).toEqual([
      ['board', ['Anouk de Vries']],
      ['volunteer', ['Ĳsbrand']],
      ['member', ['uit bestand r2']],
    ]);
  });

  it('builds the report in the language asked', async () => {
    expect((await pageModel(false, 'en')).report.language).toBe('en');
    expect((await pageModel(false, 'nl')).report.language).toBe('nl');
  });

  it('offers the result file under a plain name made of the collective and the scan', async () => {
    const page = await pageModel(false);
    // "Bewonersbedrĳf “De Ĳzeren Brug” € ‘Zuid’": ĳ → ij, everything else not a letter or digit → one dash;
    // "Scan één – ideeën, naïef en coöperatief, café": accents dropped
    expect(page.resultFile.fileName).toBe(
      'resultaat-bewonersbedrijf-de-ijzeren-brug-zuid-scan-een-ideeen-naief-en-cooperatief-cafe.json',
    );
    expect(page.resultFile.text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(page.resultFile.text)).toEqual(page.result);
  });
});

import { describe, expect, it } from 'vitest';
import { planResponseImport } from './plan-response-import';
import { buildResponseFile } from '../files/response-file';
import { selfScanV1 } from '../../../tests/support/questionnaires';

const ref = { id: 'ck-selfscan', version: '1.0.0', sha256: 'd'.repeat(64) };
const scan = { id: 'scan-1', questionnaire: ref };

function responseText(overrides: Partial<Parameters<typeof buildResponseFile>[0]> = {}): string {
  return JSON.stringify(
    buildResponseFile({
      questionnaire: ref,
      scanId: 'scan-1',
      respondentId: 'resp-1',
      answers: { role: 'volunteer', culture_1: 4, culture_2: null },
      submittedAt: '2027-03-02T12:00:00.000Z',
      ...overrides,
    }),
  );
}

function plan(files: { name: string; text: string }[], existingResponseIds: string[] = []) {
  return planResponseImport({ scan, questionnaire: selfScanV1, existingResponseIds, files });
}

describe('planResponseImport', () => {
  it('accepts good files and marks a respondent already in the scan as a re-import', () => {
    const result = plan(
      [
        { name: 'a.json', text: responseText() },
        { name: 'b.json', text: responseText({ respondentId: 'resp-2' }) },
      ],
      ['resp-2'],
    );
    expect(result.refusals).toEqual([]);
    expect(result.accepted.map((a) => [a.fileName, a.file.respondentId, a.isReimport])).toEqual([
      ['a.json', 'resp-1', false],
      ['b.json', 'resp-2', true],
    ]);
  });

  it.each([
    ['truncated JSON', responseText().slice(0, 40), 'unreadable'],
    ['another format', JSON.stringify({ format: 'ck-result', formatVersion: 1 }), 'wrong-format'],
    [
      'a newer format version',
      responseText().replace('"formatVersion":1', '"formatVersion":2'),
      'unsupported-version',
    ],
    ['a missing respondent id', responseText().replace('"respondentId":"resp-1",', ''), 'invalid'],
    ['another scan', responseText({ scanId: 'scan-9' }), 'other-scan'],
    [
      'an edited questionnaire hash',
      responseText({ questionnaire: { ...ref, sha256: 'e'.repeat(64) } }),
      'other-questionnaire',
    ],
    ['an answer off the scale', responseText({ answers: { culture_1: 7 } }), 'answers-do-not-fit'],
    ['an unknown item', responseText({ answers: { cultuur_1: 3 } }), 'answers-do-not-fit'],
  ])('refuses a file with %s', (_case, text, code) => {
    const result = plan([{ name: 'bad.json', text }]);
    expect(result.accepted).toEqual([]);
    expect(result.refusals).toHaveLength(1);
    expect(result.refusals[0]).toMatchObject({ fileName: 'bad.json', code });
  });

  it('names the scans and hashes that differ', () => {
    const [otherScan] = plan([
      { name: 'x.json', text: responseText({ scanId: 'scan-9' }) },
    ]).refusals;
    expect(otherScan).toMatchObject({ code: 'other-scan', fileScanId: 'scan-9' });
    const [otherHash] = plan([
      { name: 'y.json', text: responseText({ questionnaire: { ...ref, sha256: 'e'.repeat(64) } }) },
    ]).refusals;
    expect(otherHash).toMatchObject({
      code: 'other-questionnaire',
      found: { sha256: 'e'.repeat(64) },
      expected: { sha256: 'd'.repeat(64) },
    });
  });

  it('refuses the second of two files from one respondent', () => {
    const result = plan([
      { name: 'first.json', text: responseText() },
      { name: 'second.json', text: responseText() },
    ]);
    expect(result.refusals).toEqual([
      {
        fileName: 'second.json',
        code: 'duplicate-in-batch',
        earlier: 'first.json',
      },
    ]);
  });
});

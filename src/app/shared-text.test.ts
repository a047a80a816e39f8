import { describe, expect, it } from 'vitest';
import { selfScanV1 } from '../../tests/support/questionnaires';
import { encodeResponseCode } from '../domain/files/response-code';
import { buildResponseFile } from '../domain/files/response-file';

import { sharedTextRoute } from './shared-text';

const code = encodeResponseCode({
  file: buildResponseFile({
    questionnaire: { id: 'ck-selfscan', version: '1.0.0', sha256: 'a'.repeat(64) },
    scanId: 'scan-7',
    respondentId: 'resp-1',
    answers: { culture_1: 3 },
    submittedAt: '2027-03-02T12:00:00.000Z',
  }),
  questionnaire: selfScanV1,
});

describe('text shared to the installed app', () => {
  it.each([
    [
      'an invitation link in the url field',
      `?url=${encodeURIComponent('https://zelfscan.example/#/respond?i=1.AbC_-9')}`,
      '/respond?i=1.AbC_-9',
    ],
    [
      'an invitation link inside a message',
      `?text=${encodeURIComponent('Vul dit in: https://zelfscan.example/app/#/respond?i=1.xyz groet')}`,
      '/respond?i=1.xyz',
    ],
    [
      'a response code in a message',
      `?text=${encodeURIComponent(`Mijn code:\n${code}`)}`,
      `/scans/scan-7/codes?c=${encodeURIComponent(code)}`,
    ],
    ['a damaged code', `?text=${encodeURIComponent(code.slice(0, -2))}`, undefined],
    ['nothing shared', '', undefined],
  ])('opens %s at the right place', (_case, search, route) => {
    expect(sharedTextRoute(search)).toBe(route);
  });
});

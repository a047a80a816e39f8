import { describe, expect, it } from 'vitest';
import { markDuplicates } from './mark-duplicates';
import type { ScreenedFile, ScreenStatus } from './screen-status';
import { screenVerdict } from './screen-verdict';

const file = (
  fileName: string,
  digest: string | null,
  status: ScreenStatus = 'intact',
): ScreenedFile => ({
  fileName,
  kind: 'pdf',
  bytes: 1,
  status,
  reasons: [],
  digest,
  result: null,
});

describe('markDuplicates', () => {
  it('keeps the first of each digest, names it on the rest, and marks digests imported before', () => {
    const marked = markDuplicates({
      files: [
        file('a.pdf', 'd1'),
        file('b.json', 'd1'),
        file('c.pdf', 'd2'),
        file('d.pdf', 'd0'),
        file('e.pdf', null, 'unreadable'),
      ],
      knownDigests: ['d0'],
    });
    expect(marked.map((f) => [f.status, f.reasons])).toEqual([
      ['intact', []],
      ['duplicate', [{ code: 'duplicate-of', fileName: 'a.pdf' }]],
      ['intact', []],
      ['duplicate', [{ code: 'already-imported', digest: 'd0' }]],
      ['unreadable', []],
    ]);
  });

  it('never hides a changed copy behind a duplicate, nor lets it claim the digest', () => {
    const marked = markDuplicates({
      files: [file('changed.pdf', 'd1', 'changed'), file('real.pdf', 'd1')],
    });
    expect(marked.map((f) => f.status)).toEqual(['changed', 'intact']);
  });
});

describe('screenVerdict', () => {
  const unknown = {
    code: 'unknown-questionnaire',
    message: '',
    reason: 'unknown-version',
    questionnaire: { id: 'q', version: '9', sha256: 'a'.repeat(64) },
  } as const;

  it.each([
    ['no findings', [], [], 'intact'],
    ['only an unknown questionnaire', [unknown], [], 'unknown-questionnaire'],
    [
      'a digest mismatch wins over an unknown questionnaire',
      [unknown, { code: 'digest-mismatch', message: '', stored: 'a', recomputed: 'b' } as const],
      [],
      'changed',
    ],
    [
      'a printed difference alone',
      [],
      [{ code: 'printed-name-missing', attached: 'X' } as const],
      'changed',
    ],
  ] as const)('%s', (_, findings, printed, status) => {
    expect(screenVerdict({ findings, printed }).status).toBe(status);
  });
});

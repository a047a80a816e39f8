import { describe, expect, it } from 'vitest';
import { markDuplicates } from './mark-duplicates';
import type { ScreenedFile, ScreenStatus } from './screen-status';
import { screenVerdict } from './screen-verdict';

const file = (
  fileName: string,
  digest: string | null,
  status: ScreenStatus = 'intact',
  fileSha256: string | undefined = `bytes-of-${fileName}`,
): ScreenedFile => ({
  fileName,
  kind: 'pdf',
  bytes: 1,
  status,
  reasons: [],
  digest,
  result: digest === null ? null : resultNamed(`collective ${digest}`),
  ...(fileSha256 === undefined ? {} : { fileSha256 }),
});

// only the collective's name is read from a result here
function resultNamed(name: string): ScreenedFile['result'] {
  return { collective: { name } } as unknown as ScreenedFile['result'];
}

describe('markDuplicates', () => {
  it('marks only a byte-for-byte copy as a duplicate; another file of one result keeps its row', () => {
    const marked = markDuplicates({
      files: [
        file('a.pdf', 'd1'),
        file('a.json', 'd1'),
        file('a copy.pdf', 'd1', 'intact', 'bytes-of-a.pdf'),
        file('c.pdf', 'd2'),
        file('e.pdf', null, 'unreadable'),
      ],
    });
    expect(marked.map((f) => [f.status, f.reasons])).toEqual([
      ['intact', []],
      ['intact', [{ code: 'same-result-as', fileName: 'a.pdf', collective: 'collective d1' }]],
      ['duplicate', [{ code: 'duplicate-of', fileName: 'a.pdf' }]],
      ['intact', []],
      ['unreadable', []],
    ]);
  });

  it('gives a shared result to the intact file, never to a changed one that comes first', () => {
    const marked = markDuplicates({
      files: [file('swapped.pdf', 'd1', 'changed'), file('real.pdf', 'd1')],
    });
    expect(marked.map((f) => [f.status, f.reasons])).toEqual([
      ['changed', [{ code: 'same-result-as', fileName: 'real.pdf', collective: 'collective d1' }]],
      ['intact', []],
    ]);
  });

  it('keeps the status of a file read before, and names a kept file whose result another carries', () => {
    const kept = [
      {
        fileSha256: 'bytes-of-a.pdf',
        digest: 'd1',
        fileName: 'a.pdf',
        collective: 'Oogst',
        status: 'intact' as const,
      },
      {
        fileSha256: null,
        digest: 'd0',
        fileName: 'old.pdf',
        collective: null,
        status: 'intact' as const,
      },
    ];
    const marked = markDuplicates({
      files: [file('a.pdf', 'd1'), file('swapped.pdf', 'd1', 'changed'), file('old.pdf', 'd0')],
      kept,
    });
    expect(marked.map((f) => [f.status, f.isAlreadyImported ?? false, f.reasons])).toEqual([
      ['intact', true, []],
      ['changed', false, [{ code: 'same-result-as', fileName: 'a.pdf', collective: 'Oogst' }]],
      ['intact', true, []],
    ]);
    // read again once kept, the swapped file still says whose result it carries
    const again = markDuplicates({
      files: [file('swapped.pdf', 'd1', 'changed')],
      kept: [
        ...kept,
        {
          ...kept[0]!,
          fileSha256: 'bytes-of-swapped.pdf',
          fileName: 'swapped.pdf',
          status: 'changed' as const,
        },
      ],
    });
    expect(again[0]?.reasons).toEqual([
      { code: 'same-result-as', fileName: 'a.pdf', collective: 'Oogst' },
    ]);
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
      'a newer version of a known questionnaire',
      [{ ...unknown, known: ['1.0.0', '2'] as string[] }],
      [],
      'newer-questionnaire',
    ],
    [
      'an older unknown version is not newer',
      [{ ...unknown, known: ['10'] as string[] }],
      [],
      'unknown-questionnaire',
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

  it('says in one reason which pages print another digest', () => {
    const page = (n: number) =>
      ({ code: 'printed-digest-differs', page: n, printed: 'abc', attached: 'def' }) as const;
    const { reasons } = screenVerdict({ findings: [], printed: [1, 2, 3, 4].map(page) });
    expect(reasons).toEqual([
      { code: 'printed-digest-differs', pages: [1, 2, 3, 4], printed: 'abc' },
    ]);
  });
});

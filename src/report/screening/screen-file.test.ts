// @vitest-environment node
// Each status of the funder's screening on generated files, with both PDF text readers: the browser's
// (pdf-lib) and the command line's (pdftotext).
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionnaireRegistry } from '../../domain/questionnaire';
import { displayScore } from '../../domain/scoring';
import { pdfPagesText } from '../../../scripts/lib/verify-pdf';
import { testRegistry } from '../../../tests/support/questionnaires';
import { screeningFixtures } from '../../../tests/support/screening-fixtures';
import { readPdfText } from '../reading/read-pdf-text';
import { screenBatch } from './screen-batch';
import { screenFile, type PdfTextReader } from './screen-file';
import { maxScreenFileBytes } from './screen-limits';

type Fixtures = Awaited<ReturnType<typeof screeningFixtures>>;
let fixtures: Fixtures;
let registry: QuestionnaireRegistry;

beforeAll(async () => {
  registry = await testRegistry();
  fixtures = await screeningFixtures();
}, 120_000);

const readers: [string, PdfTextReader][] = [
  ['pdf-lib', readPdfText],
  ['pdftotext', pdfPagesText],
];

const screen = (name: string, bytes: Uint8Array, reader: PdfTextReader = readPdfText) =>
  screenFile({ name, bytes, registry, readPdfText: reader });

describe.each(readers)('screenFile with the %s reader', (_, reader) => {
  it('passes an intact report PDF and keeps its result', async () => {
    const screened = await screen('oogst.pdf', fixtures.intactPdf, reader);
    expect(screened).toMatchObject({ kind: 'pdf', status: 'intact', reasons: [] });
    expect(screened.result).toEqual(fixtures.base);
    expect(screened.digest).toBe(fixtures.base.digest);
  });

  it('names the printed score that was edited', async () => {
    const screened = await screen('edited.pdf', fixtures.printedEdited, reader);
    const score = displayScore(fixtures.base.scores.conditions[fixtures.edited.id]?.score ?? null);
    expect(screened.status).toBe('changed');
    expect(screened.reasons).toEqual([
      {
        code: 'score-differs',
        source: 'printed',
        scope: 'condition',
        id: fixtures.edited.id,
        field: 'score',
        stated: fixtures.edited.printed,
        recomputed: String(score),
      },
    ]);
  });

  it('catches an edited attachment: digest and re-scored leadership', async () => {
    const screened = await screen('attachment.pdf', fixtures.attachmentEdited, reader);
    expect(screened.status).toBe('changed');
    expect(screened.reasons).toContainEqual({ code: 'digest-mismatch' });
    expect(screened.reasons).toContainEqual(
      expect.objectContaining({
        code: 'score-differs',
        source: 'stored',
        scope: 'condition',
        id: 'leadership',
      }),
    );
    expect(
      screened.reasons.every(
        (r) =>
          r.code === 'digest-mismatch' || (r.code === 'score-differs' && r.source === 'stored'),
      ),
    ).toBe(true);
  });

  it('catches an attachment swapped for another collective’s result', async () => {
    const screened = await screen('swapped.pdf', fixtures.swapped, reader);
    expect(screened.status).toBe('changed');
    const codes = new Set(screened.reasons.map((reason) => reason.code));
    expect(codes).toEqual(
      new Set(['printed-name-differs', 'score-differs', 'printed-digest-differs']),
    );
    expect(screened.reasons).toContainEqual({
      code: 'printed-name-differs',
      attached: fixtures.other.collective.name,
    });
    expect(screened.reasons).toContainEqual(
      expect.objectContaining({
        code: 'printed-digest-differs',
        pages: expect.arrayContaining([1, 2]),
        printed: fixtures.base.digest.slice(0, 12),
      }),
    );
    // one line for all the pages, not one per page
    expect(screened.reasons.filter((r) => r.code === 'printed-digest-differs')).toHaveLength(1);
    expect(screened.result?.collective.name).toBe(fixtures.other.collective.name);
  });

  it('reports a report on a newer questionnaire version as such, not as changed', async () => {
    const screened = await screen('new.pdf', fixtures.unknownVersionPdf, reader);
    expect(screened.status).toBe('newer-questionnaire');
    expect(screened.reasons).toEqual([
      expect.objectContaining({ code: 'newer-questionnaire', newestKnown: '1.0.0' }),
    ]);
  });

  it('calls a PDF without our attachment not a self-scan', async () => {
    const screened = await screen('begroting.pdf', fixtures.foreignPdf, reader);
    expect(screened).toMatchObject({
      status: 'not-a-selfscan',
      reasons: [{ code: 'no-attachment' }],
      result: null,
    });
  });

  it('calls a truncated PDF unreadable (damaged), without throwing', async () => {
    const screened = await screen('half.pdf', fixtures.truncatedPdf, reader);
    expect(screened).toMatchObject({ status: 'unreadable', reasons: [{ code: 'damaged-pdf' }] });
  });
});

describe('screenFile on result files (JSON)', () => {
  it.each<[string, keyof Fixtures, string, unknown[]]>([
    ['intact', 'intactJson', 'intact', []],
    ['digest edited', 'digestEdited', 'changed', [{ code: 'digest-mismatch' }]],
    [
      'unknown version',
      'unknownVersion',
      'newer-questionnaire',
      [expect.objectContaining({ code: 'newer-questionnaire', newestKnown: '1.0.0' })],
    ],
    [
      'another kind',
      'responseJson',
      'not-a-selfscan',
      [{ code: 'wrong-format', found: 'ck-response' }],
    ],
    ['broken JSON', 'brokenJson', 'unreadable', [{ code: 'not-json' }]],
  ])('%s', async (_, key, status, reasons) => {
    const screened = await screen('file.json', fixtures[key] as Uint8Array);
    expect(screened).toMatchObject({ kind: 'json', status, reasons });
  });

  it.each<[string, string, string, unknown]>([
    ['empty', '', 'unreadable', { code: 'empty-file' }],
    ['plain text named .txt', 'hello', 'not-a-selfscan', { code: 'not-pdf-or-json' }],
    ['text named .pdf', 'hello', 'unreadable', { code: 'damaged-pdf' }],
  ])('%s', async (name, text, status, reason) => {
    const fileName = name.includes('.pdf') ? 'x.pdf' : 'x.txt';
    const screened = await screen(fileName, new TextEncoder().encode(text));
    expect(screened).toMatchObject({ status, reasons: [reason] });
  });
});

describe('screenBatch', () => {
  const entry = (name: string, bytes: Uint8Array) => ({
    name,
    size: bytes.length,
    read: async () => bytes,
  });

  it('marks a byte-for-byte copy as a duplicate, and another file of one result as carrying it', async () => {
    const progress: number[] = [];
    const screened = await screenBatch({
      files: [
        entry('a.pdf', fixtures.intactPdf),
        entry('a.json', fixtures.intactJson),
        entry('b.pdf', fixtures.foreignPdf),
        entry('a copy.pdf', fixtures.intactPdf),
      ],
      registry,
      readPdfText,
      progress: (done) => progress.push(done),
    });
    expect(screened.map((file) => file.status)).toEqual([
      'intact',
      'intact',
      'not-a-selfscan',
      'duplicate',
    ]);
    expect(screened[1]?.reasons).toEqual([
      {
        code: 'same-result-as',
        fileName: 'a.pdf',
        collective: fixtures.base.collective.name ?? null,
      },
    ]);
    expect(screened[3]?.reasons).toEqual([{ code: 'duplicate-of', fileName: 'a.pdf' }]);
    expect(progress).toEqual([1, 2, 3, 4]);
  });

  it('marks a file read before, keeping its status, and refuses a file over the limit without reading it', async () => {
    const first = await screenBatch({
      files: [entry('a.json', fixtures.intactJson)],
      registry,
      readPdfText,
    });
    const screened = await screenBatch({
      files: [
        entry('a.json', fixtures.intactJson),
        {
          name: 'huge.pdf',
          size: maxScreenFileBytes + 1,
          read: () => Promise.reject(new Error('read')),
        },
        { name: 'gone.pdf', size: 10, read: () => Promise.reject(new Error('gone')) },
      ],
      kept: [
        {
          fileSha256: first[0]?.fileSha256 ?? null,
          digest: fixtures.base.digest,
          fileName: 'a.json',
          collective: null,
          status: 'intact',
        },
      ],
      registry,
      readPdfText,
    });
    expect(screened[0]?.isAlreadyImported).toBe(true);
    expect(screened.map((file) => [file.status, file.reasons])).toEqual([
      ['intact', []],
      [
        'unreadable',
        [{ code: 'too-large', bytes: maxScreenFileBytes + 1, limit: maxScreenFileBytes }],
      ],
      ['unreadable', [{ code: 'read-failed' }]],
    ]);
  });
});

// The corpus of bad and hostile files (tests/fixtures/bad/): `npx tsx scripts/make-bad-fixtures.ts`
// writes the small ones there; the 50 MB file and the 100,000-level nesting are made at test time by
// writeLargeBadFiles, so they are never committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { backupFileSchema } from '../src/domain/collective/backup';
import {
  buildInvitationFile,
  buildResponseFile,
  readResultFile,
  resultDigest,
} from '../src/domain/files';
import type { ResultFile } from '../src/domain/files';
import { corpusQuestionnaire, corpusScanId } from '../tests/fixtures/bad/corpus-ids';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => utf8(`${JSON.stringify(value, null, 2)}\n`);
const when = '2025-03-01T09:00:00.000Z';

/** The four JSON formats a person can choose in the app, each valid, with a name to play with. */
async function validFiles(name: string): Promise<Record<string, unknown>> {
  const invitation = buildInvitationFile({
    questionnaire: corpusQuestionnaire,
    scanId: corpusScanId,
    label: name,
    createdAt: when,
  });
  const response = buildResponseFile({
    questionnaire: corpusQuestionnaire,
    scanId: corpusScanId,
    respondentId: 'corpus-respondent',
    label: name,
    answers: {},
    submittedAt: when,
  });
  const source = readResultFile(
    readFileSync(join(here, 'tests/fixtures/results/oogst-food-path-a.result.json'), 'utf8'),
  );
  if (!source.ok) throw new Error('the result fixture must be readable');
  const unsigned: ResultFile = {
    ...source.file,
    collective: { ...source.file.collective, name },
    digest: '',
  };
  const result = { ...unsigned, digest: await resultDigest(unsigned) };
  const backup = {
    format: 'ck-backup',
    formatVersion: 1,
    createdAt: when,
    app: { name: 'ck-selfscan', version: '0.0.0' },
    collectives: [
      {
        id: 'corpus-collective',
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
        createdAt: when,
        updatedAt: when,
      },
    ],
    scans: [],
    responses: [],
    invitations: [],
  };
  // a valid name must give a valid backup; a 10,000-character one is refused on purpose
  if (name.length <= 120) backupFileSchema.parse(backup);
  return { invitation, response, result, backup };
}

const formats = {
  invitation: 'ck-invitation',
  response: 'ck-response',
  result: 'ck-result',
  backup: 'ck-backup',
};

async function pdfWithoutAttachment(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([300, 200]);
  page.drawText('Een gewone PDF, niet van de zelfscan', {
    x: 20,
    y: 100,
    size: 12,
    font: await document.embedFont(StandardFonts.Helvetica),
  });
  return document.save({ useObjectStreams: false });
}

/** A PDF whose trailer names no catalog: pdf-lib then fails inside its own code. */
function damagedPdf(): Uint8Array {
  const binaryComment = new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);
  const head = utf8('%PDF-1.7\n');
  const body = utf8(
    [
      '1 0 obj',
      '<< /Type /Pages /Kids [] /Count 0 >>',
      'endobj',
      'xref',
      '0 2',
      '0000000000 65535 f ',
      '0000000015 00000 n ',
      'trailer',
      '<< /Size 2 >>',
      'startxref',
      '9999',
      '%%EOF',
    ].join('\n'),
  );
  return new Uint8Array([...head, ...binaryComment, ...body]);
}

async function pdfWithResponseAttached(): Promise<Uint8Array> {
  const document = await PDFDocument.load(await pdfWithoutAttachment());
  const { response } = await validFiles('Wrong attachment');
  await document.attach(json(response), 'selfscan-result.json', {
    mimeType: 'application/json',
    creationDate: new Date(when),
    modificationDate: new Date(when),
  });
  return document.save({ useObjectStreams: false });
}

/** Every small file of the corpus, by file name. */
export async function smallBadFiles(): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {
    'empty.json': new Uint8Array(),
    'whitespace.json': utf8('  \n\t\r\n  '),
    'array.json': utf8('[1, 2, 3]\n'),
    'null.json': utf8('null\n'),
    'string.json': utf8('"ck-response"\n'),
    'questionnaire.json': json({ format: 'ck-questionnaire', formatVersion: 1, id: 'other' }),
    'proto-key.json': utf8(
      '{"format": "ck-response", "formatVersion": 1, "__proto__": {"isAdmin": true}}\n',
    ),
    'constructor-key.json': utf8('{"constructor": {"prototype": {"isAdmin": true}}}\n'),
    'nan.json': utf8('{"format": "ck-response", "formatVersion": NaN}\n'),
    // "café" in Latin-1: é is the single byte 0xE9, which is not UTF-8
    'latin1.json': new Uint8Array([
      ...utf8('{"format": "ck-response", "label": "caf'),
      0xe9,
      ...utf8('"}\n'),
    ]),
    'html.json': utf8('<!DOCTYPE html>\n<html><body><h1>404 Not Found</h1></body></html>\n'),
    'not-from-app.pdf': await pdfWithoutAttachment(),
    'damaged.pdf': damagedPdf(),
    'wrong-attachment.pdf': await pdfWithResponseAttached(),
  };
  const valid = await validFiles('Corpus');
  const scripted = await validFiles('<script>alert("x")</script><img src=x onerror=alert(1)>');
  const rtl = await validFiles('Zon\u202Eeiv.exe\u202C coöperatie');
  const long = await validFiles('L'.repeat(10_000));
  for (const [path, format] of Object.entries(formats)) {
    const text = new TextDecoder().decode(json(valid[path]));
    files[`truncated.${path}.json`] = utf8(text.slice(0, Math.floor(text.length / 2)));
    // a result reads versions 1 and 2, so its later version is 3
    files[`future-version.${path}.json`] = json({
      format,
      formatVersion: format === 'ck-result' ? 3 : 2,
    });
    files[`bom.${path}.json`] = new Uint8Array([0xef, 0xbb, 0xbf, ...json(valid[path])]);
    files[`script-name.${path}.json`] = json(scripted[path]);
    files[`rtl-name.${path}.json`] = json(rtl[path]);
    files[`long-name.${path}.json`] = json(long[path]);
  }
  files['result.json'] = json(valid.result);
  return files;
}

/** The two big files, made where the tests ask: 50 MB, and 100,000 levels of nesting. */
export function writeLargeBadFiles(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const padding = 'x'.repeat(50 * 1024 * 1024);
  writeFileSync(
    join(dir, 'too-large.json'),
    `{"format": "ck-response", "padding": "${padding}"}\n`,
  );
  const levels = 100_000;
  writeFileSync(join(dir, 'nested.json'), `${'['.repeat(levels)}${']'.repeat(levels)}\n`);
}

async function main(): Promise<void> {
  const dir = join(here, 'tests/fixtures/bad');
  for (const [name, bytes] of Object.entries(await smallBadFiles())) {
    writeFileSync(join(dir, name), bytes);
  }
  console.log(`wrote the small bad files to ${dir}`);
}

if (process.argv[1]?.endsWith('make-bad-fixtures.ts')) await main();

// @vitest-environment node
// The hostile files of issue 27 through every import that takes their kind: the funder's screening,
// `selfscan verify`'s PDF reader, and the JSON imports (response files, restore, shared files,
// research), each with its size check before reading. Each gets its own reason, quickly, never an
// exception, and never a result.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileLimits } from '../../src/domain/files/file-limits';
import { readResponseFile } from '../../src/domain/files/read-file';
import type { QuestionnaireRegistry } from '../../src/domain/questionnaire';
import { readResearchFile } from '../../src/domain/research/read-batch';
import { readPdfResult } from '../../src/report/reading/read-pdf-result';
import { readPdfText } from '../../src/report/reading/read-pdf-text';
import { screenFile } from '../../src/report/screening/screen-file';
import { readBackupFile } from '../../src/storage/backup-repository';
import { readFileText } from '../../src/ui/read-file-text';
import { screenReasonText } from '../../src/wording/screen-reason-text';
import { translateFrom } from '../../src/wording/translate';
import nl from '../../src/wording/messages/nl.json';
import { hostileJson, hostilePdfs, writeHostileBatch } from '../support/hostile-files';
import { testRegistry } from '../support/questionnaires';

let registry: QuestionnaireRegistry;
let dir: string;

beforeAll(async () => {
  registry = await testRegistry();
  dir = (await writeHostileBatch()).all;
}, 120_000);

const bytesOf = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const blobOf = (name: string) => new Blob([bytesOf(name)]);

/** The JSON imports of the app, each with its own size limit and reader. */
const jsonImports = [
  ['response import', fileLimits.json, (text: string) => readResponseFile(text).ok],
  ['shared files', fileLimits.json, (text: string) => readResponseFile(text).ok],
  ['restore', fileLimits.backup, (text: string) => readBackupFile(text).ok],
  ['research load', fileLimits.json, (text: string) => readResearchFile({ source: 'x', text }).ok],
] as const;

describe('hostile PDFs', { timeout: 60_000 }, () => {
  it.each(hostilePdfs.map((c) => [c.name, c] as const))(
    'the funder screening: %s is unreadable with its own reason',
    async (name, hostile) => {
      const screened = await screenFile({ name, bytes: bytesOf(name), registry, readPdfText });
      expect(screened.status).toBe('unreadable');
      expect(screened.reasons).toEqual([hostile.reason]);
      expect(screenReasonText(hostile.reason as never, { t: translateFrom(nl) })).toContain(
        hostile.nl,
      );
    },
  );

  it.each(hostilePdfs.map((c) => [c.name, c] as const))(
    'the PDF reader of selfscan verify: %s gives the same reason',
    async (name, hostile) => {
      expect(await readPdfResult(bytesOf(name))).toEqual({ ok: false, error: hostile.reason });
    },
  );

  it.each(
    hostilePdfs.flatMap((c) =>
      jsonImports.map(([path, limit]): [string, string, number] => [path, c.name, limit]),
    ),
  )('%s: %s is not text, and is refused', async (_path, name, limit) => {
    expect(await readFileText(blobOf(name), { maxBytes: limit })).toMatchObject({
      ok: false,
      error: { code: 'unreadable' },
    });
  });
});

describe('hostile result files', { timeout: 60_000 }, () => {
  it.each(hostileJson.map((c) => [c.name] as const))(
    'the funder screening: %s is unreadable, refused by its size',
    async (name) => {
      const screened = await screenFile({ name, bytes: bytesOf(name), registry, readPdfText });
      expect(screened.status).toBe('unreadable');
      expect(screened.reasons[0]?.code).toBe('too-large');
    },
  );

  it.each(
    hostileJson.flatMap((c) => jsonImports.map((entry) => [entry[0], c.name, entry] as const)),
  )(
    '%s: %s is refused with a code, and read only when under the size limit',
    async (_path, name, [, limit, read]) => {
      const size = statSync(join(dir, name)).size;
      const text = await readFileText(blobOf(name), { maxBytes: limit });
      if (size >= limit) {
        expect(text).toMatchObject({
          ok: false,
          error: { code: 'unreadable', reason: 'too-large' },
        });
        return;
      }
      // under the limit (a 10 MB result against a backup's 25 MB): read, and refused as what it is
      expect(text.ok).toBe(true);
      if (text.ok) expect(read(text.text)).toBe(false);
    },
  );
});

// @vitest-environment node
// Every file of the bad-file corpus, read by the domain readers of each import path.
import { describe, expect } from 'vitest';
import { backupFileSchema } from '../../src/domain/collective/backup';
import { planResponseImport } from '../../src/domain/collective/plan-response-import';
import { decodeFileBytes, type TextDecodeResult } from '../../src/domain/files/decode-text';
import { describeFileError, describeRefusal } from '../../src/wording/describe-file-problem';
import type { FileError } from '../../src/domain/files/file-error';
import { fileLimits } from '../../src/domain/files/file-limits';
import type { PdfResultError } from '../../src/domain/files/pdf-error';
import {
  readFormattedFile,
  readInvitationFile,
  readResultFile,
} from '../../src/domain/files/read-file';
import { readPdfResult } from '../../src/report/reading/read-pdf-result';
import { corpusQuestionnaire, corpusScanId } from '../fixtures/bad/corpus-ids';
import { badFileBytes, forEachBadFile, type BadFile } from '../support/bad-files';
import { testRegistry } from '../support/questionnaires';

/** Reads bytes the way every reader starts: size first, then UTF-8 without a byte-order mark. */
function textOf(file: BadFile, limit: number): TextDecodeResult {
  const bytes = badFileBytes(file);
  if (bytes.length >= limit) {
    return {
      ok: false,
      error: { code: 'unreadable', reason: 'too-large', bytes: bytes.length, limit },
    };
  }
  return decodeFileBytes(bytes);
}

function check<E>(
  answer: { ok: true } | { ok: false; error: E },
  file: BadFile,
  describeError: (error: E) => string,
): void {
  if ('accepted' in file.expected) {
    expect(answer).toMatchObject({ ok: true });
    return;
  }
  expect(answer.ok).toBe(false);
  if (answer.ok) return;
  expect(answer.error).toMatchObject(file.expected.error);
  // the command line's wording of the same error names the problem
  expect(describeError(answer.error)).toContain(file.expected.says);
}

const describeAny = (error: FileError | PdfResultError) => describeFileError(error);

describe('the bad-file corpus through the domain readers', () => {
  forEachBadFile('invitation', (file) => {
    const text = textOf(file, fileLimits.json);
    check(text.ok ? readInvitationFile(text.text) : text, file, describeAny);
  });

  forEachBadFile('result', (file) => {
    const text = textOf(file, fileLimits.json);
    check(text.ok ? readResultFile(text.text) : text, file, describeAny);
  });

  forEachBadFile('backup', (file) => {
    const text = textOf(file, fileLimits.backup);
    const read = text.ok
      ? readFormattedFile({
          text: text.text,
          format: 'ck-backup',
          schema: backupFileSchema,
          maxBytes: fileLimits.backup,
        })
      : text;
    check(read, file, describeAny);
  });

  forEachBadFile('response', async (file) => {
    const text = textOf(file, fileLimits.json);
    const entry = (await testRegistry()).find(corpusQuestionnaire.id, corpusQuestionnaire.version);
    if (!entry) throw new Error('the corpus questionnaire is bundled');
    const plan = planResponseImport({
      scan: { id: corpusScanId, questionnaire: corpusQuestionnaire },
      questionnaire: entry.questionnaire,
      existingResponseIds: [],
      files: [
        text.ok ? { name: file.name, text: text.text } : { name: file.name, error: text.error },
      ],
    });
    const [refusal] = plan.refusals;
    check(refusal ? { ok: false, error: refusal } : { ok: true }, file, describeRefusal);
    if (!refusal) expect(plan.accepted).toHaveLength(1);
  });

  forEachBadFile('pdf', async (file) => {
    const bytes = badFileBytes(file);
    const tooLarge = bytes.length >= fileLimits.pdf;
    const read = tooLarge
      ? {
          ok: false as const,
          error: {
            code: 'unreadable' as const,
            reason: 'too-large' as const,
            bytes: bytes.length,
            limit: fileLimits.pdf,
          },
        }
      : await readPdfResult(bytes);
    check(read, file, describeAny);
  });
});

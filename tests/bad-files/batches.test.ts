// @vitest-environment node
// The bad-file corpus through the two batch imports that read many files at once: the funder's
// screening (PDFs and result files) and the researcher's loading (anonymised results). A bad file gets
// a status or a refusal with a code, never an exception, and never counts as intact or as data.
import { beforeAll, describe, expect } from 'vitest';
import { decodeFileBytes } from '../../src/domain/files/decode-text';
import type { QuestionnaireRegistry } from '../../src/domain/questionnaire';
import { readResearchFile } from '../../src/domain/research/read-batch';
import { screenStatuses } from '../../src/domain/screening/screen-status';
import { readPdfText } from '../../src/report/reading/read-pdf-text';
import { screenFile } from '../../src/report/screening/screen-file';
import { badCases, badFileBytes, forEachBadFile } from '../support/bad-files';
import { testRegistry } from '../support/questionnaires';

let registry: QuestionnaireRegistry;

beforeAll(async () => {
  registry = await testRegistry();
});

describe.each(['result', 'pdf'] as const)('the funder screening, %s files', (path) => {
  forEachBadFile(
    path,
    async (bad) => {
      const screened = await screenFile({
        name: bad.name,
        bytes: badFileBytes(bad),
        registry,
        readPdfText,
      });
      expect(screenStatuses).toContain(screened.status);
      // the funder takes PDFs and result files alike: a file either path accepts is good here
      const isGoodResult = badCases.some(
        (c) => c.id === bad.id && c.expect.result !== undefined && 'accepted' in c.expect.result,
      );
      if ('accepted' in bad.expected || isGoodResult) {
        // a good file (with a byte-order mark, or a name full of markup) is read like any other
        expect(['unreadable', 'not-a-selfscan']).not.toContain(screened.status);
        return;
      }
      expect(screened.status).not.toBe('intact');
      expect(screened.reasons.length).toBeGreaterThan(0);
      for (const reason of screened.reasons) expect(reason.code).toMatch(/^[a-z-]+$/);
    },
    { timeout: 60_000 },
  );
});

describe('the research loading', () => {
  forEachBadFile(
    'result',
    (bad) => {
      const decoded = decodeFileBytes(badFileBytes(bad));
      if (!decoded.ok) {
        expect(decoded.error.code).toBe('unreadable');
        return;
      }
      const read = readResearchFile({ source: bad.name, text: decoded.text });
      // no file of the corpus is an anonymised result: every one is refused with a code
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.refusal.code).toMatch(/^[a-z-]+$/);
    },
    { timeout: 60_000 },
  );
});

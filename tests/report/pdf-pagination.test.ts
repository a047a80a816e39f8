// @vitest-environment node
// Page breaks of the PDF report: no page whose body is a stray line or two, for small, usual and large
// scans and for long collective names. Text per page comes from poppler's pdftotext.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeFonts } from '../../src/report/pdf/fonts-node';
import type { ReportFonts } from '../../src/report/pdf/fonts';
import { renderReportPdf } from '../../src/report/pdf/render-pdf';
import { buildReportModel } from '../../src/report/model/report-model';
import { dutchResult } from '../support/report-result';
import { selfScanV1 } from '../support/questionnaires';
import { runCommand } from '../support/processes';

let dir: string;
let fonts: ReportFonts;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'selfscan-pages-'));
  fonts = await loadNodeFonts();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The non-empty lines of each page, the footer (page number, questionnaire, digest) left out. */
async function bodyLinesPerPage(options: { respondents: number; name?: string; names: boolean }) {
  const result = await dutchResult(options);
  // the coordinator may choose to print respondents' names in the appendix
  const respondentNames = options.names
    ? Object.fromEntries(
        result.responses.map((r, index) => [r.respondentId, `Deelnemer ${index + 1} van Dijk`]),
      )
    : undefined;
  const model = buildReportModel({
    result,
    questionnaire: selfScanV1,
    language: 'nl',
    respondentNames,
  });
  const pdf = await renderReportPdf({ model, result, fonts });
  const path = join(dir, `report-${options.respondents}.pdf`);
  writeFileSync(path, pdf);
  const run = runCommand('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']);
  if (run.code !== 0) throw new Error(run.stderr);
  return run.stdout
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) =>
      page.split('\n').filter((line) => line.trim() !== '' && !/pagina \d+ van \d+/.test(line)),
    );
}

const longName =
  'Coöperatieve Vereniging Bewonersbedrijf en Buurtonderneming De Gezamenlijke Kracht van Noord';

describe('page breaks of the report', () => {
  it.each(
    [1, 2, 3, 4, 5, 6, 7, 8, 12, 20, 40].flatMap((respondents) => [
      { respondents, name: undefined, names: true },
      { respondents, name: undefined, names: false },
      { respondents, name: longName, names: true },
    ]),
  )(
    'leaves no page with fewer than 3 lines ($respondents respondents, names $names, $name)',
    async (options) => {
      const pages = await bodyLinesPerPage(options);
      expect(pages.length).toBeGreaterThanOrEqual(8);
      const thin = pages
        .map((lines, index) => ({ page: index + 1, lines: lines.length, text: lines.join(' | ') }))
        .filter((page) => page.lines < 3);
      expect(thin).toEqual([]);
    },
  );
});

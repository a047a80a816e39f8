// @vitest-environment node
// The report as a tagged PDF/A-3b: for small, usual and large scans, with and without names, in both
// languages, every PDF/A and PDF/UA check passes, the structure tree holds every printed word once
// (pdfinfo -struct-text against pdftotext, footers excepted), and the attachment is the result.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResultFile } from '../../src/domain/files';
import { buildReportModel } from '../../src/report/model/report-model';
import type { ReportFonts } from '../../src/report/pdf/fonts';
import { loadNodeFonts } from '../../src/report/pdf/fonts-node';
import { renderReportPdf } from '../../src/report/pdf/render-pdf';
import { extractResultAttachment } from '../../src/report/reading/read-pdf';
import {
  bodyWords,
  expectPdfaClaims,
  sortedWords,
  structureTexts,
  structureWords,
} from '../support/pdf-claims';
import { selfScanV1 } from '../support/questionnaires';
import { dutchResult } from '../support/report-result';

let dir: string;
let fonts: ReportFonts;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'selfscan-tagged-'));
  fonts = await loadNodeFonts();
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const footerLine = /(pagina|page) \d+ (van|of) \d+/;

describe.each(
  [1, 6, 40].flatMap((respondents) =>
    (['nl', 'en'] as const).flatMap((language) =>
      [true, false].map((names) => ({ respondents, language, names })),
    ),
  ),
)('the report of $respondents respondents in $language, names $names', { timeout: 60_000 }, (c) => {
  let path: string;
  let pdf: Uint8Array;
  let model: ReturnType<typeof buildReportModel>;
  let result: Awaited<ReturnType<typeof dutchResult>>;

  beforeAll(async () => {
    result = await dutchResult({ respondents: c.respondents });
    const respondentNames = c.names
      ? Object.fromEntries(result.responses.map((r, i) => [r.respondentId, `Lid ${i + 1} Bakker`]))
      : undefined;
    model = buildReportModel({
      result,
      questionnaire: selfScanV1,
      language: c.language,
      respondentNames,
    });
    pdf = await renderReportPdf({ model, result, fonts });
    path = join(dir, `${c.respondents}-${c.language}-${c.names}.pdf`);
    writeFileSync(path, pdf);
  }, 60_000);

  it('passes every check of its PDF/A-3b and PDF/UA-1 claims', async () => {
    await expectPdfaClaims(pdf);
  });

  it(
    'has every printed word in its structure tree once, footers excepted',
    { timeout: 120_000 },
    () => {
      const tagged = structureWords(path);
      expect(tagged.length).toBeGreaterThan(300);
      expect(sortedWords(tagged)).toEqual(sortedWords(bodyWords(path, footerLine)));
    },
  );

  it('reads in order: the title, then the sections as H2 headings', () => {
    expect(structureTexts(path, 'H1')).toEqual([model.cover.title]);
    expect(structureTexts(path, 'H2')).toEqual([
      model.summary.heading,
      model.verdict.heading,
      model.conditionsHeading,
      model.traits.heading,
      model.appendix.heading,
      model.method.heading,
    ]);
    expect(structureTexts(path, 'H3').slice(0, 5).join(' ')).toContain(model.conditions[0]?.title);
  });

  it('carries the result unchanged as its attachment', async () => {
    const attachment = await extractResultAttachment(pdf);
    if (!attachment.ok) throw new Error(attachment.error.code);
    const read = readResultFile(attachment.text);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.file).toEqual(result);
  });
});

describe('the radar figure', () => {
  it('says in words what it shows: each condition, its score and its band', async () => {
    const result = await dutchResult({ respondents: 6 });
    for (const language of ['nl', 'en'] as const) {
      const model = buildReportModel({ result, questionnaire: selfScanV1, language });
      const alt = model.summary.radarAlt;
      const outOf = language === 'nl' ? 'van 100' : 'out of 100';
      for (const row of model.summary.rows) {
        expect(alt).toContain(`${row.title} ${row.scoreText} ${outOf} (${row.bandLabel})`);
      }
    }
  });
});

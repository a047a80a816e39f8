// @vitest-environment node
// The PDF report rendered in Node, read back with poppler (pdftotext, pdfdetach) and verified.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResultFile, resultDigest, verifyResult } from '../../src/domain/files';
import type { ResultFile } from '../../src/domain/files';
import type { QuestionnaireRegistry } from '../../src/domain/questionnaire';
import { loadNodeFonts } from '../../src/report/pdf/fonts-node';
import type { ReportFonts } from '../../src/report/pdf/fonts';
import { extractResultAttachment } from '../../src/report/reading/read-pdf';
import { renderReportPdf } from '../../src/report/pdf/render-pdf';
import { buildReportModel, type ReportModel } from '../../src/report/model/report-model';
import { dutchLabel, dutchName, dutchResult } from '../support/report-result';
import { printedScores, verifyPdf } from '../../scripts/lib/verify-pdf';
import { selfScanV1, testRegistry } from '../support/questionnaires';
import { fixtureResult } from '../support/fixture-results';
import { runCommand, selfscan } from '../support/processes';

let dir: string;
let fonts: ReportFonts;
let registry: QuestionnaireRegistry;
let result: ResultFile;
let model: ReportModel;
let pdf: Uint8Array;
let text: string;

function poppler(command: string, args: string[]): string {
  const run = runCommand(command, args);
  if (run.code !== 0) throw new Error(`${command} failed: ${run.stderr}`);
  return run.stdout;
}

function writePdf(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** What verify finds on the attachment, then where the printed text disagrees with it. */
const findingsOf = async (bytes: Uint8Array) => {
  const verification = await verifyPdf({ bytes, registry });
  if (!verification.ok) throw new Error(verification.error.code);
  return [...verification.findings, ...verification.printed];
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'selfscan-report-'));
  fonts = await loadNodeFonts();
  registry = await testRegistry();
  result = await dutchResult();
  model = buildReportModel({ result, questionnaire: selfScanV1, language: 'nl' });
  pdf = await renderReportPdf({ model, result, fonts });
  text = poppler('pdftotext', ['-layout', '-enc', 'UTF-8', writePdf('report.pdf', pdf), '-']);
  // the first run cuts the fonts (cached afterwards); a busy CI machine needs more than 10 s
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the rendered PDF', () => {
  it('is an A4 PDF with the Inter font embedded and a footer on every page', () => {
    const info = poppler('pdfinfo', [join(dir, 'report.pdf')]);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(8);
    const fontsList = poppler('pdffonts', [join(dir, 'report.pdf')]);
    expect(fontsList.match(/Inter\s+CID TrueType\s+Identity-H\s+yes/g)).toHaveLength(2);
    const pageTexts = text.split('\f').filter((page) => page.trim() !== '');
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((page, index) => {
      expect(page).toContain(`pagina ${index + 1} van ${pages}`);
      expect(page).toContain('vragenlijst ck-selfscan@1.0.0');
      expect(page).toContain(`resultaat ${result.digest.slice(0, 12)}`);
    });
  });

  it('prints Dutch characters as they are: ë ï é ö ĳ € and curly quotes', () => {
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(dutchName);
    expect(flat).toContain(dutchLabel);
    expect(flat).toContain('Súdwest-Fryslân');
    expect(flat).toContain('Coöperatie');
    expect(flat).toContain('ideeën');
    for (const character of ['ë', 'ï', 'é', 'ö', 'ĳ', 'Ĳ', '€', '‘', '’', '“', '”', '–']) {
      expect(flat).toContain(character);
    }
  });

  it('prints every score as the model shows it, in the summary and in each section', () => {
    for (const row of model.summary.rows) {
      const printed = printedScores({ text, titles: [row.title] });
      expect(printed.length, row.id).toBeGreaterThanOrEqual(2);
      expect(new Set(printed), row.id).toEqual(new Set([row.scoreText]));
    }
    expect(text).toContain(model.verdict.headline);
  });

  it('prints the method: anchors as defaults, and the reference', () => {
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Het zijn niet de drempels uit het onderzoek zelf');
    expect(flat).toContain('https://doi.org/10.1080/14719037.2021.1999669');
  });

  it('is the same bytes each time for the same result', async () => {
    expect(await renderReportPdf({ model, result, fonts })).toEqual(pdf);
  });
});

describe('the attached result file', () => {
  it('is listed by pdfdetach as selfscan-result.json', () => {
    const listed = poppler('pdfdetach', ['-list', join(dir, 'report.pdf')]);
    expect(listed).toContain('1 embedded files');
    expect(listed).toContain('1: selfscan-result.json');
  });

  it('reads back as the result, whose digest and scores verify', async () => {
    const attachment = await extractResultAttachment(pdf);
    if (!attachment.ok) throw new Error(attachment.error.code);
    const read = readResultFile(attachment.text);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.file).toEqual(result);
    expect(await resultDigest(read.file)).toBe(result.digest);
    expect(await verifyResult({ file: read.file, registry })).toEqual([]);
  });

  it('is reported missing in a PDF without it', async () => {
    const bare = new TextEncoder().encode('%PDF-1.4\n%%EOF');
    const read = await extractResultAttachment(bare);
    expect(read.ok).toBe(false);
  });
});

describe('verifyPdf', { timeout: 60_000 }, () => {
  it('passes the untouched report, and the reports of every fixture in both languages', async () => {
    expect(await findingsOf(pdf)).toEqual([]);
    const other = fixtureResult('oogst-food-path-a.result.json');
    for (const language of ['nl', 'en'] as const) {
      const otherModel = buildReportModel({ result: other, questionnaire: selfScanV1, language });
      const bytes = await renderReportPdf({ model: otherModel, result: other, fonts });
      expect(await findingsOf(bytes)).toEqual([]);
    }
  });

  it('fails a copy with an edited printed score', async () => {
    const edited = structuredClone(model);
    const row = edited.summary.rows[0];
    const section = edited.conditions.find((candidate) => candidate.id === row?.id);
    if (!row || !section) throw new Error('model has a first condition');
    const wrong = String(Number(row.scoreText) === 99 ? 98 : 99);
    row.scoreText = wrong;
    section.scoreText = wrong;
    const findings = await findingsOf(await renderReportPdf({ model: edited, result, fonts }));
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'score-differs',
        source: 'printed',
        id: row.id,
        field: 'score',
        stated: wrong,
        recomputed: model.summary.rows[0]?.scoreText,
      }),
    );
  });

  it('fails a copy whose attachment has an edited answer (digest kept)', async () => {
    const edited = structuredClone(result);
    const answers = edited.responses[1]?.answers;
    if (!answers) throw new Error('result has a second respondent');
    answers.leadership_1 = answers.leadership_1 === 5 ? 1 : 5;
    const findings = await findingsOf(await renderReportPdf({ model, result: edited, fonts }));
    expect(findings.map((finding) => finding.code)).toContain('digest-mismatch');
  });

  it('fails a copy whose attachment was swapped for another collective', async () => {
    const other = fixtureResult('zonnedael-energy-both-paths.result.json');
    const findings = await findingsOf(await renderReportPdf({ model, result: other, fonts }));
    const codes = findings.map((finding) => finding.code);
    expect(codes).toContain('printed-name-differs');
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'score-differs', source: 'printed', field: 'score' }),
    );
    // the footer prints this report's digest, not the swapped attachment's
    expect(codes).toContain('printed-digest-differs');
  });
});

describe('selfscan report', { timeout: 60_000 }, () => {
  it('writes the PDF of a result file, which then verifies', async () => {
    const input = join(dir, 'dutch.result.json');
    writeFileSync(input, JSON.stringify(result));
    const out = join(dir, 'cli.pdf');
    const run = selfscan(['report', input, '--out', out, '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(await findingsOf(bytes)).toEqual([]);
    expect(poppler('pdftotext', [out, '-'])).toContain('page 1 of');
  });

  it('refuses wrong usage with exit 2 and a result that does not verify with exit 1', () => {
    expect(selfscan(['report']).code).toBe(2);
    expect(selfscan(['report', 'x.json', '--out', 'y.pdf', '--lang', 'fr']).code).toBe(2);
    const tampered = structuredClone(result);
    tampered.collective.municipality = 'Elders';
    const input = join(dir, 'tampered.result.json');
    writeFileSync(input, JSON.stringify(tampered));
    const run = selfscan(['report', input, '--out', join(dir, 'no.pdf')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('digest-mismatch');
  });
});

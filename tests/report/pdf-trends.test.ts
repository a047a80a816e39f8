// @vitest-environment node
// The trends page of the PDF, for a collective with a closed 1.0.0 and a closed 1.1.0 scan: still a
// valid tagged PDF/A, every printed word tagged once, each point with its version, the changes
// listed; and the method page prints the questionnaire's own hash with its version.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayScore } from '../../src/domain/scoring/display';
import { conditionTrends } from '../../src/domain/scoring/trends';
import { buildReportModel } from '../../src/report/model/report-model';
import type { ReportTrendsInput } from '../../src/report/model/report-model-types';
import { loadNodeFonts } from '../../src/report/pdf/fonts-node';
import { renderReportPdf } from '../../src/report/pdf/render-pdf';
import nl from '../../src/wording/messages/nl.json';
import { translateFrom } from '../../src/wording/translate';
import { trendChangeText } from '../../src/wording/version-change-text';
import {
  bodyWords,
  expectPdfaClaims,
  sortedWords,
  structureTexts,
  structureWords,
} from '../support/pdf-claims';
import { selfScanV1 } from '../support/questionnaires';
import { dutchResult } from '../support/report-result';
import { expectedCulture, selfScanV11, twoVersionScans } from '../support/two-versions';

const footerLine = /(pagina|page) \d+ (van|of) \d+/;
const outDir = 'artifacts/report';

/** The trends as the results page hands them to the PDF, in Dutch. */
function dutchTrends(): ReportTrendsInput {
  const { trends, versionChanges } = conditionTrends({
    scans: twoVersionScans(),
    target: selfScanV11,
    questionnaires: [selfScanV1, selfScanV11],
  });
  const title = (id: string) => selfScanV11.conditions.find((c) => c.id === id)!.title.nl;
  const t = translateFrom(nl);
  return {
    version: '1.1.0',
    charts: trends.map((trend) => ({
      condition: trend.condition,
      title: title(trend.condition),
      points: trend.points.map((p) => ({
        label: p.label,
        version: p.version,
        score: displayScore(p.score),
      })),
    })),
    changes: versionChanges.map((step) => ({
      from: step.from,
      to: step.to,
      lines: step.changes.flatMap((c) => trendChangeText(c, step, title, t) ?? []),
    })),
  };
}

describe(
  'the PDF of a collective with scans on two questionnaire versions',
  { timeout: 120_000 },
  () => {
    const path = join(outDir, 'trends-two-versions.pdf');
    let pdf: Uint8Array;
    let model: ReturnType<typeof buildReportModel>;
    let text: string;

    beforeAll(async () => {
      const result = await dutchResult({ respondents: 6 });
      model = buildReportModel({
        result,
        questionnaire: selfScanV1,
        language: 'nl',
        trends: dutchTrends(),
      });
      pdf = await renderReportPdf({ model, result, fonts: await loadNodeFonts() });
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path, pdf);
      text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
        encoding: 'utf8',
      });
    }, 120_000);

    it('passes every check of its PDF/A-3b and PDF/UA-1 claims', async () => {
      await expectPdfaClaims(pdf);
    });

    it('has every printed word in its structure tree once, footers excepted', () => {
      expect(sortedWords(structureWords(path))).toEqual(sortedWords(bodyWords(path, footerLine)));
    });

    it('has a trends page after the traits, with one figure per condition', () => {
      expect(structureTexts(path, 'H2')).toContain('Door de tijd');
      const figures = structureTexts(path, 'Figure');
      // the radar, then five trend charts
      expect(figures).toHaveLength(6);
      const culture = model.trends!.charts.find((c) => c.conditionId === 'culture')!;
      expect(culture.points.map((p) => [p.label, p.versionText, p.scoreText])).toEqual([
        ['Voorjaar 2026', 'v1.0.0', String(expectedCulture.spring.shown)],
        ['Najaar 2026', 'v1.1.0', String(expectedCulture.autumn.shown)],
      ]);
      expect(text).toContain(`${expectedCulture.spring.shown} · v1.0.0`);
      expect(text).toContain(`${expectedCulture.autumn.shown} · v1.1.0`);
    });

    it('lists what changed between the versions', () => {
      expect(text).toContain('Wat er veranderde tussen de versies');
      expect(text.replace(/\s+/g, ' ')).toContain(
        'culture_7 (Gedeelde ondernemende cultuur) bestond nog niet in versie 1.0.0',
      );
    });

    it('prints the questionnaire version and its own hash on the method page', () => {
      const published = 'fd50d5ee5ad59777ada74fe7aa34aa6fc4285010a57741f8b6201000fd801609';
      expect(text.replace(/\s+/g, ' ')).toContain(
        `Gebruikte vragenlijst: ck-selfscan@1.0.0, SHA-256 van de vastgelegde vorm: ${published}.`,
      );
    });
  },
);

import { drawRadar } from './radar';
import { colors, lineHeight, page, type PdfFlow } from './flow';
import { drawTable } from './table';
import type { ReportModel } from '../model/report-model-types';

const radius = 34;

/** The summary page: intro, radar, the five scores in a table (the line verify reads), and notes. */
export function drawSummary({ flow, model }: { flow: PdfFlow; model: ReportModel }): void {
  const { summary } = model;
  flow.newPage();
  flow.heading(summary.heading, { size: 18, level: 'H2' });
  flow.paragraph(summary.intro, { size: 10.5, gapAfter: 4 });
  // room for labels above and below the radar: two label lines and a score line each
  const labelRoom = 16;
  flow.ensure(2 * (radius + labelRoom));
  const centre = { x: page.left + flow.width / 2, y: flow.y + labelRoom + radius };
  // one Figure, drawing and labels, which a screen reader reads as its alternative text
  flow.tags.element('Figure', { alt: summary.radarAlt }, () =>
    drawRadar({
      flow,
      radar: summary.radar,
      centre,
      radius,
      scores: Object.fromEntries(summary.rows.map((row) => [row.id, row.scoreText])),
    }),
  );
  flow.y = centre.y + radius * Math.cos(Math.PI / 5) + labelRoom + 2;
  for (const line of summary.radarLegend) {
    flow.paragraph(line, { size: 8.5, color: colors.muted, gapAfter: 0.5 });
  }
  flow.space(4);
  const columns = summary.columns;
  drawTable({
    flow,
    size: 10,
    columns: [
      { header: columns.condition, width: 66 },
      { header: columns.score, width: 18, align: 'right' },
      { header: columns.band, width: 34 },
      { header: columns.spread, width: 24, align: 'right' },
      { header: columns.respondents, width: 28, align: 'right' },
    ],
    rows: summary.rows.map((row) => [
      row.title,
      row.scoreText,
      row.bandLabel,
      row.iqrText,
      String(row.respondents),
    ]),
  });
  flow.paragraph(
    summary.spreadNote,
    { size: 8.5, color: colors.muted },
    { type: 'Note', attributes: { id: 'note-spread' } },
  );
}

/** The path verdict: headline in a band, plain sentences, and the routes in a table. */
export function drawVerdict({ flow, model }: { flow: PdfFlow; model: ReportModel }): void {
  const { verdict } = model;
  flow.newPage();
  flow.heading(verdict.heading, { size: 18, level: 'H2' });
  flow.paragraph(verdict.intro, { size: 10, color: colors.muted, gapAfter: 3 });
  const headlineStyle = { size: 12.5, bold: true, color: colors.brand };
  const lines = flow.wrap(verdict.headline, flow.width - 8, headlineStyle);
  const boxHeight = lines.length * lineHeight(headlineStyle) + 6;
  flow.ensure(boxHeight + 10);
  flow.tags.artifact(() => {
    flow.doc.setFillColor(...colors.brandLight);
    flow.doc.rect(page.left, flow.y, flow.width, boxHeight, 'F');
  });
  flow.style(headlineStyle);
  flow.tags.element('P', {}, () =>
    lines.forEach((line, index) => {
      flow.text(line, page.left + 4, flow.y + 3 + index * lineHeight(headlineStyle));
    }),
  );
  flow.y += boxHeight + 3;
  for (const paragraph of verdict.paragraphs)
    flow.paragraph(paragraph, { size: 10.5, gapAfter: 2.5 });
  flow.space(2);
  drawTable({
    flow,
    size: 9.5,
    columns: [
      { header: verdict.columns.path, width: 72 },
      { header: verdict.columns.fits, width: 14 },
      { header: verdict.columns.membership, width: 38, align: 'right' },
      { header: verdict.columns.bottleneck, width: 46 },
    ],
    rows: verdict.paths.map((path) => [
      path.title,
      path.fitsText,
      path.membershipText,
      path.bottleneckTitle,
    ]),
  });
}

import { colors, lineHeight, page, type PdfFlow } from './flow';
import type { ReportModel, ReportTrends } from '../model/report-model-types';

type Chart = ReportTrends['charts'][number];
type Box = { x: number; y: number; width: number; height: number };

const chartWidth = 80;
const chartHeight = 34;
/** room above the plot for the title, below it for the scan labels */
const titleRoom = 8;
const labelRoom = 9;
const gap = 10;

/** Where each point sits in the plot: spread evenly, with room at both ends for the labels. */
function pointX(box: Box, index: number, count: number): number {
  const inset = 10;
  return count === 1
    ? box.x + box.width / 2
    : box.x + inset + ((box.width - 2 * inset) * index) / (count - 1);
}

const pointY = (box: Box, score: number) => box.y + box.height - (box.height * score) / 100;

function drawPlot(flow: PdfFlow, chart: Chart, box: Box): void {
  const { doc } = flow;
  doc.setDrawColor(...colors.grid);
  doc.setLineWidth(0.2);
  for (const level of [0, 50, 100]) {
    doc.line(box.x, pointY(box, level), box.x + box.width, pointY(box, level));
  }
  doc.setDrawColor(...colors.brand);
  doc.setLineWidth(0.6);
  const count = chart.points.length;
  chart.points.forEach((point, index) => {
    const next = chart.points[index + 1];
    // a scan without a score breaks the line rather than joining across it
    if (point.score === null || !next || next.score === null) return;
    doc.line(
      pointX(box, index, count),
      pointY(box, point.score),
      pointX(box, index + 1, count),
      pointY(box, next.score),
    );
  });
  doc.setFillColor(...colors.brand);
  chart.points.forEach((point, index) => {
    if (point.score !== null)
      doc.circle(pointX(box, index, count), pointY(box, point.score), 0.9, 'F');
  });
}

function drawLabels(flow: PdfFlow, chart: Chart, box: Box): void {
  const count = chart.points.length;
  flow.style({ size: 9.5, bold: true, color: colors.text });
  flow.text(chart.title, box.x, box.y - titleRoom, { baseline: 'top' });
  flow.style({ size: 6.5, color: colors.muted });
  for (const level of [0, 50, 100]) {
    flow.text(String(level), box.x - 1.5, pointY(box, level) - 1.2, {
      baseline: 'top',
      align: 'right',
    });
  }
  chart.points.forEach((point, index) => {
    const x = pointX(box, index, count);
    const scoreLine = `${point.scoreText} · ${point.versionText}`;
    // a scan without a score has no place on the scale: its line goes under the scan's label, where
    // it cannot be read as a value
    if (point.score !== null) {
      flow.style({ size: 6.5, color: colors.brand });
      flow.text(scoreLine, x, pointY(box, point.score) - 4, { baseline: 'top', align: 'center' });
    }
    flow.style({ size: 7, color: colors.text });
    const [label = ''] = flow.wrap(point.label, (box.width - 8) / Math.max(count, 1) + 6, {
      size: 7,
    });
    flow.text(label, x, box.y + box.height + 1.5, { baseline: 'top', align: 'center' });
    if (point.score === null) {
      flow.style({ size: 6.5, color: colors.muted });
      flow.text(scoreLine, x, box.y + box.height + 4.5, { baseline: 'top', align: 'center' });
    }
  });
}

/** The trends page: one small vector chart per condition (a Figure each), then what changed between versions. */
export function drawTrends({ flow, model }: { flow: PdfFlow; model: ReportModel }): void {
  const { trends } = model;
  if (!trends) return;
  flow.newPage();
  flow.heading(trends.heading, { size: 18, level: 'H2' });
  flow.paragraph(trends.intro, { size: 10.5, gapAfter: 4 });
  const rowHeight = titleRoom + chartHeight + labelRoom + gap;
  trends.charts.forEach((chart, index) => {
    const column = index % 2;
    if (column === 0) flow.ensure(rowHeight);
    const box = {
      x: page.left + 8 + column * (chartWidth + gap),
      y: flow.y + titleRoom,
      width: chartWidth,
      height: chartHeight,
    };
    flow.tags.element('Figure', { alt: chart.alt }, () => {
      flow.tags.content(() => drawPlot(flow, chart, box));
      drawLabels(flow, chart, box);
    });
    const isRowEnd = column === 1 || index === trends.charts.length - 1;
    if (isRowEnd) flow.y += rowHeight;
  });
  if (trends.changes.length === 0) return;
  flow.heading(trends.changesHeading, { size: 12, level: 'H3', keep: 20 });
  for (const step of trends.changes) {
    flow.paragraph(step.heading, { size: 10, bold: true, gapAfter: 1 });
    for (const line of step.lines) {
      flow.paragraph(`• ${line}`, { size: 9.5, indent: 3, gapAfter: 1 });
    }
  }
  flow.y += lineHeight({ size: 9.5 });
}

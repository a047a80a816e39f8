import { colors, lineHeight, page, type PdfFlow } from './flow';
import type { ConditionSection, ReportModel } from '../model/report-model-types';

/** The title line of a section: title left, "68 / 100" right, so the printed score is easy to find. */
function titleLine(flow: PdfFlow, section: ConditionSection): void {
  const titleStyle = { size: 14, bold: true, color: colors.brand };
  const scoreText = section.insufficient ? section.bandLabel : `${section.scoreText} / 100`;
  flow.style(titleStyle);
  const scoreWidth = flow.doc.getTextWidth(scoreText) + 6;
  const lines = flow.wrap(section.title, flow.width - scoreWidth, titleStyle);
  flow.ensure(lines.length * lineHeight(titleStyle) + 45);
  flow.style(titleStyle);
  lines.forEach((line, index) => {
    flow.doc.text(line, page.left, flow.y + index * lineHeight(titleStyle), { baseline: 'top' });
  });
  flow.style({ ...titleStyle, color: section.insufficient ? colors.warning : colors.brand });
  flow.doc.text(scoreText, page.right, flow.y, { baseline: 'top', align: 'right' });
  flow.y += lines.length * lineHeight(titleStyle) + 1;
}

function bullet(
  flow: PdfFlow,
  text: string,
  style: { size: number; color?: [number, number, number] },
) {
  const indent = 5;
  const lines = flow.wrap(text, flow.width - indent, style);
  lines.forEach((line, index) => {
    flow.ensure(lineHeight(style));
    flow.style(style);
    if (index === 0) flow.doc.text('•', page.left + 1, flow.y, { baseline: 'top' });
    flow.doc.text(line, page.left + indent, flow.y, { baseline: 'top' });
    flow.y += lineHeight(style);
  });
  flow.y += 1.2;
}

function drawSection(flow: PdfFlow, section: ConditionSection): void {
  titleLine(flow, section);
  if (section.badges.length > 0) {
    flow.paragraph(section.badges.join(' · '), { size: 9.5, bold: true, color: colors.warning });
  }
  flow.paragraph(section.explanation, { size: 9.5, color: colors.muted, gapAfter: 2.5 });
  for (const fact of section.facts) bullet(flow, fact, { size: 10 });
  flow.space(1.5);

  flow.heading(section.discussionHeading, { size: 11, keep: 12 });
  if (section.discussionPoints.length === 0) {
    flow.paragraph(section.emptyDiscussion, { size: 10, color: colors.muted });
  } else {
    flow.paragraph(section.discussionIntro, { size: 10, color: colors.muted });
    for (const point of section.discussionPoints) {
      bullet(flow, `${point.text} (${point.rangeText})`, { size: 10 });
    }
  }
  flow.space(1.5);

  flow.heading(section.recommendationsHeading, { size: 11, keep: 14 });
  if (section.recommendations.length === 0) {
    flow.paragraph(section.emptyRecommendations, { size: 10, color: colors.muted });
  }
  section.recommendations.forEach((recommendation, index) => {
    const indent = 6;
    const textStyle = { size: 10 };
    const lines = flow.wrap(recommendation.text, flow.width - indent, textStyle);
    flow.ensure(Math.min(lines.length, 3) * lineHeight(textStyle));
    flow.style({ size: 10, bold: true, color: colors.brand });
    flow.doc.text(`${index + 1}.`, page.left + 1, flow.y, { baseline: 'top' });
    flow.paragraph(recommendation.text, { ...textStyle, indent, gapAfter: 0.6 });
    flow.paragraph(recommendation.partnerText, {
      size: 9,
      color: colors.muted,
      indent,
      gapAfter: 2.5,
    });
  });
}

/** One section per condition, the bottleneck first, separated by a rule. */
export function drawConditions({ flow, model }: { flow: PdfFlow; model: ReportModel }): void {
  flow.newPage();
  flow.heading(model.conditionsHeading, { size: 18 });
  flow.paragraph(model.conditionsIntro, { size: 10.5, gapAfter: 5 });
  model.conditions.forEach((section, index) => {
    if (index > 0) {
      flow.ensure(60);
      flow.space(3);
      flow.rule();
      flow.space(5);
    }
    drawSection(flow, section);
  });
}

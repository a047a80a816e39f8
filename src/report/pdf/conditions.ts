import { colors, lineHeight, page, type PdfFlow } from './flow';
import type { ConditionSection, ReportModel } from '../model/report-model-types';

/**
 * The title line of a section: title left, "68 / 100" right, so the printed score is easy to find.
 * Tagged as one H3, the title first and then the score.
 */
function titleLine(flow: PdfFlow, section: ConditionSection): void {
  const titleStyle = { size: 14, bold: true, color: colors.brand };
  const scoreText = section.insufficient ? section.bandLabel : `${section.scoreText} / 100`;
  flow.style(titleStyle);
  const scoreWidth = flow.doc.getTextWidth(scoreText) + 6;
  const lines = flow.wrap(section.title, flow.width - scoreWidth, titleStyle);
  flow.ensure(lines.length * lineHeight(titleStyle) + 45);
  flow.tags.begin('H3');
  flow.style(titleStyle);
  lines.forEach((line, index) => {
    flow.text(line, page.left, flow.y + index * lineHeight(titleStyle));
  });
  flow.style({ ...titleStyle, color: section.insufficient ? colors.warning : colors.brand });
  flow.text(scoreText, page.right, flow.y, { baseline: 'top', align: 'right' });
  flow.tags.end();
  flow.y += lines.length * lineHeight(titleStyle) + 1;
}

/** A list item with a bullet: LI with the bullet as its Lbl and the text as its LBody. */
function bullet(
  flow: PdfFlow,
  text: string,
  style: { size: number; color?: [number, number, number] },
) {
  const indent = 5;
  const lines = flow.wrap(text, flow.width - indent, style);
  flow.tags.begin('LI');
  lines.forEach((line, index) => {
    flow.ensure(lineHeight(style));
    flow.style(style);
    if (index === 0) {
      flow.tags.element('Lbl', {}, () => flow.text('•', page.left + 1, flow.y));
      flow.tags.begin('LBody');
    }
    flow.text(line, page.left + indent, flow.y);
    flow.y += lineHeight(style);
  });
  if (lines.length > 0) flow.tags.end();
  flow.tags.end();
  flow.y += 1.2;
}

/** Bullets as one list (L), when there are any. */
function bulletList(
  flow: PdfFlow,
  texts: string[],
  style: { size: number; color?: [number, number, number] },
) {
  if (texts.length === 0) return;
  flow.tags.element('L', {}, () => texts.forEach((text) => bullet(flow, text, style)));
}

function drawSection(flow: PdfFlow, section: ConditionSection): void {
  titleLine(flow, section);
  if (section.badges.length > 0) {
    flow.paragraph(section.badges.join(' · '), { size: 9.5, bold: true, color: colors.warning });
  }
  flow.paragraph(section.explanation, { size: 9.5, color: colors.muted, gapAfter: 2.5 });
  bulletList(flow, section.facts, { size: 10 });
  flow.space(1.5);

  flow.heading(section.discussionHeading, { size: 11, level: 'H4', keep: 12 });
  if (section.discussionPoints.length === 0) {
    flow.paragraph(section.emptyDiscussion, { size: 10, color: colors.muted });
  } else {
    flow.paragraph(section.discussionIntro, { size: 10, color: colors.muted });
    bulletList(
      flow,
      section.discussionPoints.map((point) => `${point.text} (${point.rangeText})`),
      { size: 10 },
    );
  }
  flow.space(1.5);

  flow.heading(section.recommendationsHeading, { size: 11, level: 'H4', keep: 14 });
  if (section.recommendations.length === 0) {
    flow.paragraph(section.emptyRecommendations, { size: 10, color: colors.muted });
  }
  if (section.recommendations.length > 0) flow.tags.begin('L');
  section.recommendations.forEach((recommendation, index) => {
    const indent = 6;
    const textStyle = { size: 10 };
    const lines = flow.wrap(recommendation.text, flow.width - indent, textStyle);
    flow.ensure(Math.min(lines.length, 3) * lineHeight(textStyle));
    flow.tags.begin('LI');
    flow.style({ size: 10, bold: true, color: colors.brand });
    flow.tags.element('Lbl', {}, () => flow.text(`${index + 1}.`, page.left + 1, flow.y));
    flow.tags.begin('LBody');
    flow.paragraph(recommendation.text, { ...textStyle, indent, gapAfter: 0.6 });
    flow.paragraph(recommendation.partnerText, {
      size: 9,
      color: colors.muted,
      indent,
      gapAfter: 2.5,
    });
    flow.tags.end();
    flow.tags.end();
  });
  if (section.recommendations.length > 0) flow.tags.end();
}

/** One section per condition, the bottleneck first, separated by a rule. */
export function drawConditions({ flow, model }: { flow: PdfFlow; model: ReportModel }): void {
  flow.newPage();
  flow.heading(model.conditionsHeading, { size: 18, level: 'H2' });
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

import { colors, lineHeight, page, type PdfFlow } from './flow';
import type { ReportModel } from '../model/report-model-types';
import type { ReportTexts } from '../model/report-texts';

/** The cover page: title, collective, scan, facts, questionnaire and the full digest. */
export function drawCover({
  flow,
  model,
  texts,
}: {
  flow: PdfFlow;
  model: ReportModel;
  texts: ReportTexts;
}): void {
  const { cover } = model;
  const { doc } = flow;
  flow.tags.artifact(() => {
    doc.setFillColor(...colors.brand);
    doc.rect(0, 0, page.width, 10, 'F');
  });
  flow.y = 34;
  flow.paragraph(
    cover.title,
    { size: 13, bold: true, color: colors.brand, gapAfter: 1 },
    { type: 'H1' },
  );
  flow.paragraph(cover.subtitle, { size: 10, color: colors.muted, gapAfter: 12 });
  flow.paragraph(cover.collectiveName, { size: 26, bold: true, lineFactor: 1.2, gapAfter: 4 });
  flow.paragraph(`${cover.scanLabel} · ${cover.date}`, {
    size: 13,
    color: colors.muted,
    gapAfter: 14,
  });

  const labelWidth = 48;
  const factStyle = { size: 10.5 };
  // the facts are a table of two columns: what (a row header) and its value
  flow.tags.begin('Table');
  for (const fact of [
    ...cover.facts,
    {
      label: texts.cover.questionnaire,
      value: `${cover.questionnaire} · ${cover.questionnaireTitle}`,
    },
  ]) {
    const lines = flow.wrap(fact.value, flow.width - labelWidth, factStyle);
    const height = lines.length * lineHeight(factStyle) + 1.6;
    flow.ensure(height);
    flow.tags.begin('TR');
    flow.style({ ...factStyle, color: colors.muted });
    flow.tags.element('TH', { scope: 'Row' }, () => flow.text(fact.label, page.left, flow.y));
    flow.style(factStyle);
    flow.tags.element('TD', {}, () =>
      lines.forEach((line, index) => {
        flow.text(line, page.left + labelWidth, flow.y + index * lineHeight(factStyle));
      }),
    );
    flow.tags.end();
    flow.y += height;
  }
  flow.tags.end();

  flow.y = Math.max(flow.y + 10, 215);
  flow.rule();
  flow.space(4);
  flow.paragraph(texts.cover.digest, { size: 9, bold: true, color: colors.muted, gapAfter: 1 });
  flow.paragraph(cover.digest, { size: 9.5, gapAfter: 4 });
  flow.paragraph(cover.attachmentNote, { size: 9, color: colors.muted });
}

import { colors, type PdfFlow } from './flow';
import { drawTable } from './table';
import type { ReportModel } from '../model/report-model-types';

/** The traits profile as a table of counts. */
export function drawTraits({ flow, model }: { flow: PdfFlow; model: ReportModel }): void {
  const { traits } = model;
  flow.newPage();
  flow.heading(traits.heading, { size: 18, level: 'H2' });
  flow.paragraph(traits.intro, { size: 10.5, gapAfter: 4 });
  const counts = (row: (typeof traits.rows)[number]) => [
    String(row.yes),
    String(row.partly),
    String(row.no),
    String(row.unanswered),
  ];
  drawTable({
    flow,
    size: 10,
    columns: [
      { header: traits.columns.trait, width: 94 },
      { header: traits.columns.yes, width: 16, align: 'right' },
      { header: traits.columns.partly, width: 18, align: 'right' },
      { header: traits.columns.no, width: 16, align: 'right' },
      { header: traits.columns.unanswered, width: 26, align: 'right' },
    ],
    rows: [...traits.rows, traits.total].map((row) => [row.text, ...counts(row)]),
    boldRows: [traits.rows.length],
  });
}

/** The appendix: every likert item with its answers, then the respondents by role. */
export function drawAppendix({ flow, model }: { flow: PdfFlow; model: ReportModel }): void {
  const { appendix } = model;
  flow.newPage();
  flow.heading(appendix.heading, { size: 18, level: 'H2' });
  flow.paragraph(appendix.intro, { size: 10, gapAfter: 4 });
  for (const group of appendix.groups) {
    flow.heading(group.title, { size: 12, level: 'H3', keep: 30 });
    drawTable({
      flow,
      size: 9,
      columns: [
        { header: appendix.itemColumn, width: 107 },
        ...appendix.answerColumns.map((header) => ({ header, width: 9, align: 'right' as const })),
      ],
      rows: group.items.map((item) => [
        item.isReversed ? `${item.text} ${appendix.reversedLabel}` : item.text,
        ...item.counts.map(String),
        String(item.dontKnow),
        String(item.unanswered),
      ]),
    });
  }
  const intro = { size: 9.5, color: colors.muted, gapAfter: 2 };
  const roleStyle = { size: 10, gapAfter: 1 };
  const roleLines = appendix.roles.map((role) => {
    const names = role.names.length > 0 ? `: ${role.names.join(', ')}` : '';
    return `${role.label} (${role.count})${names}`;
  });
  // a short list of respondents stays on one page with its heading, rather than leaving a line behind
  flow.keepTogether(
    flow.measureParagraph(appendix.respondentsHeading, { size: 12, bold: true, gapAfter: 1.5 }) +
      flow.measureParagraph(appendix.respondentsIntro, intro) +
      roleLines.reduce((sum, line) => sum + flow.measureParagraph(line, roleStyle), 0),
  );
  flow.heading(appendix.respondentsHeading, { size: 12, level: 'H3', keep: 20 });
  flow.paragraph(appendix.respondentsIntro, intro);
  for (const line of roleLines) flow.paragraph(line, roleStyle);
}

/** The method page: how it is calculated, the anchors, the note about them, and the sources. */
export function drawMethod({ flow, model }: { flow: PdfFlow; model: ReportModel }): void {
  const { method } = model;
  flow.newPage();
  flow.heading(method.heading, { size: 18, level: 'H2' });
  for (const paragraph of method.paragraphs) flow.paragraph(paragraph, { size: 10.5, gapAfter: 3 });
  flow.space(2);
  flow.heading(method.anchorsHeading, { size: 12, level: 'H3', keep: 40 });
  drawTable({
    flow,
    size: 9.5,
    columns: [
      { header: method.anchorsColumns.condition, width: 60 },
      { header: method.anchorsColumns.exclusion, width: 42, align: 'right' },
      { header: method.anchorsColumns.crossover, width: 34, align: 'right' },
      { header: method.anchorsColumns.inclusion, width: 34, align: 'right' },
    ],
    rows: method.anchors.map((row) => [row.title, row.exclusion, row.crossover, row.inclusion]),
  });
  flow.paragraph(method.anchorsNote, { size: 10.5, bold: true, gapAfter: 3 });
  flow.paragraph(method.questionnaireLine, { size: 10, gapAfter: 5 });
  const referenceStyle = { size: 10, gapAfter: 2 };
  flow.keepTogether(
    flow.measureParagraph(method.referenceHeading, { size: 12, bold: true, gapAfter: 1.5 }) +
      method.references.reduce((sum, text) => sum + flow.measureParagraph(text, referenceStyle), 0),
  );
  flow.heading(method.referenceHeading, { size: 12, level: 'H3', keep: 15 });
  method.references.forEach((reference, index) => {
    // the study is cited by its English title: in a Dutch report, a span in another language
    const lang = index === 0 && model.language !== 'en' ? { lang: 'en-GB' } : {};
    flow.paragraph(reference, referenceStyle, { attributes: lang });
  });
}

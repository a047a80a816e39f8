import { jsPDF } from 'jspdf';
import type { ResultFile } from '../../domain/files/result-file-schema';
import { attachResult } from './attach-result';
import { drawConditions } from './conditions';
import { drawCover } from './cover';
import { drawAppendix, drawMethod, drawTraits } from './back-matter';
import { toBase64, type ReportFonts } from './fonts';
import { colors, page, PdfFlow } from './flow';
import { drawSummary, drawVerdict } from './summary';
import { drawTrends } from './trends';
import type { ReportModel } from '../model/report-model-types';
import { fillText, reportTexts } from '../model/report-texts';
import { packObjects } from './pack-objects';
import { preparePdfA } from './pdfa';
import { writeStructureTree } from './structure-tree';

/** The document's language as the catalog's `/Lang` gives it. */
const documentLanguage = { nl: 'nl-NL', en: 'en-GB' } as const;

function registerFonts(doc: jsPDF, fonts: ReportFonts): void {
  doc.addFileToVFS('Inter-Regular.ttf', toBase64(fonts.regular));
  doc.addFont('Inter-Regular.ttf', 'Inter', 'normal');
  doc.addFileToVFS('Inter-Bold.ttf', toBase64(fonts.bold));
  doc.addFont('Inter-Bold.ttf', 'Inter', 'bold');
  doc.setFont('Inter', 'normal');
}

/** Footer on every page: questionnaire id@version and digest prefix left, "pagina x van y" right. */
function drawFooters(flow: PdfFlow, model: ReportModel): void {
  const pages = flow.doc.getNumberOfPages();
  for (let number = 1; number <= pages; number += 1) {
    flow.doc.setPage(number);
    // a running footer: an artifact, not part of the text a screen reader reads
    flow.tags.artifact(() => {
      flow.doc.setDrawColor(...colors.rule);
      flow.doc.setLineWidth(0.2);
      flow.doc.line(page.left, page.footer - 3, page.right, page.footer - 3);
      flow.style({ size: 8, color: colors.muted });
      flow.doc.text(model.footer.text, page.left, page.footer, { baseline: 'top' });
      const label = fillText(model.footer.pageTemplate, { page: number, pages });
      flow.doc.text(label, page.right, page.footer, { baseline: 'top', align: 'right' });
    }, 'Footer');
  }
}

/**
 * Renders the report model as an A4 PDF with embedded Inter, with the result file attached as
 * `selfscan-result.json` (its associated file): a tagged PDF 1.7 meant as PDF/A-3b and PDF/UA-1.
 * The same code runs in the browser and in Node.
 */
export async function renderReportPdf({
  model,
  result,
  fonts,
}: {
  model: ReportModel;
  result: ResultFile;
  fonts: ReportFonts;
}): Promise<Uint8Array> {
  // positions to 0.01 pt (3.5 µm) instead of jsPDF's 16 digits: 5 kB less per report, nothing visible
  const doc = new jsPDF({
    unit: 'mm',
    format: 'a4',
    // streams are deflated once, by packObjects, with zlib's level 9
    compress: false,
    putOnlyUsedFonts: true,
    floatPrecision: 2,
  });
  registerFonts(doc, fonts);
  // fixed metadata: the same result gives the same bytes in the browser and on the command line
  doc.setFileId(result.digest.slice(0, 32).toUpperCase());
  preparePdfA({
    doc,
    identity: {
      title: `${model.cover.title}: ${model.cover.collectiveName}`,
      subject: `${model.cover.scanLabel} · ${model.cover.questionnaire} · ${result.digest}`,
      creator: `${result.generator.app} ${result.generator.version}`,
      date: new Date(model.cover.dateIso),
      language: documentLanguage[model.language],
    },
  });
  const flow = new PdfFlow(doc);
  const texts = reportTexts(model.language);
  drawCover({ flow, model, texts });
  drawSummary({ flow, model });
  drawVerdict({ flow, model });
  drawConditions({ flow, model });
  drawTraits({ flow, model });
  drawTrends({ flow, model });
  drawAppendix({ flow, model });
  drawMethod({ flow, model });
  drawFooters(flow, model);
  writeStructureTree({ doc, tags: flow.tags });
  attachResult({ doc, result });
  return packObjects(new Uint8Array(doc.output('arraybuffer')));
}

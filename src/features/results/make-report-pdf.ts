import type { ResultFile } from '../../domain/files/result-file-schema';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { ReportTrendsInput } from '../../report/model/report-model-types';
import { buildReportModel } from '../../report/model/report-model';
import { loadBrowserFonts } from '../../report/pdf/fonts-browser';
import { renderReportPdf } from '../../report/pdf/render-pdf';

/** The PDF report in the browser: the same model and renderer as the command line; loaded only on demand. */
export async function makeReportPdf(input: {
  result: ResultFile;
  questionnaire: Questionnaire;
  language: 'nl' | 'en';
  respondentNames?: Record<string, string>;
  trends?: ReportTrendsInput | null;
}): Promise<Uint8Array> {
  const model = buildReportModel(input);
  return renderReportPdf({ model, result: input.result, fonts: await loadBrowserFonts() });
}

/** Fetches the report fonts ahead of the first click (the module itself is loaded by then). */
export async function prepareReportPdf(): Promise<void> {
  await loadBrowserFonts();
}

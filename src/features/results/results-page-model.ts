import type { Scan, StoredResponse } from '../../domain/collective/schema';
import type { ResultFile } from '../../domain/files/result-file-schema';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { buildReportModel, type ReportModel } from '../../report/model/report-model';
import type { ReportLanguage } from '../../report/model/report-texts';
import { safeFileName } from '../../ui/download';

export type ResultsPageModel = {
  result: ResultFile;
  questionnaire: Questionnaire;
  language: ReportLanguage;
  scan: Scan;
  respondentCount: number;
  /** respondent id → the name shown on this device; the report carries them only when chosen */
  respondentNames: Record<string, string>;
  report: ReportModel;
  /** the result file as offered for download */
  resultFile: { fileName: string; text: string };
};

/** What the results page shows: the report model (with names only when chosen), the counts and the result file to download. */
export function buildResultsPageModel(input: {
  result: ResultFile;
  questionnaire: Questionnaire;
  language: ReportLanguage;
  scan: Scan;
  responses: readonly StoredResponse[];
  withNames: boolean;
  nameOf: (response: StoredResponse) => string;
}): ResultsPageModel {
  const { result, questionnaire, language, scan } = input;
  const respondentNames = Object.fromEntries(input.responses.map((r) => [r.id, input.nameOf(r)]));
  const report = buildReportModel({
    result,
    questionnaire,
    language,
    ...(input.withNames ? { respondentNames } : {}),
  });
  return {
    result,
    questionnaire,
    language,
    scan,
    respondentCount: input.responses.length,
    respondentNames,
    report,
    resultFile: {
      fileName: `resultaat-${safeFileName(report.cover.collectiveName)}-${safeFileName(scan.label)}.json`,
      text: `${JSON.stringify(result, null, 2)}\n`,
    },
  };
}

import type { ResultFile } from '../../domain/files/result-file-schema';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { questionnaireKey } from '../../domain/questionnaire/identity';
import { buildAppendix } from './appendix';
import { buildConditionSections } from './condition-sections';
import { buildCover } from './cover';
import { buildMethod } from './method';
import { buildPathVerdict } from './path-verdict';
import { reportContext } from './report-context';
import type { ReportModel } from './report-model-types';
import type { ReportLanguage } from './report-texts';
import { fillText } from './report-texts';
import { buildSummary } from './summary';
import { buildTraitsSection } from './traits-section';
import { buildTrends } from './trends-section';
import type { ReportTrendsInput } from './report-model-types';

export type { ReportModel } from './report-model-types';

/**
 * Everything the results screen and the PDF show, from the result's scores and its questionnaire;
 * nothing is re-scored here (only the appendix counts answers). Pure: same input, same model.
 */
export function buildReportModel({
  result,
  questionnaire,
  language,
  respondentNames,
  trends = null,
}: {
  result: ResultFile;
  questionnaire: Questionnaire;
  language: ReportLanguage;
  /** respondent id → name; names appear only when the coordinator chose to show them */
  respondentNames?: Readonly<Record<string, string>>;
  /** the collective's trends over its closed scans (two or more), or null */
  trends?: ReportTrendsInput | null;
}): ReportModel {
  if (
    result.questionnaire.id !== questionnaire.id ||
    result.questionnaire.version !== questionnaire.version
  ) {
    throw new Error(
      `The result was made with ${questionnaireKey(result.questionnaire)}, not ${questionnaireKey(questionnaire)}.`,
    );
  }
  const context = reportContext({ result, questionnaire, language });
  const { texts } = context;
  const ref = questionnaireKey(result.questionnaire);
  const digestPrefix = result.digest.slice(0, 12);
  return {
    language,
    cover: buildCover(context),
    summary: buildSummary(context),
    verdict: buildPathVerdict(context),
    conditionsHeading: texts.conditions.heading,
    conditionsIntro: texts.conditions.intro,
    conditions: buildConditionSections(context),
    traits: buildTraitsSection(context),
    appendix: buildAppendix(context, respondentNames),
    method: buildMethod(context),
    trends: trends ? buildTrends({ trends, texts }) : null,
    footer: {
      questionnaire: ref,
      digestPrefix,
      text: `${fillText(texts.footer.questionnaire, { questionnaire: ref })} · ${fillText(texts.footer.digest, { digest: digestPrefix })}`,
      pageTemplate: texts.footer.page,
    },
  };
}

import type { ResultFile } from '../../domain/files/result-file-schema';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { ConditionScore } from '../../domain/scoring/scan-scores-schema';
import { displayScore } from '../../domain/scoring/display';
import { formatDecimal } from './format-number';
import { fillText, reportTexts, type ReportLanguage, type ReportTexts } from './report-texts';

/** What every part of the report model reads: the result, its questionnaire, and the texts of one language. */
export type ReportContext = {
  result: ResultFile;
  questionnaire: Questionnaire;
  language: ReportLanguage;
  texts: ReportTexts;
  conditionTitle: (id: string) => string;
  pathTitle: (id: string) => string;
  conditionScore: (id: string) => ConditionScore | undefined;
  /** the displayed score as text, or "–" when insufficient */
  scoreText: (id: string) => string;
  /** a membership (0–1) with two decimals, or "–" */
  membershipText: (membership: number | null) => string;
  people: (count: number) => string;
  bottleneck: string | null;
};

/** Builds the shared context of the report model. */
export function reportContext({
  result,
  questionnaire,
  language,
}: {
  result: ResultFile;
  questionnaire: Questionnaire;
  language: ReportLanguage;
}): ReportContext {
  const texts = reportTexts(language);
  const conditionScore = (id: string) => result.scores.conditions[id];
  const closest = result.scores.closestPath;
  const bottleneck = closest === null ? null : (result.scores.paths[closest]?.bottleneck ?? null);
  return {
    result,
    questionnaire,
    language,
    texts,
    conditionTitle: (id) =>
      questionnaire.conditions.find((condition) => condition.id === id)?.title[language] ?? id,
    pathTitle: (id) => questionnaire.paths.find((path) => path.id === id)?.title[language] ?? id,
    conditionScore,
    scoreText: (id) => {
      const shown = displayScore(conditionScore(id)?.score ?? null);
      return shown === null ? texts.none : String(shown);
    },
    membershipText: (membership) =>
      membership === null ? texts.none : formatDecimal({ value: membership, digits: 2, language }),
    people: (count) => (count === 1 ? texts.people.one : fillText(texts.people.many, { count })),
    bottleneck,
  };
}

/** The label of a band, or of "too few answers". */
export function bandLabel(context: ReportContext, band: ConditionScore['band']): string {
  return band === null ? context.texts.bands.insufficient : context.texts.bands[band];
}

import { questionnaireKey } from '../../domain/questionnaire/identity';
import { formatDecimal, joinWords } from './format-number';
import type { ReportContext } from './report-context';
import type { ReportMethod } from './report-model-types';
import { fillText } from './report-texts';

/** The method page: how the numbers are made, the anchors used, and the research it rests on. */
export function buildMethod(context: ReportContext): ReportMethod {
  const { questionnaire, language, texts, result } = context;
  const m = texts.method;
  const share = Math.round(questionnaire.scoring.minAnsweredShare * 100);
  const necessary = joinWords({
    words: questionnaire.necessary.map((id) => context.conditionTitle(id)),
    and: texts.verdict.and,
  });
  // two decimals, so an anchor row never reads like a printed score ("Sterk netwerk   2")
  const anchor = (value: number) => formatDecimal({ value, digits: 2, language });
  return {
    heading: m.heading,
    paragraphs: [
      m.answers,
      fillText(m.respondentMean, { share }),
      m.median,
      m.spread,
      m.calibration,
      fillText(m.paths, { necessary }),
    ],
    anchorsHeading: m.anchorsHeading,
    anchorsColumns: m.anchorsColumns,
    anchors: questionnaire.conditions.map((condition) => ({
      conditionId: condition.id,
      title: condition.title[language],
      exclusion: anchor(condition.calibration.exclusion),
      crossover: anchor(condition.calibration.crossover),
      inclusion: anchor(condition.calibration.inclusion),
    })),
    anchorsNote: fillText(m.anchorsNote, {
      questionnaire: questionnaireKey(result.questionnaire),
    }),
    questionnaireLine: fillText(m.questionnaire, {
      questionnaire: questionnaireKey(result.questionnaire),
      sha256: result.questionnaire.sha256,
    }),
    referenceHeading: m.referenceHeading,
    references: [m.reference, m.source],
  };
}

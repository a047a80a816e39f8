import { traitItemIds } from '../../domain/scoring/traits';
import type { ReportContext } from './report-context';
import type { TraitRow, TraitsSection } from './report-model-types';

/** The community-enterprise traits as a profile: per trait how many said yes, partly, no or nothing. */
export function buildTraitsSection(context: ReportContext): TraitsSection {
  const { questionnaire, result, language, texts } = context;
  const profile = result.scores.traits;
  const rows: TraitRow[] = traitItemIds(questionnaire).map((id) => {
    const counts = profile.items[id] ?? { yes: 0, partly: 0, no: 0, unanswered: 0 };
    const item = questionnaire.items.find((candidate) => candidate.id === id);
    return {
      id,
      text: item?.text[language] ?? id,
      yes: counts.yes,
      partly: counts.partly,
      no: counts.no,
      unanswered: counts.unanswered,
    };
  });
  const { yes, partly, no, unanswered } = profile.total;
  return {
    heading: texts.traits.heading,
    intro: texts.traits.intro,
    columns: texts.traits.columns,
    rows,
    total: { id: 'total', text: texts.traits.total, yes, partly, no, unanswered },
  };
}

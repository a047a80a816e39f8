import { countAnswers } from './answer-counts';
import type { ReportContext } from './report-context';
import type { AppendixGroup, ReportAppendix, RoleGroup } from './report-model-types';

function roleGroups(
  context: ReportContext,
  respondentNames: Readonly<Record<string, string>> | undefined,
): RoleGroup[] {
  const { questionnaire, result, language, texts } = context;
  const roleItem = questionnaire.items.find((item) => item.id === 'role');
  const options = roleItem && roleItem.type === 'single-choice' ? roleItem.options : [];
  const order = [...options.map((option) => option.value)];
  const byRole = new Map<string | null, string[]>();
  for (const response of result.responses) {
    const role = response.role ?? null;
    const names = byRole.get(role) ?? [];
    const name = respondentNames?.[response.respondentId];
    if (name !== undefined && name.trim() !== '') names.push(name.trim());
    byRole.set(role, names);
    if (role !== null && !order.includes(role)) order.push(role);
  }
  const count = (role: string | null) =>
    result.responses.filter((response) => (response.role ?? null) === role).length;
  return [...order, null]
    .filter((role) => byRole.has(role))
    .map((role) => ({
      role,
      label:
        role === null
          ? texts.appendix.noRole
          : (options.find((option) => option.value === role)?.label[language] ?? role),
      count: count(role),
      names: respondentNames ? (byRole.get(role) ?? []) : [],
    }));
}

/** The appendix: every likert item with its answer distribution, and the respondents by role. */
export function buildAppendix(
  context: ReportContext,
  respondentNames?: Readonly<Record<string, string>>,
): ReportAppendix {
  const { questionnaire, result, language, texts } = context;
  const groups: AppendixGroup[] = questionnaire.conditions.map((condition) => ({
    conditionId: condition.id,
    title: condition.title[language],
    items: questionnaire.items
      .filter((item) => item.type === 'likert5' && item.condition === condition.id)
      .map((item) => {
        const { counts, dontKnow, unanswered } = countAnswers({
          itemId: item.id,
          responses: result.responses,
        });
        return {
          id: item.id,
          text: item.text[language],
          isReversed: item.type === 'likert5' && item.reverse,
          counts,
          dontKnow,
          unanswered,
        };
      }),
  }));
  return {
    heading: texts.appendix.heading,
    intro: texts.appendix.intro,
    itemColumn: texts.appendix.item,
    answerColumns: ['1', '2', '3', '4', '5', texts.appendix.dontKnow, texts.appendix.unanswered],
    reversedLabel: texts.appendix.reversed,
    groups,
    respondentsHeading: texts.appendix.respondentsHeading,
    respondentsIntro: texts.appendix.respondentsIntro,
    roles: roleGroups(context, respondentNames),
  };
}

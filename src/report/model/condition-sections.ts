import { displayScore } from '../../domain/scoring/display';
import { selectRecommendations } from '../../domain/scoring/recommendations';
import { countAnswers } from './answer-counts';
import { formatDecimal, joinWords } from './format-number';
import { bandLabel, type ReportContext } from './report-context';
import type { ConditionSection, DiscussionPoint } from './report-model-types';
import { fillText } from './report-texts';

type SpreadWord = keyof ReportContext['texts']['conditions']['spreadWords'];

/** How much respondents agree, from the interquartile range on the 1–5 scale. */
export function spreadWord(iqr: number): SpreadWord {
  if (iqr < 0.5) return 'agree';
  return iqr < 1 ? 'somewhat' : 'apart';
}

function discussionPoints(context: ReportContext, conditionId: string): DiscussionPoint[] {
  const { questionnaire, result, language, texts } = context;
  return questionnaire.items
    .filter(
      (item) => item.condition === conditionId && result.scores.discussionPoints.includes(item.id),
    )
    .map((item) => {
      const { min, max } = countAnswers({ itemId: item.id, responses: result.responses });
      const low = min ?? 0;
      const high = max ?? 0;
      return {
        itemId: item.id,
        text: item.text[language],
        min: low,
        max: high,
        rangeText: fillText(texts.conditions.discussionRange, { min: low, max: high }),
      };
    });
}

function facts(context: ReportContext, conditionId: string): string[] {
  const { texts, language, questionnaire } = context;
  const score = context.conditionScore(conditionId);
  if (!score || score.insufficient || score.score === null) {
    const share = Math.round(questionnaire.scoring.minAnsweredShare * 100);
    return [fillText(texts.conditions.insufficient, { share })];
  }
  const lines = [
    fillText(texts.conditions.score, {
      score: context.scoreText(conditionId),
      band: bandLabel(context, score.band),
    }),
    fillText(texts.conditions.membership, { membership: context.membershipText(score.membership) }),
    fillText(texts.conditions.counted, { people: context.people(score.respondents) }),
  ];
  if (score.iqr === null || score.q1 === null || score.q3 === null) {
    lines.push(texts.conditions.spreadTooFew);
  } else {
    const decimal = (value: number) => formatDecimal({ value, digits: 2, language });
    const spread = fillText(texts.conditions.spread, {
      q1: decimal(score.q1),
      q3: decimal(score.q3),
      iqr: decimal(score.iqr),
    });
    lines.push(`${spread} ${texts.conditions.spreadWords[spreadWord(score.iqr)]}`);
  }
  return lines;
}

/** One section per condition: the domain's recommendation order (bottleneck first), insufficient ones last. */
export function buildConditionSections(context: ReportContext): ConditionSection[] {
  const { questionnaire, result, language, texts } = context;
  const groups = selectRecommendations({ questionnaire, scores: result.scores });
  const ordered = [
    ...groups.map((group) => group.condition),
    ...questionnaire.conditions
      .map((condition) => condition.id)
      .filter((id) => !groups.some((group) => group.condition === id)),
  ];
  const closest = result.scores.closestPath;
  return ordered.map((id) => {
    const condition = questionnaire.conditions.find((candidate) => candidate.id === id);
    const score = context.conditionScore(id);
    const group = groups.find((candidate) => candidate.condition === id);
    const isBottleneck = id === context.bottleneck;
    const isNecessary = questionnaire.necessary.includes(id);
    const paths = questionnaire.paths
      .filter((path) => path.conditions.includes(id))
      .map((path) => fillText(texts.verdict.pathName, { id: path.id }));
    const badges = [
      ...(isBottleneck && closest !== null
        ? [
            fillText(texts.conditions.bottleneck, {
              path: fillText(texts.verdict.pathName, { id: closest }),
            }),
          ]
        : []),
      ...(isNecessary ? [texts.conditions.necessary] : []),
    ];
    return {
      id,
      title: condition?.title[language] ?? id,
      explanation: condition?.explanation[language] ?? '',
      score: displayScore(score?.score ?? null),
      scoreText: context.scoreText(id),
      band: score?.band ?? null,
      bandLabel: bandLabel(context, score?.band ?? null),
      insufficient: score?.insufficient ?? true,
      isBottleneck,
      isNecessary,
      badges,
      facts: [
        ...facts(context, id),
        fillText(texts.conditions.inPaths, {
          paths: joinWords({ words: paths, and: texts.verdict.and }),
        }),
      ],
      discussionHeading: texts.conditions.discussionHeading,
      discussionIntro: texts.conditions.discussionIntro,
      discussionPoints: discussionPoints(context, id),
      recommendationsHeading: texts.conditions.recommendationsHeading,
      recommendations: (group?.recommendations ?? []).map((recommendation) => ({
        text: recommendation.text[language],
        partner: recommendation.partner[language],
        partnerText: fillText(texts.conditions.partner, {
          partner: recommendation.partner[language],
        }),
      })),
      emptyDiscussion: texts.conditions.noDiscussion,
      emptyRecommendations: texts.conditions.noRecommendations,
    };
  });
}

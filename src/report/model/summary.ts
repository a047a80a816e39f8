import { displayScore } from '../../domain/scoring/display';
import { scoreFromMean } from '../../domain/scoring/calibrate';
import { formatDecimal } from './format-number';
import type { RadarModel } from './radar-geometry';
import { bandLabel, type ReportContext } from './report-context';
import type { ReportSummary, SummaryRow } from './report-model-types';
import { fillText } from './report-texts';

/** The five conditions in questionnaire order, in display numbers. */
export function summaryRows(context: ReportContext): SummaryRow[] {
  const { questionnaire, language, texts } = context;
  return questionnaire.conditions.map((condition) => {
    const score = context.conditionScore(condition.id);
    const iqr = score?.iqr ?? null;
    return {
      id: condition.id,
      title: condition.title[language],
      score: displayScore(score?.score ?? null),
      scoreText: context.scoreText(condition.id),
      band: score?.band ?? null,
      bandLabel: bandLabel(context, score?.band ?? null),
      membership: score?.membership ?? null,
      membershipText: context.membershipText(score?.membership ?? null),
      iqr,
      iqrText: iqr === null ? texts.none : formatDecimal({ value: iqr, digits: 2, language }),
      respondents: score?.respondents ?? 0,
      insufficient: score?.insufficient ?? true,
      isNecessary: questionnaire.necessary.includes(condition.id),
      isBottleneck: condition.id === context.bottleneck,
    };
  });
}

/** The radar's data: exact scores, and the quartiles as 0–100 scores where the scorer gave them. */
export function radarModel(context: ReportContext): RadarModel {
  const axes = context.questionnaire.conditions.map((condition) => {
    const score = context.conditionScore(condition.id);
    const q1 = score?.q1 ?? null;
    const q3 = score?.q3 ?? null;
    return {
      id: condition.id,
      label: condition.title[context.language],
      score: score?.score ?? null,
      spread:
        q1 === null || q3 === null ? null : { low: scoreFromMean(q1), high: scoreFromMean(q3) },
    };
  });
  return {
    axes,
    rings: [25, 50, 75, 100],
    hasSpread: axes.every((axis) => axis.spread !== null),
  };
}

/** The radar's alternative text: what it shows, each condition's score and band, the spread band. */
function radarAltText({
  texts,
  rows,
  radar,
}: {
  texts: ReportContext['texts'];
  rows: SummaryRow[];
  radar: RadarModel;
}): string {
  const words = texts.summary.radarAlt;
  const scores = rows.map((row) =>
    fillText(row.score === null ? words.insufficient : words.score, {
      title: row.title,
      score: row.scoreText,
      band: row.bandLabel,
    }),
  );
  const spread = radar.hasSpread ? ` ${words.spread}` : '';
  return `${words.intro}: ${scores.join('; ')}.${spread}`;
}

/** The summary page: table rows, radar and the notes that explain them. */
export function buildSummary(context: ReportContext): ReportSummary {
  const { texts } = context;
  const radar = radarModel(context);
  const rows = summaryRows(context);
  return {
    heading: texts.summary.heading,
    intro: fillText(texts.summary.intro, {
      people: context.people(context.result.responses.length),
    }),
    columns: texts.summary.columns,
    rows,
    radar,
    radarLegend: radar.hasSpread
      ? [texts.summary.radarScore, texts.summary.radarSpread]
      : [texts.summary.radarScore, texts.summary.spreadInNumbers],
    radarAlt: radarAltText({ texts, rows, radar }),
    spreadNote: texts.summary.spreadExplained,
  };
}

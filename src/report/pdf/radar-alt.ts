import type { ReportModel } from '../model/report-model-types';

const wording = {
  nl: {
    intro: 'Radardiagram van de vijf voorwaarden, elk van 0 (midden) tot 100 (rand)',
    score: (title: string, score: string, band: string) => `${title} ${score} van 100 (${band})`,
    spread: 'Een gekleurde band toont waar de middelste helft van de deelnemers zit.',
  },
  en: {
    intro: 'Radar chart of the five conditions, each from 0 (centre) to 100 (edge)',
    score: (title: string, score: string, band: string) => `${title} ${score} out of 100 (${band})`,
    spread: 'A coloured band shows where the middle half of the respondents are.',
  },
} as const;

/**
 * The radar's alternative text, in the report's language: what it shows, each condition's score and
 * band in words, and the spread band when it is drawn. A screen reader reads this instead of the chart.
 */
export function radarAltText(model: ReportModel): string {
  const words = wording[model.language];
  const scores = model.summary.rows.map((row) =>
    row.score === null
      ? `${row.title}: ${row.bandLabel}`
      : words.score(row.title, row.scoreText, row.bandLabel),
  );
  const spread = model.summary.radar.hasSpread ? ` ${words.spread}` : '';
  return `${words.intro}: ${scores.join('; ')}.${spread}`;
}

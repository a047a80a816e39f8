import type { ReportTrends, ReportTrendsInput } from './report-model-types';
import type { ReportTexts } from './report-texts';
import { fillText } from './report-texts';

/** The trends page: one chart per condition with each point's version, and what changed between versions. */
export function buildTrends({
  trends,
  texts,
}: {
  trends: ReportTrendsInput;
  texts: ReportTexts;
}): ReportTrends {
  const words = texts.trends;
  const charts = trends.charts.map((chart) => {
    const points = chart.points.map((point) => ({
      ...point,
      scoreText: point.score === null ? words.noScore : String(point.score),
      versionText: `v${point.version}`,
    }));
    const spoken = points
      .map((p) => `${p.label} (${p.versionText}) ${p.score === null ? words.noScore : p.score}`)
      .join(', ');
    return {
      conditionId: chart.condition,
      title: chart.title,
      points,
      alt: fillText(words.figureAlt, { title: chart.title, points: spoken }),
    };
  });
  return {
    heading: words.heading,
    intro: fillText(words.intro, { version: trends.version }),
    charts,
    changesHeading: words.changesHeading,
    changes: trends.changes.map((step) => ({
      heading: `${step.from} → ${step.to}`,
      lines: step.lines,
    })),
  };
}

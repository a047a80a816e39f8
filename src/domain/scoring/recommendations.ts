import type { Band, Questionnaire, Recommendation } from '../questionnaire/schema';
import type { ScanScores } from './scan-scores-schema';

export type RecommendationGroup = {
  condition: string;
  band: Band;
  membership: number;
  /** the bottleneck of the path closest to being fitted: the group that leads */
  isBottleneck: boolean;
  recommendations: Recommendation[];
};

/**
 * The recommendations of each scored condition's band (rule 7): the bottleneck of the closest path
 * first, then the other conditions by ascending membership (questionnaire order on a tie).
 * Insufficient conditions have no band and so no recommendations.
 */
export function selectRecommendations({
  questionnaire,
  scores,
}: {
  questionnaire: Questionnaire;
  scores: ScanScores;
}): RecommendationGroup[] {
  const closest = scores.closestPath === null ? undefined : scores.paths[scores.closestPath];
  const leading = closest?.bottleneck ?? null;
  const groups: RecommendationGroup[] = [];
  for (const condition of questionnaire.conditions) {
    const score = scores.conditions[condition.id];
    if (!score || score.band === null || score.membership === null) continue;
    const band = score.band;
    groups.push({
      condition: condition.id,
      band,
      membership: score.membership,
      isBottleneck: condition.id === leading,
      recommendations: questionnaire.recommendations.filter(
        (item) => item.condition === condition.id && item.band === band,
      ),
    });
  }
  // Array.prototype.sort is stable, so ties keep questionnaire order
  return groups.sort(
    (a, b) => Number(b.isBottleneck) - Number(a.isBottleneck) || a.membership - b.membership,
  );
}

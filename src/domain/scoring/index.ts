export { scoreScan } from './score-scan';
export type { ScanResponse } from './score-scan';
export { conditionScoreSchema, pathScoreSchema, scanScoresSchema } from './scan-scores-schema';
export type { ConditionScore, ScanScores } from './scan-scores-schema';
export { conditionItems, isLikertValue, scoreAnswer } from './likert';
export { respondentConditionMean } from './respondent-mean';
export type { RespondentConditionMean } from './respondent-mean';
export {
  interquartileRange,
  mean,
  median,
  minValuesForSpread,
  quantile,
  quartiles,
} from './statistics';
export { discussionGap, findDiscussionPoints } from './discussion-points';
export { bandOf, calibrateMembership, scoreFromMean } from './calibrate';
export { fitThreshold, pathBottleneck, pathMembership, scorePath } from './path-score';
export type { Memberships, PathScore } from './path-score';
export { closestPath, missingNecessary, viabilityMembership } from './viability';
export { summariseTraits, traitCountsSchema, traitItemIds, traitsProfileSchema } from './traits';
export type { TraitCounts, TraitsProfile } from './traits';
export { selectRecommendations } from './recommendations';
export type { RecommendationGroup } from './recommendations';
export { displayScore } from './display';
export { aggregateConditionMeans } from './aggregate-conditions';
export type { ConditionAggregate, ConditionsAggregate } from './aggregate-conditions';
export { conditionTrends } from './trends';
export type { ConditionTrend, TrendPoint, TrendScan } from './trends';

import type { Answers, Questionnaire } from '../questionnaire/schema';
import { bandOf, calibrateMembership, scoreFromMean } from './calibrate';
import { findDiscussionPoints } from './discussion-points';
import { conditionItems } from './likert';
import { scorePath, type Memberships, type PathScore } from './path-score';
import { respondentConditionMean } from './respondent-mean';
import type { ConditionScore, ScanScores } from './scan-scores-schema';
import { centreAndSpread } from './statistics';
import { summariseTraits } from './traits';
import { closestPath, missingNecessary, viabilityMembership } from './viability';

export type ScanResponse = { respondentId: string; answers: Answers };

function scoreCondition({
  questionnaire,
  condition,
  answers,
}: {
  questionnaire: Questionnaire;
  condition: Questionnaire['conditions'][number];
  answers: readonly Answers[];
}): ConditionScore {
  const items = conditionItems({ questionnaire, condition: condition.id });
  const { minAnsweredShare } = questionnaire.scoring;
  const means: number[] = [];
  for (const set of answers) {
    const { mean } = respondentConditionMean({ items, answers: set, minAnsweredShare });
    if (mean !== null) means.push(mean);
  }
  const { median: mean, quartiles: spread, iqr } = centreAndSpread(means);
  return {
    mean,
    score: mean === null ? null : scoreFromMean(mean),
    membership:
      mean === null ? null : calibrateMembership({ mean, calibration: condition.calibration }),
    iqr,
    q1: spread?.q1 ?? null,
    q3: spread?.q3 ?? null,
    respondents: means.length,
    insufficient: mean === null,
    band: bandOf({ mean, calibration: condition.calibration }),
  };
}

/** Scores one scan (DESIGN.md rules 1–8): condition means and memberships, paths, viability, traits. */
export function scoreScan({
  questionnaire,
  responses,
}: {
  questionnaire: Questionnaire;
  responses: readonly ScanResponse[];
}): ScanScores {
  const answers = responses.map((response) => response.answers);
  const conditions: Record<string, ConditionScore> = {};
  const memberships: Record<string, number | null> = {};
  for (const condition of questionnaire.conditions) {
    const score = scoreCondition({ questionnaire, condition, answers });
    conditions[condition.id] = score;
    memberships[condition.id] = score.membership;
  }
  const frozen: Memberships = memberships;
  const paths: Record<string, PathScore> = {};
  for (const path of questionnaire.paths) paths[path.id] = scorePath({ path, memberships: frozen });
  const pathList = questionnaire.paths.map((path) => ({
    id: path.id,
    membership: paths[path.id]?.membership ?? null,
  }));
  return {
    conditions,
    paths,
    viability: viabilityMembership(pathList.map((path) => path.membership)),
    necessaryMissing: missingNecessary({ necessary: questionnaire.necessary, memberships: frozen }),
    discussionPoints: findDiscussionPoints({ questionnaire, answers }),
    closestPath: closestPath(pathList),
    traits: summariseTraits({ questionnaire, answers }),
  };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LikertItem } from '../questionnaire/schema';
import { calibrateMembership } from './calibrate';
import { scoreAnswer } from './likert';
import { respondentConditionMean } from './respondent-mean';
import { scoreScan } from './score-scan';
import { makeQuestionnaire } from '../../../tests/support/test-questionnaire';

const questionnaire = makeQuestionnaire();
const likertIds = questionnaire.items.filter((item) => item.type === 'likert5').map((i) => i.id);
const answer = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null));
const answers = fc.record(Object.fromEntries(likertIds.map((id) => [id, answer])));
const responses = fc
  .array(answers, { minLength: 1, maxLength: 8 })
  .map((sets) => sets.map((set, index) => ({ respondentId: `r${index}`, answers: set })));
const calibration = { exclusion: 2, crossover: 3.25, inclusion: 4.25 };

const likert = (id: string, reverse: boolean): LikertItem => ({
  id,
  condition: 'c',
  type: 'likert5',
  reverse,
  text: { nl: id, en: id },
  scope: 'respondent',
  required: false,
});

describe('scoring invariants', () => {
  it('keeps scores within 0–100 and memberships within 0–1', () => {
    fc.assert(
      fc.property(responses, (set) => {
        const scores = scoreScan({ questionnaire, responses: set });
        for (const condition of Object.values(scores.conditions)) {
          if (condition.score !== null) {
            expect(condition.score).toBeGreaterThanOrEqual(0);
            expect(condition.score).toBeLessThanOrEqual(100);
          }
          if (condition.membership !== null) {
            expect(condition.membership).toBeGreaterThanOrEqual(0);
            expect(condition.membership).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('raises membership with the mean', () => {
    const mean = fc.double({ min: 1, max: 5, noNaN: true });
    fc.assert(
      fc.property(mean, mean, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lower = calibrateMembership({ mean: low, calibration });
        const higher = calibrateMembership({ mean: high, calibration });
        expect(lower).toBeLessThanOrEqual(higher);
        if (high - low >= 0.01) expect(lower).toBeLessThan(higher);
      }),
    );
  });

  it('gives a reverse item answered a the same contribution as a normal item answered 6 − a', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (a, other) => {
        expect(scoreAnswer({ item: likert('r', true), answer: a })).toBe(
          scoreAnswer({ item: likert('n', false), answer: 6 - a }),
        );
        const withReverse = respondentConditionMean({
          items: [likert('x', false), likert('y', true)],
          answers: { x: other, y: a },
          minAnsweredShare: 0.6,
        });
        const mirrored = respondentConditionMean({
          items: [likert('x', false), likert('y', false)],
          answers: { x: other, y: 6 - a },
          minAnsweredShare: 0.6,
        });
        expect(withReverse.mean).toBe(mirrored.mean);
      }),
    );
  });

  it('keeps the median when a respondent identical to the median respondent joins (odd count)', () => {
    const full = fc.record(
      Object.fromEntries(likertIds.map((id) => [id, fc.integer({ min: 1, max: 5 })])),
    );
    const oddCount = fc.integer({ min: 0, max: 3 }).map((k) => 2 * k + 1);
    fc.assert(
      fc.property(
        oddCount.chain((n) => fc.array(full, { minLength: n, maxLength: n })),
        fc.constantFrom(...questionnaire.conditions.map((c) => c.id)),
        (sets, condition) => {
          const items = questionnaire.items.filter(
            (item): item is LikertItem => item.type === 'likert5' && item.condition === condition,
          );
          const set = sets.map((a, i) => ({ respondentId: `r${i}`, answers: a }));
          const before = scoreScan({ questionnaire, responses: set }).conditions[condition];
          const medianRespondent = set.find(
            (response) =>
              respondentConditionMean({ items, answers: response.answers, minAnsweredShare: 0.6 })
                .mean === before?.mean,
          );
          expect(medianRespondent).toBeDefined();
          if (!medianRespondent) return;
          const after = scoreScan({
            questionnaire,
            responses: [...set, { ...medianRespondent, respondentId: 'copy' }],
          }).conditions[condition];
          expect(after?.mean).toBe(before?.mean);
        },
      ),
    );
  });
});

import type { Answers, Item, Questionnaire } from '../questionnaire/schema';
import { pick, type RandomSource } from '../random';

export type ExampleScan = {
  collective: {
    name: string;
    sector: string;
    legalForm: string;
    memberBand: string;
    volunteerBand: string;
    staffBand: string;
    ownIncomeShare: string;
    foundingYear: number;
    municipality: string;
    province: string;
  };
  scanLabel: string;
  startedAt: string;
  closedAt: string;
  respondents: { name: string; answers: Answers }[];
};

/** How strong the made-up collective is on each condition, on the 1–5 scale; business is its weak spot. */
const exampleLevels: Record<string, number> = {
  leadership: 3.9,
  community: 3.5,
  business: 2.6,
  culture: 4.1,
  network: 3.7,
};

const respondentNames = ['Fatima', 'Henk', 'Joyce', 'Ahmet', 'Ineke', 'Ruben'];
const roles = ['board', 'coordinator', 'volunteer', 'volunteer', 'member', 'staff'];

function likertAnswer(random: RandomSource, level: number, isReverse: boolean): number | null {
  if (random() < 0.04) return null;
  const raw = Math.min(5, Math.max(1, Math.round(level + (random() - 0.5) * 2.2)));
  return isReverse ? 6 - raw : raw;
}

function answerItem(
  random: RandomSource,
  item: Item,
  respondentIndex: number,
): Answers[string] | undefined {
  if (item.type === 'likert5') {
    return likertAnswer(random, exampleLevels[item.condition ?? ''] ?? 3, item.reverse);
  }
  if (item.type === 'single-choice' && item.id === 'role')
    return roles[respondentIndex] ?? 'member';
  if (item.type === 'single-choice') {
    const weighted = item.options.map((o) => o.value);
    // the example collective mostly recognises itself in the traits
    return random() < 0.65 && weighted.includes('yes') ? 'yes' : pick(random, weighted);
  }
  return undefined;
}

/** A made-up energy co-operative with a closed scan of six respondents, the same on every device (seeded). */
export function buildExampleScan(input: {
  questionnaire: Questionnaire;
  random: RandomSource;
}): ExampleScan {
  const { questionnaire, random } = input;
  const respondentItems = questionnaire.items.filter((item) => item.scope === 'respondent');
  return {
    collective: {
      name: 'Voorbeeld: Energiecoöperatie De Zonnewijk',
      sector: 'energy',
      legalForm: 'cooperative',
      memberBand: 'from101to500',
      volunteerBand: 'from6to20',
      staffBand: 'under1',
      ownIncomeShare: 'from50to75',
      foundingYear: 2014,
      municipality: 'Rotterdam',
      province: 'zuidHolland',
    },
    scanLabel: 'Zelfscan voorjaar 2026',
    startedAt: '2026-03-02T09:00:00.000Z',
    closedAt: '2026-03-20T17:00:00.000Z',
    respondents: respondentNames.map((name, index) => {
      const answers: Answers = {};
      for (const item of respondentItems) {
        const value = answerItem(random, item, index);
        if (value !== undefined) answers[item.id] = value;
      }
      return { name, answers };
    }),
  };
}

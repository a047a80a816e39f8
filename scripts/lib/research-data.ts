// Seeded synthetic anonymised results for tests and benchmarks: realistic correlations between the
// conditions (one latent factor), varied profiles, and a few repeated scans per pseudonym.
import type { AnonymisedResultFile } from '../../src/domain/files/anonymised-result-file';
import { hashCanonical } from '../../src/domain/hash';
import type {
  Answers,
  Questionnaire,
  QuestionnaireRef,
} from '../../src/domain/questionnaire/schema';
import { createSeededRandom, pick, randomInt, type RandomSource } from '../../src/domain/random';
import { scoreScan } from '../../src/domain/scoring/score-scan';
import { traitItemIds } from '../../src/domain/scoring/traits';

const options = {
  sector: ['energy', 'housing', 'care', 'food', 'neighbourhood', 'other'],
  legalForm: ['cooperative', 'association', 'foundation', 'bv', 'informal'],
  memberBand: ['upto25', 'from26to100', 'from101to500', 'over500'],
  province: [
    'groningen',
    'friesland',
    'drenthe',
    'overijssel',
    'flevoland',
    'gelderland',
    'utrecht',
    'noordHolland',
    'zuidHolland',
    'zeeland',
    'noordBrabant',
    'limburg',
  ],
};

/** A standard normal draw (Box–Muller) from the seeded source. */
function normal(random: RandomSource): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const clampLikert = (value: number) => Math.min(5, Math.max(1, Math.round(value)));
const hex = (random: RandomSource, length: number) =>
  Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');

type Collective = {
  pseudonym: string;
  latent: number;
  profile: {
    sector: string;
    legalForm: string;
    memberBand: string;
    province: string;
    foundingDecade: number;
  };
  firstYear: number;
};

function newCollective(random: RandomSource): Collective {
  return {
    pseudonym: hex(random, 64),
    latent: normal(random),
    profile: {
      sector: pick(random, options.sector),
      legalForm: pick(random, options.legalForm),
      memberBand: pick(random, options.memberBand),
      province: pick(random, options.province),
      foundingDecade: randomInt(random, 197, 202) * 10,
    },
    firstYear: randomInt(random, 2020, 2024),
  };
}

function respondentAnswers(
  random: RandomSource,
  questionnaire: Questionnaire,
  conditionMeans: Record<string, number>,
): Answers {
  const answers: Answers = {};
  for (const item of questionnaire.items) {
    if (item.type !== 'likert5' || item.condition === undefined) continue;
    if (random() < 0.04) {
      answers[item.id] = null;
      continue;
    }
    const value = clampLikert((conditionMeans[item.condition] ?? 3) + normal(random) * 0.7);
    answers[item.id] = item.reverse ? 6 - value : value;
  }
  for (const id of traitItemIds(questionnaire))
    answers[id] = pick(random, ['yes', 'yes', 'partly', 'no']);
  return answers;
}

/**
 * N synthetic anonymised results on one questionnaire; the same seed gives the same results. About one
 * collective in four is scanned two or three times, in consecutive years, under one pseudonym.
 */
export async function* generateResearchData(input: {
  n: number;
  seed: number;
  questionnaire: Questionnaire;
  ref: QuestionnaireRef;
}): AsyncGenerator<AnonymisedResultFile> {
  const random = createSeededRandom(input.seed);
  const { questionnaire } = input;
  let made = 0;
  while (made < input.n) {
    const collective = newCollective(random);
    const scans = random() < 0.25 ? randomInt(random, 2, 3) : 1;
    for (let s = 0; s < scans && made < input.n; s += 1) {
      const growth = s * 0.15;
      const means = Object.fromEntries(
        questionnaire.conditions.map((c) => [
          c.id,
          3.1 + growth + 0.7 * (0.7 * collective.latent + 0.71 * normal(random)),
        ]),
      );
      const responses = Array.from({ length: randomInt(random, 3, 8) }, () => ({
        respondentId: `r-${hex(random, 16)}`,
        answers: respondentAnswers(random, questionnaire, means),
      }));
      const body = {
        format: 'ck-result-anonymised',
        formatVersion: 1,
        questionnaire: input.ref,
        collective: { pseudonym: collective.pseudonym, ...collective.profile },
        scan: { id: `scan-${hex(random, 16)}`, year: collective.firstYear + s },
        responses,
        scores: scoreScan({ questionnaire, responses }),
        anonymisation: { k: 5, mode: 'batch' },
        generator: { app: 'collectievekracht-selfscan/generate-research-data', version: '1' },
      } satisfies Omit<AnonymisedResultFile, 'digest'>;
      made += 1;
      yield { ...body, digest: await hashCanonical(body) };
    }
  }
}

/** All N results at once, for tests. */
export async function generateResearchFiles(input: Parameters<typeof generateResearchData>[0]) {
  const files: AnonymisedResultFile[] = [];
  for await (const file of generateResearchData(input)) files.push(file);
  return files;
}

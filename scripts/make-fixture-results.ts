// `npx tsx scripts/make-fixture-results.ts`: writes the made-up result files in tests/fixtures/results/,
// seeded so every run writes the same bytes. Each collective's profile is checked after scoring.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildResultFile } from '../src/domain/files';
import type { ResultCollective, ResultFile, ResultResponse } from '../src/domain/files';
import type { Answers, Questionnaire } from '../src/domain/questionnaire';
import { createSeededRandom, pick, randomInt } from '../src/domain/random';
import type { RandomSource } from '../src/domain/random';
import type { ScanScores } from '../src/domain/scoring';
import { loadQuestionnaireRegistry } from './lib/load-questionnaires';

const outDir = fileURLToPath(new URL('../tests/fixtures/results', import.meta.url));
const generator = { app: 'collectievekracht-selfscan', version: '0.1.0' };
const conditions = ['leadership', 'community', 'business', 'culture', 'network'] as const;
type Targets = Record<(typeof conditions)[number], number>;

type Spec = {
  slug: string;
  seed: number;
  collective: ResultCollective;
  scan: { label: string; startedAt: string; closedAt: string };
  respondents: number;
  /** the mean each condition's answers scatter around */
  targets: Targets;
  /** answers scatter up to this many points either way */
  spread: number;
  /** share of "don't know" answers, per condition where given */
  nullShare?: Partial<Targets>;
  /** what the fixture is for; the script stops when the scores do not show it */
  check: (scores: ScanScores) => boolean;
};

const fits = (scores: ScanScores, path: string) => scores.paths[path]?.fits === true;

const specs: Spec[] = [
  {
    slug: 'zonnedael-energy-both-paths',
    seed: 11,
    collective: profile(
      'Energiecoöperatie Zonnedael',
      'energy',
      'cooperative',
      'from101to500',
      2013,
      'Zwolle',
      'overijssel',
    ),
    scan: scanDates('Voorjaar 2025', '2025-03-03', '2025-03-21'),
    respondents: 5,
    targets: { leadership: 4.6, community: 4.5, business: 4.6, culture: 4.7, network: 4.6 },
    spread: 0.6,
    check: (s) => fits(s, 'A') && fits(s, 'B') && s.necessaryMissing.length === 0,
  },
  {
    slug: 'hoogland-care-culture-low',
    seed: 23,
    collective: profile(
      'Zorgcoöperatie Hoogland',
      'care',
      'cooperative',
      'from26to100',
      2017,
      'Amersfoort',
      'utrecht',
    ),
    scan: scanDates('Nulmeting', '2025-01-13', '2025-02-07'),
    respondents: 3,
    targets: { leadership: 4.6, community: 4.6, business: 4.5, culture: 2.2, network: 4.6 },
    spread: 0.6,
    check: (s) =>
      s.necessaryMissing.includes('culture') &&
      ['leadership', 'community', 'business', 'network'].every(
        (id) => (s.conditions[id]?.membership ?? 0) > 0.9,
      ),
  },
  {
    slug: 'schakel-neighbourhood-insufficient',
    seed: 37,
    collective: profile(
      'Buurtbedrijf De Schakel',
      'neighbourhood',
      'foundation',
      'upto25',
      2020,
      'Tilburg',
      'noordBrabant',
    ),
    scan: scanDates('Eerste scan', '2025-04-01', '2025-04-02'),
    respondents: 1,
    targets: { leadership: 3.6, community: 4.1, business: 2.9, culture: 3.8, network: 3.4 },
    spread: 0.8,
    nullShare: { network: 0.75 },
    check: (s) => s.conditions.network?.insufficient === true && s.paths.A?.membership === null,
  },
  {
    slug: 'oogst-food-path-a',
    seed: 41,
    collective: profile(
      'Voedselcollectief Oogst',
      'food',
      'association',
      'from101to500',
      2009,
      'Nijmegen',
      'gelderland',
    ),
    scan: scanDates('Najaar 2024', '2024-10-07', '2024-11-15'),
    respondents: 8,
    targets: { leadership: 4.4, community: 3.6, business: 2.4, culture: 4.4, network: 4.3 },
    spread: 1.6,
    nullShare: { business: 0.15, community: 0.1 },
    check: (s) => fits(s, 'A') && !fits(s, 'B') && s.discussionPoints.length > 0,
  },
  {
    slug: 'binnenhof-housing-path-b',
    seed: 53,
    collective: profile(
      'Wooncoöperatie De Binnenhof',
      'housing',
      'cooperative',
      'from26to100',
      2019,
      'Amsterdam',
      'noordHolland',
    ),
    scan: scanDates('Jaarscan 2025', '2025-05-12', '2025-06-02'),
    respondents: 4,
    targets: { leadership: 2.6, community: 4.4, business: 4.3, culture: 4.2, network: 4.2 },
    spread: 0.9,
    check: (s) => fits(s, 'B') && !fits(s, 'A'),
  },
  {
    slug: 'ons-belang-other-no-path',
    seed: 67,
    collective: profile(
      'Dorpshuis Ons Belang',
      'other',
      'informal',
      'upto25',
      1987,
      null,
      'friesland',
    ),
    scan: scanDates('Scan 2025', '2025-02-17', '2025-02-28'),
    respondents: 2,
    targets: { leadership: 3.0, community: 3.4, business: 2.6, culture: 3.5, network: 2.9 },
    spread: 0.9,
    check: (s) => !fits(s, 'A') && !fits(s, 'B') && s.viability !== null,
  },
  {
    slug: 'groene-stroom-energy-mixed',
    seed: 79,
    collective: profile(
      'Groene Stroom Westkapelle',
      'energy',
      'bv',
      'over500',
      2011,
      'Veere',
      'zeeland',
    ),
    scan: scanDates('Tussenmeting', '2025-06-09', '2025-06-27'),
    respondents: 6,
    targets: { leadership: 3.9, community: 2.8, business: 4.2, culture: 3.6, network: 3.1 },
    spread: 1.3,
    nullShare: { leadership: 0.1, network: 0.2 },
    check: (s) => Object.values(s.conditions).every((c) => !c.insufficient),
  },
];

function profile(
  name: string,
  sector: string,
  legalForm: string,
  memberBand: string,
  foundingYear: number,
  municipality: string | null,
  province: string,
): ResultCollective {
  return { name, sector, legalForm, memberBand, foundingYear, municipality, province };
}

function scanDates(label: string, start: string, end: string) {
  return { label, startedAt: `${start}T09:00:00.000Z`, closedAt: `${end}T17:00:00.000Z` };
}

function hexId(random: RandomSource): string {
  return Array.from({ length: 12 }, () => randomInt(random, 0, 15).toString(16)).join('');
}

function respondentAnswers(
  questionnaire: Questionnaire,
  spec: Spec,
  random: RandomSource,
): Answers {
  const answers: Answers = {};
  for (const item of questionnaire.items) {
    if (item.type === 'likert5' && item.condition) {
      const condition = item.condition;
      if (!isCondition(condition)) throw new Error(`unexpected condition ${condition}`);
      if (random() < (spec.nullShare?.[condition] ?? 0.03)) {
        answers[item.id] = null;
        continue;
      }
      const raw = spec.targets[condition] + (random() * 2 - 1) * spec.spread;
      const value = Math.min(5, Math.max(1, Math.round(raw)));
      answers[item.id] = item.reverse ? 6 - value : value;
    } else if (item.type === 'single-choice' && item.section === 'traits') {
      answers[item.id] = pick(random, ['yes', 'yes', 'partly', 'no', null]);
    }
  }
  return answers;
}

function isCondition(id: string): id is keyof Targets {
  return conditions.some((condition) => condition === id);
}

const roles = ['board', 'coordinator', 'staff', 'volunteer', 'member'];

async function buildFixture(
  spec: Spec,
  entry: { questionnaire: Questionnaire; ref: ResultFile['questionnaire'] },
) {
  const random = createSeededRandom(spec.seed);
  const responses: ResultResponse[] = Array.from({ length: spec.respondents }, (_, index) => ({
    respondentId: hexId(random),
    role: pick(random, roles),
    answers: respondentAnswers(entry.questionnaire, spec, random),
    ...(index === 0 ? { comments: 'Goed om hier samen over te praten.' } : {}),
  }));
  return buildResultFile({
    questionnaire: entry.questionnaire,
    ref: entry.ref,
    collective: spec.collective,
    scan: { id: `scan-${hexId(random)}`, ...spec.scan },
    responses,
    generator,
  });
}

async function main(): Promise<void> {
  const registry = await loadQuestionnaireRegistry();
  const entry = registry.find('ck-selfscan', '1.0.0');
  if (!entry) throw new Error('questionnaires/ck-selfscan/1.0.0.json is missing');
  await mkdir(outDir, { recursive: true });
  for (const spec of specs) {
    const file = await buildFixture(spec, entry);
    if (!spec.check(file.scores)) {
      throw new Error(
        `${spec.slug}: the scores do not show what this fixture is for; adjust its spec`,
      );
    }
    const path = join(outDir, `${spec.slug}.result.json`);
    await writeFile(path, `${JSON.stringify(file, null, 2)}\n`);
    console.log(`wrote ${path}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

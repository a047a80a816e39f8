// The quick reader must never accept what the schema refuses, nor return anything other than what
// the schema returns. It is held to that on generated results, on hand-made edge cases, and on
// thousands of seeded random mutations of them (a changed type, a value just out of range, a missing
// or extra key, a key that could pollute prototypes).
import { beforeAll, describe, expect, it } from 'vitest';
import { generateResearchFiles } from '../../../scripts/lib/research-data';
import { testRegistry } from '../../../tests/support/questionnaires';
import { createSeededRandom } from '../random';
import { anonymisedResultFileSchema, type AnonymisedResultFile } from './anonymised-result-file';
import { isPlainAnonymisedResult, quickReadAnonymisedResult } from './anonymised-result-quick';

let files: AnonymisedResultFile[] = [];

beforeAll(async () => {
  const entry = (await testRegistry()).entries[0];
  if (!entry) throw new Error('no questionnaire');
  files = await generateResearchFiles({ n: 60, seed: 7, ...entry });
});

/** The property: accepted quickly ⇒ accepted by the schema, unchanged. */
function expectAgreement(value: unknown): 'quick' | 'schema-only' | 'refused' {
  const quick = isPlainAnonymisedResult(value);
  const schema = anonymisedResultFileSchema.safeParse(value);
  if (quick) {
    expect(schema.success, JSON.stringify(value).slice(0, 300)).toBe(true);
    expect(schema.data).toEqual(value);
    return 'quick';
  }
  return schema.success ? 'schema-only' : 'refused';
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every path to a value inside a parsed file, as keys and indexes. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value)
    ? value.map((item, i) => [i, item] as const)
    : Object.entries(value as object);
  return [at, ...entries.flatMap(([key, item]) => pathsOf(item, [...at, key]))];
}

const replacements: unknown[] = [
  null,
  0,
  -1,
  0.5,
  1,
  5,
  5.5,
  10,
  101,
  1990,
  1e21,
  Infinity,
  -Infinity,
  NaN,
  '',
  ' ',
  'x',
  ' padded ',
  'x'.repeat(201),
  'suppressed',
  '1990-2009',
  '1990-20',
  'a'.repeat(64),
  'A'.repeat(64),
  'low',
  'batch',
  'yes',
  true,
  false,
  [],
  ['x'],
  [1],
  {},
  { x: 1 },
];

type Mutation = (file: unknown, path: (string | number)[], pick: () => unknown) => void;

function parentOf(root: unknown, path: (string | number)[]) {
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  return { parent, key: path[path.length - 1] as string | number };
}

const mutations: Record<string, Mutation> = {
  replace: (file, path, pick) => {
    const { parent, key } = parentOf(file, path);
    parent[key] = pick();
  },
  remove: (file, path) => {
    const { parent, key } = parentOf(file, path);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  },
  addKey: (file, path, pick) => {
    const { parent, key } = parentOf(file, path);
    const target = parent[key];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      Object.assign(target, { extra: pick() });
  },
  forbiddenKey: (file, path) => {
    const { parent, key } = parentOf(file, path);
    const target = parent[key];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      const name = ['__proto__', 'constructor', 'prototype'][path.length % 3] as string;
      // as JSON.parse makes it: an own key, not the prototype
      Object.assign(target, JSON.parse(`{"${name}": 1}`) as object);
    }
  },
};

describe('quick reading of anonymised results', () => {
  it('takes every generated result the quick way, equal to the schema', () => {
    for (const file of files) expect(expectAgreement(copy(file))).toBe('quick');
    const text = JSON.stringify(files[0]);
    expect(quickReadAnonymisedResult(text)).toEqual(anonymisedResultFileSchema.parse(files[0]));
  });

  it('leaves to the schema what it would change or might refuse', () => {
    const base = copy(files[0] as AnonymisedResultFile);
    const cases: [string, (file: AnonymisedResultFile) => void][] = [
      ['an id with spaces (the schema trims it)', (f) => (f.scan.id = ` ${f.scan.id} `)],
      ['an extra field in the scores', (f) => Object.assign(f.scores, { note: 1 })],
      [
        'an iqr of Infinity (JSON 1e400)',
        (f) => Object.assign(f.scores.conditions.culture ?? {}, { iqr: Infinity }),
      ],
      ['a year of 2020.5', (f) => (f.scan.year = 2020.5)],
      ['a decade of 1995', (f) => (f.collective.foundingDecade = 1995)],
      ['format version 2', (f) => Object.assign(f, { formatVersion: 2 })],
      ['k of 0', (f) => (f.anonymisation.k = 0)],
      ['an upper-case digest', (f) => (f.digest = f.digest.toUpperCase())],
    ];
    for (const [what, change] of cases) {
      const file = copy(base);
      change(file);
      expect(isPlainAnonymisedResult(file), what).toBe(false);
      expectAgreement(file);
    }
  });

  it('gives up on texts it cannot read beyond doubt', () => {
    expect(quickReadAnonymisedResult('')).toBeUndefined();
    expect(quickReadAnonymisedResult('{"format": ')).toBeUndefined();
    expect(quickReadAnonymisedResult(`\uFEFF${JSON.stringify(files[0])}`)).toBeUndefined();
    expect(quickReadAnonymisedResult(' '.repeat(2 * 1024 * 1024))).toBeUndefined();
    expect(quickReadAnonymisedResult('[1]')).toBeUndefined();
  });

  it('never accepts a mutation the schema refuses, and agrees on the ones it takes', () => {
    const random = createSeededRandom(20261124);
    const pick = () => replacements[Math.floor(random() * replacements.length)];
    const tally = { quick: 0, 'schema-only': 0, refused: 0 };
    const kinds = Object.keys(mutations);
    for (const source of files.slice(0, 20)) {
      const paths = pathsOf(source).filter((path) => path.length > 0);
      for (let i = 0; i < 250; i += 1) {
        const file = copy(source);
        const path = paths[Math.floor(random() * paths.length)] as (string | number)[];
        const kind = kinds[Math.floor(random() * kinds.length)] as string;
        mutations[kind]?.(file, path, pick);
        tally[expectAgreement(file)] += 1;
      }
    }
    // the mutations reach both sides: many are refused, many still valid and taken quickly
    expect(tally.refused).toBeGreaterThan(1000);
    expect(tally.quick).toBeGreaterThan(500);
  });
});

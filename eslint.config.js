import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The domain fence: src/domain may import zod, the canonical-JSON package and its own files,
 * nothing else (no React, Dexie, jsPDF, recharts, Node built-ins, nor other folders of src).
 */
const domainFence = [
  {
    regex: '^(?!zod(/|$)|canonicalize$|\\.{1,2}/)',
    message: 'src/domain is pure: it may import zod, canonicalize and other domain files only.',
  },
  {
    regex: '^(\\.\\./)+(storage|report|features|workers|ui|i18n|app)(/|$)',
    message: 'src/domain may not import other folders of src.',
  },
];

/**
 * No page loads classic zod (issue 24): schemas are written with zod/mini through
 * src/domain/zod-mini.ts, and one classic import would bring the whole classic API back.
 */
const classicZod = {
  regex: '^zod(/v[34])?$',
  message:
    "Use zod through src/domain/zod-mini.ts (zod/mini): one import of classic zod puts its whole API on the page's route.",
};

/**
 * The floors of src, from the ground up, and which floors each may import (besides itself):
 * domain → wording → storage, report, exports → workers, ui → features → app. src/domain keeps
 * its own stricter fence above; ui may use the worker protocol; a feature never imports another.
 */
const floorsBelow = {
  wording: ['domain'],
  storage: ['domain', 'wording'],
  report: ['domain', 'wording'],
  exports: ['domain', 'wording'],
  workers: ['domain', 'wording', 'storage', 'report', 'exports'],
  ui: ['domain', 'wording', 'storage', 'report', 'exports', 'workers', 'i18n'],
  i18n: ['domain', 'wording'],
  features: ['domain', 'wording', 'storage', 'report', 'exports', 'workers', 'ui', 'i18n'],
};
const features = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
}).flatMap((entry) => (entry.isDirectory() ? [entry.name] : []));
// the deepest folder below src that is fenced (src/features/research/aggregates is 3)
const deepest = 5;

const dexieOnlyInStorage = {
  regex: '^dexie(-react-hooks)?$',
  message:
    'Only src/storage touches Dexie: use a repository function or a use… hook from src/storage.',
};
const databaseOnlyInStorage = {
  regex: '(^|/)storage/db$',
  message:
    'Only src/storage opens the database: call a repository or a use… hook from src/storage.',
};

/** `../` written `levels` times, as a regex: the climb from a file to a folder `levels` up. */
function climb(levels) {
  return `^(\\.\\./){${levels}}(?!\\.\\./)`;
}

/**
 * The fence of one floor for files `levels` folders below src (1 = directly in src/<floor>), whose
 * own folder is `self`. A unit test beside the code may also render the whole app (`withApp`).
 */
function floorFence(floor, levels, withApp, self = floor) {
  const allowed = [self, ...floorsBelow[floor], ...(withApp ? ['app'] : [])].join('|');
  return {
    regex: `${climb(levels)}(?!(${allowed})(/|$))`,
    message: `src/${floor} may import only ${floorsBelow[floor].join(', ')} (and itself).`,
  };
}

/** The fence between features for a file of feature `own`, `levels` folders below src. */
function featureFence(own, levels) {
  return {
    regex: `${climb(levels - 1)}(?!${own}(/|$))`,
    message: `A feature never imports another feature: move what ${own} shares down to src/ui, src/domain or a hook in src/storage.`,
  };
}

/** `src/<folder>/` and `extra` levels of subfolders, as a glob for its code files. */
function filesAt(folder, extra) {
  return `src/${folder}/${'*/'.repeat(extra)}*.{ts,tsx}`;
}

/**
 * A no-restricted-imports pair for `files`: the code, and its unit tests. Tests are held to the
 * same floors, but may open the database to set up and inspect rows (and a feature's tests may
 * render the whole app).
 */
function restrict(files, patternsFor) {
  const tests = files.map((glob) => glob.replace('*.{ts,tsx}', '*.test.{ts,tsx}'));
  const rule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
  return [
    { files, ignores: tests, rules: rule(patternsFor(false)) },
    { files: tests, rules: rule(patternsFor(true)) },
  ];
}

/** One block per floor and folder depth, so each relative climb is judged from where it starts. */
function floorBlocks() {
  const blocks = [];
  const database = (isTest) => (isTest ? [] : [databaseOnlyInStorage]);
  for (const floor of Object.keys(floorsBelow).filter((f) => f !== 'features')) {
    const storage = floor === 'storage';
    for (let levels = 1; levels <= deepest; levels += 1) {
      blocks.push(
        restrict([filesAt(floor, levels - 1)], (isTest) => [
          floorFence(floor, levels, false),
          classicZod,
          ...(storage ? [] : [dexieOnlyInStorage, ...database(isTest)]),
        ]),
      );
    }
  }
  for (const own of features) {
    for (let levels = 2; levels <= deepest; levels += 1) {
      blocks.push(
        restrict([filesAt(`features/${own}`, levels - 2)], (isTest) => [
          floorFence('features', levels, isTest, `features/${own}`),
          featureFence(own, levels),
          classicZod,
          dexieOnlyInStorage,
          ...database(isTest),
        ]),
      );
    }
  }
  for (let levels = 1; levels <= deepest; levels += 1) {
    blocks.push(
      restrict([filesAt('app', levels - 1)], (isTest) => [
        classicZod,
        dexieOnlyInStorage,
        ...database(isTest),
      ]),
    );
  }
  return blocks.flat();
}

/** Command-line scripts reuse the floors of src, never a feature or the app's wiring. */
const scriptsFence = [
  {
    regex: '^(\\.\\./)+src/(features|app)(/|$)',
    message: 'scripts/ may not import src/features or src/app: move what they share down a floor.',
  },
  dexieOnlyInStorage,
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'artifacts',
      'coverage',
      'public/schemas',
      'tests/fixtures/lint',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...domainFence, classicZod],
        },
      ],
    },
  },
  ...floorBlocks(),
  {
    files: ['scripts/**/*.{ts,tsx,mjs,js}'],
    rules: { 'no-restricted-imports': ['error', { patterns: scriptsFence }] },
  },
);

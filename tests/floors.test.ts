// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** The import fences eslint reports for `code` as if it were the file at `path` (nothing is written). */
async function fencesAt(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
}

/** A fixture of tests/fixtures/lint (a folder eslint ignores), judged as if it were at `path`. */
function fixture(name: string) {
  return readFileSync(join(root, 'tests', 'fixtures', 'lint', name), 'utf8');
}

const use = (specifier: string) => `import { x } from '${specifier}';\n\nexport const y = x;\n`;

describe('the domain fence', () => {
  it('refuses React in src/domain', async () => {
    const errors = await fencesAt('src/domain/probe.ts', fixture('imports-react.ts'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.severity).toBe(2);
    expect(errors[0]?.message).toMatch(/src\/domain is pure/);
  });

  it('refuses another folder of src in src/domain', async () => {
    const errors = await fencesAt('src/domain/probe.ts', fixture('imports-storage.ts'));
    expect(errors.map((e) => e.message).join()).toMatch(/may not import other folders of src/);
  });

  it('allows zod/mini in src/domain', async () => {
    expect(await fencesAt('src/domain/probe.ts', use('zod/mini'))).toEqual([]);
  });

  it.each(['src/domain/probe.ts', 'src/storage/probe.ts', 'src/features/scan/probe.tsx'])(
    'refuses classic zod in %s, which would put its whole API on the route',
    async (path) => {
      const errors = await fencesAt(path, fixture('imports-zod.ts'));
      expect(errors.map((e) => e.message).join()).toMatch(/src\/domain\/zod-mini\.ts/);
    },
  );
});

describe('the floors above the domain', () => {
  it.each([
    ['src/wording/probe.ts', '../report/model/build', /src\/wording may import only domain/],
    ['src/storage/probe.ts', '../ui/PageTitle', /src\/storage may import only domain, wording/],
    ['src/storage/hooks/probe.ts', '../../report/pdf/draw', /src\/storage may import only/],
    ['src/report/pdf/probe.ts', '../../storage/scans-repository', /src\/report may import only/],
    ['src/exports/research/probe.ts', '../../features/research/x', /src\/exports may import only/],
    ['src/workers/probe.ts', '../app/bundled-questionnaires', /src\/workers may import only/],
    ['src/workers/probe.ts', '../ui/useWorkerJob', /src\/workers may import only/],
    ['src/workers/probe.ts', '../i18n/index', /src\/workers may import only/],
    ['src/ui/probe.tsx', '../features/scan/ScanPage', /src\/ui may import only/],
    ['src/ui/codes/probe.tsx', '../../app/App', /src\/ui may import only/],
    ['src/features/scan/probe.tsx', '../phones/ScanCodesPage', /never imports another feature/],
    ['src/features/scan/probe.tsx', '../../features/phones/x', /src\/features may import only/],
    ['src/features/research/aggregates/probe.ts', '../../results/x', /another feature/],
    ['src/features/scan/probe.test.tsx', '../phones/ScanCodesPage', /another feature/],
    ['src/features/scan/probe.tsx', '../../app/App', /src\/features may import only/],
    ['src/storage/probe.test.ts', '../app/App', /src\/storage may import only/],
    ['scripts/probe.ts', '../src/features/funder/reason-text', /scripts\/ may not import/],
    ['scripts/lib/probe.ts', '../../src/app/App', /scripts\/ may not import/],
  ])('%s may not import %s', async (path, specifier, message) => {
    const errors = await fencesAt(path, use(specifier));
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(message)]);
    expect(errors[0]?.severity).toBe(2);
  });

  it.each([
    ['src/wording/probe.ts', '../domain/files/file-error'],
    ['src/storage/probe.ts', '../wording/file-errors'],
    ['src/report/model/probe.ts', '../../wording/reasons'],
    ['src/workers/probe.ts', '../storage/bundled-questionnaires'],
    ['src/ui/probe.tsx', '../storage/hooks/useScanBundle'],
    ['src/ui/probe.tsx', '../workers/job-protocol'],
    ['src/features/scan/probe.tsx', '../../ui/codes/QrCode'],
    ['src/features/scan/probe.tsx', './useAnswerSaver'],
    ['src/features/scan/probe.tsx', '../../workers/job-protocol'],
    ['src/features/research/aggregates/probe.ts', '../exports/x'],
    ['src/features/research/aggregates/probe.ts', '../../../storage/device/scans'],
    ['src/features/results/probe.test.tsx', '../../app/App'],
    ['src/app/probe.ts', '../features/scan/ScanPage'],
    ['scripts/lib/probe.ts', '../../src/domain/questionnaire'],
  ])('%s may import %s', async (path, specifier) => {
    expect(await fencesAt(path, use(specifier))).toEqual([]);
  });
});

describe('only src/storage touches the database', () => {
  it.each([
    ['src/features/scan/probe.tsx', 'dexie-react-hooks'],
    ['src/ui/probe.ts', 'dexie'],
    ['src/features/scan/probe.test.tsx', 'dexie'],
    ['scripts/probe.ts', 'dexie'],
  ])('%s may not import %s', async (path, specifier) => {
    const errors = await fencesAt(path, use(specifier));
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/Only src\/storage/)]);
  });

  it.each([
    'src/features/scan/probe.tsx',
    'src/features/research/aggregates/probe.ts',
    'src/ui/probe.tsx',
    'src/app/probe.ts',
    'src/workers/probe.ts',
  ])('%s may not open the database', async (path) => {
    const depth = path.split('/').length - 2;
    const errors = await fencesAt(path, use(`${'../'.repeat(depth)}storage/db`));
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/Only src\/storage opens the database/),
    ]);
  });

  it.each([
    ['src/storage/hooks/probe.ts', 'dexie-react-hooks'],
    ['src/storage/hooks/probe.ts', '../db'],
    ['src/storage/probe.ts', 'dexie'],
    // unit tests set up and inspect rows in the database their component reads
    ['src/features/settings/probe.test.tsx', '../../storage/db'],
  ])('%s may import %s', async (path, specifier) => {
    expect(await fencesAt(path, use(specifier))).toEqual([]);
  });
});

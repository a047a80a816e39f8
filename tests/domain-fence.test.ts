// @vitest-environment node
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..');
const probeDir = join(root, 'src', 'domain', '__fence_probe__');

/** Copies a fixture into src/domain for a moment so the real eslint config judges it. */
async function lintAsDomainFile(fixture: string) {
  const target = join(probeDir, fixture);
  copyFileSync(join(root, 'tests', 'fixtures', 'lint', fixture), target);
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintFiles([target]);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('the domain fence', () => {
  beforeAll(() => mkdirSync(probeDir, { recursive: true }));
  afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

  it('refuses React in src/domain', async () => {
    const errors = await lintAsDomainFile('imports-react.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.severity).toBe(2);
    expect(errors[0]?.message).toMatch(/src\/domain is pure/);
  });

  it('refuses another folder of src in src/domain', async () => {
    const errors = await lintAsDomainFile('imports-storage.ts');
    expect(errors.map((e) => e.message).join()).toMatch(/may not import other folders of src/);
  });

  it('allows zod in src/domain', async () => {
    expect(await lintAsDomainFile('imports-zod.ts')).toEqual([]);
  });
});

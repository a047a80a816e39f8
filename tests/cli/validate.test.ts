// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot as root, selfscan } from '../support/processes';

const good = 'tests/fixtures/questionnaires/mini-1.0.0.json';
const miniV1Sha = 'c1fa16a5bf63d5c2b96f9e6fb1adf8f641cf7692e3781f9ef6d5178a4a36670b';
const scratch = mkdtempSync(join(tmpdir(), 'ck-validate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function validate(...args: string[]) {
  const result = selfscan(['validate', ...args]);
  const stderr = result.stderr.split('\n').filter((line) => line !== '');
  return { status: result.code, stdout: result.stdout, stderr };
}

/** A copy of a file with one text replaced, in a temporary folder. */
function brokenCopy(source: string, name: string, from: string, to: string): string {
  const text = readFileSync(join(root, source), 'utf8');
  expect(text).toContain(from);
  const path = join(scratch, name);
  writeFileSync(path, text.replace(from, to));
  return path;
}

describe('selfscan validate', { timeout: 60_000 }, () => {
  it('prints id, version and hash of a valid file and exits 0', () => {
    const { status, stdout, stderr } = validate(good);
    expect(stdout).toBe(`ok  mini@1.0.0  sha256 ${miniV1Sha}  not published  ${good}\n`);
    expect(stderr).toEqual([]);
    expect(status).toBe(0);
  });

  it('says when a file is the published one', () => {
    const { status, stdout } = validate('questionnaires/ck-selfscan/1.0.0.json');
    expect(stdout).toMatch(
      /^ok {2}ck-selfscan@1\.0\.0 {2}sha256 [0-9a-f]{64} {2}published {2}questionnaires\/ck-selfscan\/1\.0\.0\.json\n$/,
    );
    expect(status).toBe(0);
  });

  it('prints each error with file and path on stderr and exits 1', () => {
    const broken = brokenCopy(
      good,
      'broken.json',
      '"condition": "business"',
      '"condition": "busines"',
    );
    const { status, stdout, stderr } = validate(good, broken);
    expect(stdout).toBe(`ok  mini@1.0.0  sha256 ${miniV1Sha}  not published  ${good}\n`);
    expect(stderr).toEqual([`${broken}: items[10].condition: unknown condition "busines"`]);
    expect(status).toBe(1);
  });

  it('reports a file that cannot be read on its own line', () => {
    const missing = join(scratch, 'missing.json');
    const { status, stderr } = validate(missing);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toBe(`${missing}: no such file`);
    expect(status).toBe(1);
  });

  it('flags a copy of a published version whose content differs, and exits 1', () => {
    const tampered = brokenCopy(
      'questionnaires/ck-selfscan/1.0.0.json',
      'tampered.json',
      '"minAnsweredShare": 0.6',
      '"minAnsweredShare": 0.5',
    );
    const { status, stdout, stderr } = validate(tampered);
    expect(stdout).toMatch(
      /^not ok {2}ck-selfscan@1\.0\.0 {2}sha256 [0-9a-f]{64} {2}DIFFERS from published {2}/,
    );
    expect(stderr).toEqual([
      `${tampered}: this file claims ck-selfscan@1.0.0 but its content differs from the published one: publish the change as a new version`,
    ]);
    expect(status).toBe(1);
    const json = validate('--json', tampered);
    expect(JSON.parse(json.stdout)).toMatchObject([
      {
        file: tampered,
        ok: false,
        published: 'differs',
        errors: [{ code: 'differs-from-published' }],
      },
    ]);
    expect(json.status).toBe(1);
  });

  it('prints machine-readable reports with --json', () => {
    const broken = brokenCopy(
      good,
      'broken-json.json',
      '"necessary": ["culture"]',
      '"necessary": ["cultuur"]',
    );
    const { status, stdout, stderr } = validate('--json', good, broken);
    expect(JSON.parse(stdout)).toEqual([
      {
        file: good,
        ok: true,
        ref: { id: 'mini', version: '1.0.0', sha256: miniV1Sha },
        published: 'not-published',
      },
      {
        file: broken,
        ok: false,
        errors: [
          {
            path: 'necessary[0]',
            code: 'unknown-condition',
            message: 'unknown condition "cultuur"',
          },
        ],
      },
    ]);
    expect(stderr).toEqual([]);
    expect(status).toBe(1);
  });

  it('prints usage and exits 2 without files', () => {
    const { status, stderr } = validate();
    expect(stderr).toEqual([
      'Usage: npm run selfscan -- validate <questionnaire.json…> [--json] [--questionnaires <dir>]',
    ]);
    expect(status).toBe(2);
  });
});

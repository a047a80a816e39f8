// @vitest-environment node
// `selfscan screen` on the hostile PDFs, the hostile result files and two intact reports: it ends
// within 60 s with JSON for every file, below 1 GB of memory (measured by /usr/bin/time -v).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileJson, hostilePdfs, writeHostileBatch } from '../support/hostile-files';
import { repoRoot } from '../support/processes';

let files: string[];
let intact: string[];

beforeAll(async () => {
  const written = await writeHostileBatch();
  intact = written.intact.map((name) => join(written.batch, name));
  files = [
    ...readdirSync(written.batch).map((name) => join(written.batch, name)),
    ...hostileJson.map((c) => join(written.all, c.name)),
  ];
}, 120_000);

describe('selfscan screen on hostile files', () => {
  it('prints JSON for every file within 60 s and below 1 GB', () => {
    const started = Date.now();
    const run = spawnSync(
      '/usr/bin/time',
      [
        '-v',
        join(repoRoot, 'node_modules/.bin/tsx'),
        'scripts/selfscan.ts',
        'screen',
        ...files,
        '--json',
      ],
      { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const seconds = (Date.now() - started) / 1000;
    expect(run.status, run.stderr).toBe(0);
    expect(seconds).toBeLessThan(60);
    const maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]);
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb).toBeLessThan(1024 * 1024);
    const screened = JSON.parse(run.stdout) as {
      file: string;
      status: string;
      details: unknown[];
    }[];
    expect(screened.map((entry) => entry.file).sort()).toEqual([...files].sort());
    const byName = (name: string) => screened.find((entry) => entry.file.endsWith(`/${name}`));
    for (const hostile of hostilePdfs) {
      expect(byName(hostile.name), hostile.name).toMatchObject({
        status: 'unreadable',
        details: [hostile.reason],
      });
    }
    for (const hostile of hostileJson) {
      expect(byName(hostile.name)).toMatchObject({ status: 'unreadable' });
    }
    for (const path of intact) {
      expect(screened.find((entry) => entry.file === path)?.status).toBe('intact');
    }
  }, 120_000);
});

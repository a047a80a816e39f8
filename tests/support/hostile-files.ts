// The hostile files of issue 27 in a temporary folder, made once per test run, beside two intact
// report PDFs of distinct applicants: the batch the funder e2e and the command-line test screen.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHostileFiles } from '../../scripts/make-hostile-fixtures';
import { fixtureResult } from './fixture-results';
import { reportPdf, resigned } from './screening-fixtures';

export { hostileJson, hostilePdfs, type HostileCase } from '../fixtures/bad/hostile';

/** Where the hostile files are written. */
export const hostileDir = join(tmpdir(), 'ck-hostile-files');

/** Writes the hostile files (`all/`) and a batch of the hostile PDFs with two intact reports (`batch/`). */
export async function writeHostileBatch(): Promise<{
  all: string;
  batch: string;
  intact: string[];
}> {
  const all = join(hostileDir, 'all');
  const batch = join(hostileDir, 'batch');
  const paths = writeHostileFiles(all);
  mkdirSync(batch, { recursive: true });
  for (const [name, path] of Object.entries(paths)) {
    if (name.endsWith('.pdf')) writeFileSync(join(batch, name), readFileSync(path));
  }
  const intact = ['aanvraag-oogst.pdf', 'aanvraag-zonnedael.pdf'];
  const names = ['oogst-food-path-a.result.json', 'zonnedael-energy-both-paths.result.json'];
  for (const [index, fixture] of names.entries()) {
    const result = await resigned(fixtureResult(fixture));
    writeFileSync(join(batch, intact[index] as string), await reportPdf({ result }));
  }
  return { all, batch, intact };
}

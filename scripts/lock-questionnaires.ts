// `npx tsx scripts/lock-questionnaires.ts`: adds every new questionnaire version to
// questionnaires/published.lock.json. A published version never changes, so an existing entry is never edited.
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { planLockUpdate } from '../src/domain/questionnaire/published-lock';
import {
  loadQuestionnaireRegistry,
  publishedLockPath,
  readPublishedLock,
} from './lib/load-questionnaires';

async function main(): Promise<number> {
  const registry = await loadQuestionnaireRegistry();
  const lock = await readPublishedLock();
  const plan = planLockUpdate({ lock, refs: registry.entries.map((entry) => entry.ref) });
  const lockName = relative(process.cwd(), publishedLockPath) || publishedLockPath;
  if (plan.changed.length > 0) {
    for (const { key, locked, actual } of plan.changed) {
      console.error(
        `${key} is published with sha256 ${locked}, but its file now hashes to ${actual}.\n` +
          `  A published version never changes: restore the file and publish the change as a new version.`,
      );
    }
    console.error(`${lockName} was not changed.`);
    return 1;
  }
  for (const key of plan.missing) {
    console.error(`${key} is in ${lockName} but its file is missing: restore it.`);
  }
  if (plan.added.length > 0) {
    await writeFile(publishedLockPath, `${JSON.stringify(plan.lock, null, 2)}\n`);
    for (const key of plan.added) console.log(`added ${key}  sha256 ${plan.lock[key]}`);
  } else {
    console.log(`${lockName} is up to date.`);
  }
  return plan.missing.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);

// `npx tsx scripts/lock-questionnaires.ts [--questionnaires <dir>]`: adds every new questionnaire
// version to <dir>/published.lock.json (questionnaires/ by default). A published version never changes,
// so an existing entry is never edited; a version that `selfscan validate` refuses is never locked.
import { writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { questionnaireKey } from '../src/domain/questionnaire';
import { checkMigrationSource } from '../src/domain/questionnaire/check-migration-source';
import { planLockUpdate } from '../src/domain/questionnaire/published-lock';
import { questionnaireErrorLine } from '../src/wording/questionnaire-error-text';
import {
  loadQuestionnaireRegistry,
  lockPathIn,
  questionnairesDir,
  readPublishedLock,
} from './lib/load-questionnaires';

function folderFromArgs(): string {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: { questionnaires: { type: 'string' } },
  });
  return values.questionnaires === undefined ? questionnairesDir : resolve(values.questionnaires);
}

async function main(): Promise<number> {
  const dir = folderFromArgs();
  const registry = await loadQuestionnaireRegistry(dir);
  const lockPath = lockPathIn(dir);
  const lock = await readPublishedLock(lockPath);
  const lockName = relative(process.cwd(), lockPath) || lockPath;
  const questionnaires = registry.entries.map((entry) => entry.questionnaire);
  const refused = registry.entries.flatMap(({ questionnaire }) =>
    checkMigrationSource({ questionnaire, published: questionnaires }).map(
      (error) => `${questionnaireKey(questionnaire)}: ${questionnaireErrorLine(error)}`,
    ),
  );
  if (refused.length > 0) {
    for (const line of refused) console.error(line);
    console.error(`${lockName} was not changed: mend the migration first (selfscan validate).`);
    return 1;
  }
  const plan = planLockUpdate({ lock, refs: registry.entries.map((entry) => entry.ref) });
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
    await writeFile(lockPath, `${JSON.stringify(plan.lock, null, 2)}\n`);
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

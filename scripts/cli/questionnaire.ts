// `npm run selfscan -- questionnaire diff <old.json> <new.json> [--json]`: what changed between two
// questionnaire versions (added, removed, renamed via migratesFrom, reworded items; scoring) and which
// version bump that calls for. Exit 1 when the new number is too low or `migratesFrom` is missing.
import { parseArgs } from 'node:util';
import {
  diffQuestionnaireVersions,
  isBumpEnough,
} from '../../src/domain/questionnaire/diff-versions';
import type { Questionnaire } from '../../src/domain/questionnaire';
import { questionnaireErrorLine } from '../../src/wording/questionnaire-error-text';
import {
  missingMigrationText,
  versionChangeLine,
  versionVerdictText,
} from '../../src/wording/version-change-text';
import { readQuestionnaireFile } from '../lib/load-questionnaires';
import { englishTranslate as t } from '../../src/wording/english';
import { cliArgumentText } from '../../src/wording/cli-argument-text';

const usage = 'Usage: npm run selfscan -- questionnaire diff <old.json> <new.json> [--json]';

async function readValid(file: string): Promise<Questionnaire | undefined> {
  const { result } = await readQuestionnaireFile(file);
  if (result.ok) return result.questionnaire;
  for (const error of result.errors) console.error(`${file}: ${questionnaireErrorLine(error)}`);
  return undefined;
}

async function diff(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' } },
  });
  if (positionals.length !== 2) {
    console.error(usage);
    return 2;
  }
  const [oldFile, newFile] = positionals as [string, string];
  const [from, to] = [await readValid(oldFile), await readValid(newFile)];
  if (!from || !to) return 1;
  if (from.id !== to.id) {
    const problem = { code: 'different-questionnaires', from: from.id, to: to.id } as const;
    console.error(`questionnaire diff: ${cliArgumentText(problem)}`);
    return 1;
  }
  const result = diffQuestionnaireVersions({ from, to });
  const ok = isBumpEnough(result) && result.hasMigration;
  if (values.json) {
    console.log(JSON.stringify({ ...result, ok }, null, 2));
    return ok ? 0 : 1;
  }
  console.log(`${from.id} ${from.version} → ${to.version}`);
  for (const change of result.changes) console.log(`  ${versionChangeLine(change, t)}`);
  const verdict = versionVerdictText(result, t);
  if (isBumpEnough(result)) console.log(verdict);
  else console.error(verdict);
  if (!result.hasMigration) console.error(missingMigrationText(result, t));
  return ok ? 0 : 1;
}

/** `questionnaire diff <old> <new>`: the one sub-command so far. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'diff') {
    try {
      return await diff(rest);
    } catch (error) {
      console.error(
        `questionnaire diff: ${error instanceof Error ? error.message : String(error)}`,
      );
      console.error(usage);
      return 2;
    }
  }
  console.error(usage);
  return 2;
}

// Options of `selfscan screen`.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readJsonText } from '../../src/domain/safe-json';
import { formatPath } from '../../src/domain/questionnaire';
import { screeningCriteriaSchema, type ScreeningCriteria } from '../../src/domain/screening';
import type { CliArgumentProblem } from '../../src/wording/cli-argument-text';
import { questionnairesDir } from './load-questionnaires';

export type ScreenArgs = {
  inputs: string[];
  criteria: ScreeningCriteria | undefined;
  csv: string | undefined;
  semicolon: boolean;
  json: boolean;
  questionnaires: string;
};

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: CliArgumentProblem };

/** Reads and checks a criteria file; the problem says what is wrong with it. */
export async function readCriteriaFile(path: string): Promise<Parsed<ScreeningCriteria>> {
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, problem: { code: 'criteria-unreadable', path } };
  }
  const read = readJsonText(text);
  if (!read.ok) return { ok: false, problem: { code: 'criteria-not-json', path } };
  const parsed = screeningCriteriaSchema.safeParse(read.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((issue) => ({
    at: formatPath(issue.path),
    message: issue.message,
  }));
  return { ok: false, problem: { code: 'criteria-invalid', path, problems } };
}

/** Parses `screen`'s arguments and reads the criteria file if one is given. */
export async function parseScreenArgs(args: string[]): Promise<Parsed<ScreenArgs>> {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        criteria: { type: 'string' },
        csv: { type: 'string' },
        semicolon: { type: 'boolean' },
        json: { type: 'boolean' },
        questionnaires: { type: 'string' },
      },
    }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { code: 'bad-option', detail } };
  }
  if (positionals.length === 0) return { ok: false, problem: { code: 'no-inputs' } };
  const str = (value: string | boolean | undefined) =>
    typeof value === 'string' ? value : undefined;
  let criteria: ScreeningCriteria | undefined;
  const criteriaPath = str(values.criteria);
  if (criteriaPath !== undefined) {
    const read = await readCriteriaFile(criteriaPath);
    if (!read.ok) return read;
    criteria = read.value;
  }
  const questionnaires = str(values.questionnaires);
  return {
    ok: true,
    value: {
      inputs: positionals,
      criteria,
      csv: str(values.csv),
      semicolon: values.semicolon === true,
      json: values.json === true,
      questionnaires: questionnaires === undefined ? questionnairesDir : resolve(questionnaires),
    },
  };
}

// Turning result and response files into scored units: each result on its own, responses grouped by scan.
import { questionnaireKey, type QuestionnaireRegistry } from '../../src/domain/questionnaire';
import { peekFormat, readResponseFile, readResultFile } from '../../src/domain/files';
import type { ResponseFile } from '../../src/domain/files';
import { planResponseImport } from '../../src/domain/collective/plan-response-import';
import {
  describeFileError,
  describeRefusal,
  describeResolveFailure,
} from '../../src/wording/describe-file-problem';
import { scoreScan } from '../../src/domain/scoring';
import type { ScanScores } from '../../src/domain/scoring';
import { readTextFile } from './read-file';
import { cliArgumentText } from '../../src/wording/cli-argument-text';

export type ScoredUnit =
  | { kind: 'result'; file: string; questionnaire: string; respondents: number; scores: ScanScores }
  | {
      kind: 'responses';
      files: string[];
      scanId: string;
      questionnaire: string;
      respondents: number;
      scores: ScanScores;
    };

export type InputError = { file: string; message: string };

type ResponseInput = { file: string; text: string; response: ResponseFile };

/**
 * Scores one scan's response files together, after the checks the app makes when it reads response
 * files into a scan (planResponseImport): one questionnaire, answers that fit it, no respondent twice.
 */
function scoreGroup(
  scanId: string,
  inputs: ResponseInput[],
  registry: QuestionnaireRegistry,
): ScoredUnit | InputError[] {
  const [first] = inputs;
  if (!first) return [];
  const resolved = registry.resolve(first.response.questionnaire);
  if (!resolved.ok) return [{ file: first.file, message: describeResolveFailure(resolved) }];
  const plan = planResponseImport({
    scan: { id: scanId, questionnaire: first.response.questionnaire },
    questionnaire: resolved.entry.questionnaire,
    existingResponseIds: [],
    files: inputs.map(({ file, text }) => ({ name: file, text })),
  });
  if (plan.refusals.length > 0) {
    return plan.refusals.map((refusal) => ({
      file: refusal.fileName,
      message: describeRefusal(refusal),
    }));
  }
  const responses = plan.accepted.map(({ file }) => file);
  return {
    kind: 'responses',
    files: inputs.map((input) => input.file),
    scanId,
    questionnaire: questionnaireKey(resolved.entry.ref),
    respondents: responses.length,
    scores: scoreScan({ questionnaire: resolved.entry.questionnaire, responses }),
  };
}

/** Reads and scores the inputs; every file that cannot be scored gives an error naming it. */
export async function scoreInputs({
  files,
  registry,
}: {
  files: readonly string[];
  registry: QuestionnaireRegistry;
}): Promise<{ units: ScoredUnit[]; errors: InputError[] }> {
  const units: ScoredUnit[] = [];
  const errors: InputError[] = [];
  const groups = new Map<string, ResponseInput[]>();
  for (const file of files) {
    const read = await readTextFile(file);
    if (!read.ok) {
      errors.push({ file, message: describeFileError(read.error) });
      continue;
    }
    const format = peekFormat(read.text);
    if (format === 'ck-response') {
      const parsed = readResponseFile(read.text);
      if (!parsed.ok) errors.push({ file, message: describeFileError(parsed.error) });
      else
        groups.set(parsed.file.scanId, [
          ...(groups.get(parsed.file.scanId) ?? []),
          { file, text: read.text, response: parsed.file },
        ]);
      continue;
    }
    if (format !== undefined && format !== 'ck-result') {
      errors.push({
        file,
        message: cliArgumentText({ code: 'wrong-format-for-score', format }),
      });
      continue;
    }
    const parsed = readResultFile(read.text);
    if (!parsed.ok) {
      errors.push({ file, message: describeFileError(parsed.error) });
      continue;
    }
    const resolved = registry.resolve(parsed.file.questionnaire);
    if (!resolved.ok) {
      errors.push({ file, message: describeResolveFailure(resolved) });
      continue;
    }
    units.push({
      kind: 'result',
      file,
      questionnaire: questionnaireKey(resolved.entry.ref),
      respondents: parsed.file.responses.length,
      scores: scoreScan({
        questionnaire: resolved.entry.questionnaire,
        responses: parsed.file.responses,
      }),
    });
  }
  for (const [scanId, inputs] of groups) {
    const unit = scoreGroup(scanId, inputs, registry);
    if (Array.isArray(unit)) errors.push(...unit);
    else units.push(unit);
  }
  return { units, errors };
}

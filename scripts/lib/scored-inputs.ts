// Turning result and response files into scored units: each result on its own, responses grouped by scan.
import { questionnaireKey, type QuestionnaireRegistry } from '../../src/domain/questionnaire';
import { peekFormat, readResponseFile, readResultFile } from '../../src/domain/files';
import type { ResponseFile } from '../../src/domain/files';
import { describeFileError, describeResolveFailure } from '../../src/domain/files/describe-error';
import { scoreScan } from '../../src/domain/scoring';
import type { ScanScores } from '../../src/domain/scoring';
import { readTextFile } from './read-file';

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

type ResponseInput = { file: string; response: ResponseFile };

function scoreGroup(
  scanId: string,
  inputs: ResponseInput[],
  registry: QuestionnaireRegistry,
): ScoredUnit | InputError {
  const [first] = inputs;
  const files = inputs.map((input) => input.file);
  if (!first) return { file: scanId, message: 'no responses' };
  const other = inputs.find(
    (input) => input.response.questionnaire.sha256 !== first.response.questionnaire.sha256,
  );
  if (other) {
    return {
      file: other.file,
      message: `scan ${scanId} mixes questionnaires: ${questionnaireKey(first.response.questionnaire)} in ${first.file}, ${questionnaireKey(other.response.questionnaire)} here`,
    };
  }
  const seen = new Set<string>();
  for (const { file, response } of inputs) {
    if (seen.has(response.respondentId)) {
      return { file, message: `respondent ${response.respondentId} answered scan ${scanId} twice` };
    }
    seen.add(response.respondentId);
  }
  const resolved = registry.resolve(first.response.questionnaire);
  if (!resolved.ok) return { file: first.file, message: describeResolveFailure(resolved) };
  const responses = inputs.map(({ response }) => response);
  return {
    kind: 'responses',
    files,
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
          { file, response: parsed.file },
        ]);
      continue;
    }
    if (format !== undefined && format !== 'ck-result') {
      errors.push({
        file,
        message: `this is a "${format}" file; score reads ck-result and ck-response files`,
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
    if ('kind' in unit) units.push(unit);
    else errors.push(unit);
  }
  return { units, errors };
}

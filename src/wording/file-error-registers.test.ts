// File errors are worded in two registers on purpose: a short sentence for the screens
// (file-error-text.ts, `fileError.*`) and one detailed line for the terminal
// (describe-file-problem.ts, `fileProblem.*`). This test holds them side by side: every error the
// domain can return gets a sentence in both registers and both languages, never a raw key, so a new
// code cannot be worded for one reader and forgotten for the other.
import { describe, expect, it } from 'vitest';
import { unreadableReasons, type FileError } from '../domain/files/file-error';
import type { Finding } from '../domain/files/findings';
import { pdfStructureProblems, type PdfResultError } from '../domain/files/pdf-error';
import { unpackLimits, type UnpackPart } from '../domain/files/file-limits';
import { resolveReasons } from '../domain/questionnaire/registry';
import {
  describeFileError,
  describeFinding,
  describeResolveFailure,
} from './describe-file-problem';
import { fileErrorText, findingText } from './file-error-text';
import { resolveFailureText } from './resolve-failure-text';
import { englishTranslate } from './english';
import { translateFrom } from './translate';
import nl from './messages/nl.json';

const languages = { nl: translateFrom(nl), en: englishTranslate };

/** One example of every error a file reader can return, each code and reason with its values. */
function everyFileError(): (FileError | PdfResultError)[] {
  const unreadable = unreadableReasons.map((reason): FileError => {
    if (reason === 'too-large') return { code: 'unreadable', reason, bytes: 9e6, limit: 5e6 };
    if (reason === 'too-deep') return { code: 'unreadable', reason, limit: 64 };
    if (reason === 'forbidden-key')
      return { code: 'unreadable', reason, key: '__proto__', path: 'respondents.0' };
    return { code: 'unreadable', reason };
  });
  const limits = Object.keys(unpackLimits).map((part): PdfResultError => ({
    code: 'unpacks-too-large',
    part: part as UnpackPart,
    limit: unpackLimits[part as UnpackPart],
  }));
  const structure = pdfStructureProblems.map((problem): PdfResultError => ({
    code: 'pdf-structure',
    problem,
    limit: problem.endsWith('cycle') ? null : 100,
  }));
  return [
    ...unreadable,
    { code: 'wrong-format', expected: 'ck-result', found: 'ck-backup', kind: 'object' },
    { code: 'wrong-format', expected: 'ck-result', found: null, kind: 'array' },
    { code: 'unsupported-version', format: 'ck-result', found: 9, supported: 2 },
    { code: 'unsupported-version', format: 'ck-result', found: null, supported: 2 },
    {
      code: 'invalid',
      format: 'ck-result',
      issues: [{ path: 'respondents.0.answers', code: 'wrong-type' }],
    },
    { code: 'not-pdf' },
    { code: 'damaged-pdf' },
    { code: 'no-attachment' },
    { code: 'attachment-not-result', found: null },
    { code: 'attachment-not-result', found: 'ck-backup' },
    ...limits,
    ...structure,
  ];
}

const everyFinding: Finding[] = [
  { code: 'digest-mismatch', stored: 'a'.repeat(64), recomputed: 'b'.repeat(64) },
  { code: 'digest-mismatch', stored: 'a'.repeat(64), recomputed: 'b'.repeat(64), page: 2 },
  ...resolveReasons.map((reason): Finding => ({
    code: 'unknown-questionnaire',
    reason,
    questionnaire: { id: 'ck-selfscan', version: '9.0.0', sha256: 'c'.repeat(64) },
    known: ['1.0.0'],
  })),
  {
    code: 'answer-off-scale',
    respondentId: 'r1',
    item: 'leadership_1',
    value: 9,
    expected: { kind: 'likert' },
  },
  { code: 'unknown-item', respondentId: 'r1', item: 'x_1', questionnaire: 'ck-selfscan@1.0.0' },
  {
    code: 'score-differs',
    scope: 'condition',
    id: 'leadership',
    field: 'mean',
    stored: 4.5,
    recomputed: 2.5,
  },
];

/** A sentence, not a message key left as it was (keys are dotted words without spaces). */
function expectWorded(text: string) {
  expect(text.trim()).not.toBe('');
  expect(text).not.toMatch(/^[\w-]+(\.[\w-]+)+$/);
  expect(text).not.toMatch(/\b(fileError|fileProblem|screeningReasons)\.[\w.-]+/);
  expect(text).not.toContain('{{');
}

describe.each(Object.entries(languages))('file errors in both registers (%s)', (language, t) => {
  it.each(everyFileError().map((error) => [JSON.stringify(error), error] as const))(
    '%s',
    (_, error) => {
      expectWorded(fileErrorText(t, error, language));
      expectWorded(describeFileError(error, t));
    },
  );

  it.each(everyFinding.map((finding) => [JSON.stringify(finding), finding] as const))(
    'finding %s',
    (_, finding) => {
      expectWorded(findingText(t, finding));
      expectWorded(describeFinding(finding, t));
    },
  );

  it.each(resolveReasons)('an unknown questionnaire (%s)', (reason) => {
    const failure = {
      reason,
      ref: { id: 'ck-selfscan', version: '9.0.0', sha256: 'c'.repeat(64) },
      known: ['1.0.0'],
    };
    expectWorded(resolveFailureText(t, failure));
    expectWorded(describeResolveFailure(failure, t));
  });
});

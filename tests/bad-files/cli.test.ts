// @vitest-environment node
// The command line on the bad-file corpus: `verify`, `score` and `validate` give each file its own
// English message from the shared formatter, never a stack or an internal error text.
import { beforeAll, describe, expect, it } from 'vitest';
import { badFilesFor, ensureLargeBadFiles, type BadFile } from '../support/bad-files';
import { selfscan } from '../support/processes';
import publishedLock from '../../questionnaires/published.lock.json';

const internal = /\bat [\w.<>]+ \(|Error:|TypeError|RangeError|Cannot read properties|lookupMaybe/;

/** The stdout and stderr line that names one file. */
const lineFor = (output: string, file: BadFile) =>
  output.split('\n').find((line) => line.startsWith(`${file.path}: `));

beforeAll(() => {
  ensureLargeBadFiles();
});

describe('selfscan on the bad-file corpus', { timeout: 120_000 }, () => {
  // JSON files take the result-file route of verify; .pdf files the PDF route
  const jsonFiles = badFilesFor('result').filter((file) => file.name.endsWith('.json'));
  const pdfFiles = badFilesFor('pdf').filter((file) => file.name.endsWith('.pdf'));

  // verify names the questionnaire version (and its hash) it checked a file against
  const checkedAgainst = `questionnaire ck-selfscan@1.0.0 (sha256 ${publishedLock['ck-selfscan@1.0.0']})`;

  it.each([
    ['result files', jsonFiles],
    ['PDF reports', pdfFiles],
  ])('verify answers each of the %s with its own message', (_kind, files) => {
    const { code, stdout, stderr } = selfscan(['verify', ...files.map((file) => file.path)]);
    expect(stderr).not.toMatch(internal);
    expect(stdout).not.toMatch(internal);
    expect(code).toBe(1);
    for (const file of files) {
      const expected = file.expected;
      if ('accepted' in expected)
        expect(lineFor(stdout, file)).toBe(`${file.path}: intact, ${checkedAgainst}`);
      else expect(lineFor(stderr, file), file.id).toContain(expected.says);
    }
  });

  it.each([
    ['nested.json', 1, 'nests deeper than 64 levels'],
    ['too-large.json', 1, 'the file is 50.0 MB; files must be smaller than 5.0 MB'],
    ['damaged.pdf', 1, 'the PDF is damaged and cannot be read'],
    ['bom.result.json', 0, 'intact'],
  ])('verify %s on its own: exit %i, "%s"', (name, exitCode, says) => {
    const file = [...jsonFiles, ...pdfFiles].find((f) => f.name === name);
    if (!file) throw new Error(`${name} is in the corpus`);
    const { code, stdout, stderr } = selfscan(['verify', file.path]);
    const output = `${stdout}${stderr}`.trim();
    expect(output).not.toMatch(internal);
    expect(output.split('\n')).toHaveLength(1);
    expect(output.startsWith(`${file.path}: `)).toBe(true);
    expect(output).toContain(says);
    expect(code).toBe(exitCode);
  });

  it('score gives every unreadable result file its own message', () => {
    const files = jsonFiles.filter((file) => 'error' in file.expected);
    const { code, stderr } = selfscan(['score', ...files.map((file) => file.path)]);
    expect(stderr).not.toMatch(internal);
    expect(code).toBe(1);
    for (const file of files) {
      if ('says' in file.expected && !file.name.startsWith('questionnaire')) {
        expect(lineFor(stderr, file), file.id).toContain(file.expected.says);
      } else expect(lineFor(stderr, file), file.id).toBeDefined();
    }
  });

  it('validate reads questionnaires with the same checks', () => {
    const names = ['empty.json', 'nested.json', 'latin1.json', 'html.json', 'proto-key.json'];
    const files = jsonFiles.filter((file) => names.includes(file.name));
    expect(files).toHaveLength(names.length);
    const { code, stderr } = selfscan(['validate', ...files.map((file) => file.path)]);
    expect(stderr).not.toMatch(internal);
    expect(code).toBe(1);
    for (const file of files) {
      if ('says' in file.expected) expect(lineFor(stderr, file)).toContain(file.expected.says);
    }
  });
});

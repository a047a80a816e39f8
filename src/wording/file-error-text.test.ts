import { describe, expect, it } from 'vitest';
import { fileErrorCodes, jsonKinds, unreadableReasons } from '../domain/files/file-error';
import { findingCodes } from '../domain/files/findings';
import { pdfErrorCodes, pdfStructureProblems } from '../domain/files/pdf-error';
import { importRefusalCodes } from '../domain/collective/plan-response-import';
import { resolveReasons } from '../domain/questionnaire/registry';
import en from './messages/en.json';
import nl from './messages/nl.json';
import { fileErrorText, findingText } from './file-error-text';
import { resolveFailureText } from './resolve-failure-text';
import { refusalText } from './refusal-text';
import { englishTranslate } from './english';
import { translateFrom } from './translate';
import type { FileError } from '../domain/files/file-error';

function has(tree: object, key: string): boolean {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

// every code the domain can return, and the message key that words it
const keys = [
  ...unreadableReasons.map((reason) => `fileError.unreadable.${reason}`),
  ...fileErrorCodes
    .filter((code) => code !== 'unreadable' && code !== 'invalid')
    .map((code) => `fileError.${code}`),
  'fileError.invalid_one',
  'fileError.invalid_other',
  ...jsonKinds.map((kind) => `fileError.kind.${kind}`),
  'fileError.format.other',
  'fileError.expectedFormat.other',
  // a PDF over a limit is worded by the screening's sentences (screeningReasons), for every reader
  ...pdfErrorCodes
    .filter((code) => code !== 'unpacks-too-large' && code !== 'pdf-structure')
    .map((code) => `fileError.pdf.${code}`),
  ...pdfStructureProblems.map((problem) => `screeningReasons.pdf-structure.${problem}`),
  'screeningReasons.unpacks-too-large',
  ...resolveReasons.map((reason) => `fileError.questionnaire.${reason}`),
  ...findingCodes.map((code) => `fileError.finding.${code}`),
  ...importRefusalCodes.map((code) => `import.reason.${code}`),
];

const messages = { nl, en };
const translators = { nl: translateFrom(nl), en: englishTranslate };

describe('file error messages', () => {
  it.each(['nl', 'en'] as const)('has a text for every code in %s', (language) => {
    expect(keys.filter((key) => !has(messages[language], key))).toEqual([]);
  });

  it.each<[FileError, string, string]>([
    [
      { code: 'unreadable', reason: 'too-large', bytes: 52428841, limit: 5242880 },
      'Dit bestand is 50 MB groot. De app leest bestanden kleiner dan 5 MB.',
      'This file is 50 MB. The app reads files smaller than 5 MB.',
    ],
    [
      { code: 'wrong-format', expected: 'ck-backup', found: 'ck-result', kind: 'object' },
      'Dit is een resultaatbestand, geen back-upbestand.',
      'This is a result file, not a backup file.',
    ],
    [
      {
        code: 'wrong-format',
        expected: 'ck-response',
        found: 'ck-shortlist',
        kind: 'object',
      },
      'Dit is een bestand van het soort ‘ck-shortlist’, geen antwoordbestand.',
      'This is a file of the kind ‘ck-shortlist’, not a response file.',
    ],
    [
      {
        code: 'invalid',
        format: 'ck-response',
        issues: [
          { path: 'label', code: 'too-big' },
          { path: 'answers.x', code: 'not-allowed' },
        ],
      },
      'Dit is een antwoordbestand, maar het klopt niet: er zijn 2 fouten, onder meer bij label, answers.x.',
      'This is a response file, but it is not right: there are 2 errors, among others at label, answers.x.',
    ],
  ])('words %o in Dutch and English', (error, dutch, english) => {
    expect(fileErrorText(translators.nl, error, 'nl')).toBe(dutch);
    expect(fileErrorText(translators.en, error, 'en')).toBe(english);
  });

  it.each(['nl', 'en'] as const)(
    'words unknown questionnaires, findings and refusals in %s',
    (language) => {
      const t = translators[language];
      const ref = { id: 'mini', version: '9.0.0', sha256: 'a'.repeat(64) };
      const texts = [
        resolveFailureText(t, { reason: 'unknown-version', ref, known: ['1.0.0'] }),
        findingText(t, {
          code: 'unknown-item',
          respondentId: 'r1',
          item: 'x',
          questionnaire: 'mini',
        }),
        refusalText(
          t,
          { fileName: 'b.json', code: 'duplicate-in-batch', earlier: 'a.json' },
          language,
        ),
        refusalText(t, { fileName: 'b.json', code: 'unreadable', reason: 'empty' }, language),
      ];
      for (const text of texts) expect(text).not.toMatch(/fileError|import\.reason|\{\{/);
      expect(texts[0]).toContain('1.0.0');
      expect(texts[1]).toContain('r1');
      expect(texts[2]).toContain('a.json');
    },
  );
});

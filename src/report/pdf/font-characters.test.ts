import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFontCharacters } from './font-characters';

const root = join(import.meta.dirname, '..', '..', '..');

function filesIn(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(dir, name));
}

describe('the report font subset', () => {
  it.each([
    ['the report texts', ['src/report/model/texts.nl.json', 'src/report/model/texts.en.json']],
    ['every published questionnaire', filesIn('questionnaires')],
  ])('keeps every character of %s', (_label, files) => {
    const used = new Set(files.flatMap((file) => [...readFileSync(join(root, file), 'utf8')]));
    const missing = [...used].filter((c) => c >= ' ' && !reportFontCharacters.includes(c));
    expect(missing).toEqual([]);
  });

  it.each(['ĳ', 'Ĳ', 'ë', 'é', 'ç', 'ş', 'ł', 'ő', '€', '–', '’', '→', '−', '≥'])(
    'keeps %s for Dutch, English and the names of members and places',
    (character) => {
      expect(reportFontCharacters).toContain(character);
    },
  );
});

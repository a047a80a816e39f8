// Every key a part of the app can show is in the texts that part loads (src/i18n/section-texts.ts),
// in Dutch and in English: read from the source of every module the part reaches, so a key that a
// member's screen would show raw fails here, before any browser runs.
import { describe, expect, it } from 'vitest';
import { allMessages, languages, textsWith } from '../src/i18n';
import { sectionTexts } from '../src/i18n/section-texts';
import { invitationFileTexts } from '../src/features/scan/invitation-file-texts';
import { anonymiseTexts } from '../src/features/results/research-texts';
import type { TextGroup } from '../src/i18n';
import { holds, keysReachedFrom, type KeyUse } from './support/text-keys';

type Part = keyof typeof sectionTexts | 'shell' | 'invitationFile' | 'anonymise';

/**
 * The file each part of the app starts from: the shell is what main.tsx loads before a section,
 * the sections (and the lost-database screen) load with their texts (section-texts.ts), and the
 * parts of a page loaded later with their own texts (`lazyWithTexts`).
 */
const entries: Record<Part, string> = {
  shell: 'src/main.tsx',
  home: 'src/app/sections/home.ts',
  collectives: 'src/app/sections/collectives.ts',
  fillIn: 'src/app/sections/fill-in.ts',
  invitationLink: 'src/app/sections/invitation-link.ts',
  results: 'src/app/sections/results.ts',
  questionnaires: 'src/app/sections/questionnaires.ts',
  codes: 'src/app/sections/codes.ts',
  settings: 'src/app/sections/settings.ts',
  funder: 'src/app/sections/funder.ts',
  research: 'src/app/sections/research.ts',
  recovery: 'src/features/recovery/RecoveryPage.tsx',
  invitationFile: 'src/features/scan/InvitationFilePicker.tsx',
  anonymise: 'src/features/results/AnonymiseForResearch.tsx',
};

/** What each part has: the shell the first load, a later part its section's texts and its own. */
const textsOf: Record<Part, readonly TextGroup[]> = {
  ...sectionTexts,
  shell: [],
  invitationFile: [...sectionTexts.fillIn, ...invitationFileTexts],
  anonymise: [...sectionTexts.results, ...anonymiseTexts],
};
const parts = Object.keys(entries) as Part[];
const all = await allMessages();
const topLevelKeys = new Set([...Object.keys(all.nl), ...Object.keys(all.en)]);

function usesOf(part: Part): KeyUse[] {
  const stops = parts.filter((other) => other !== part).map((other) => entries[other]);
  return keysReachedFrom({ entry: entries[part], stops, quiet: ['src/i18n/'], topLevelKeys }).uses;
}

const describeUse = (use: KeyUse) => `${use.key}${use.kind === 'prefix' ? '.*' : ''} (${use.file})`;

describe('the keys each part of the app uses', () => {
  it('has an entry for every part that loads texts', () => {
    expect(Object.keys(sectionTexts).every((part) => part in entries)).toBe(true);
  });

  it('finds the keys of the member pages, built and literal', () => {
    expect(usesOf('fillIn').map(describeUse)).toContain(
      'fillIn.next (src/features/scan/FillIn.tsx)',
    );
    expect(usesOf('invitationFile').map(describeUse)).toContain(
      'fileError.finding.* (src/wording/file-error-text.ts)',
    );
  });

  it('finds a key missing from a part that loads too little (the check can fail)', async () => {
    const firstLoadOnly = await textsWith([], 'nl');
    expect(usesOf('fillIn').filter((use) => !holds(firstLoadOnly, use)).length).toBeGreaterThan(20);
  });

  it.each(languages)('names only keys that exist in %s', (language) => {
    const unknown = parts.flatMap(usesOf).filter((use) => !holds(all[language], use));
    expect(unknown.map(describeUse)).toEqual([]);
  });

  describe.each(languages)('in %s', (language) => {
    it.each(parts)('%s: every key it uses is in the texts it loads', async (part) => {
      const texts = await textsWith(textsOf[part], language);
      const missing = usesOf(part).filter((use) => !holds(texts, use));
      expect(missing.map(describeUse)).toEqual([]);
    });
  });
});

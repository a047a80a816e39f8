// Where each language's texts are, without i18next: the entry starts fetching a page's texts from
// the address before React, i18next or the page's code have loaded (src/app/preload-route.ts), and
// index.ts loads the same files into i18next when the page asks for them.
import type { MessageTree } from './merge-messages';
import type { AppTextGroup } from './text-groups';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

/** Where the language chosen on this device is kept. */
export const languageStorageKey = 'ck.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language chosen earlier on this device, or Dutch. */
export function rememberedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(languageStorageKey);
    return isLanguage(stored) ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

export type TextModule = { default: MessageTree };

/** One file per group of the app's texts and language, cut by vite.config.ts (`app-texts`). */
export const appTextFiles: Record<AppTextGroup, Record<Language, () => Promise<TextModule>>> = {
  member: {
    nl: () => import('virtual:app-texts/member/nl'),
    en: () => import('virtual:app-texts/member/en'),
  },
  files: {
    nl: () => import('virtual:app-texts/files/nl'),
    en: () => import('virtual:app-texts/files/en'),
  },
  coordinator: {
    nl: () => import('virtual:app-texts/coordinator/nl'),
    en: () => import('virtual:app-texts/coordinator/en'),
  },
};

/** The funder's and the research section's own text files, by path (loaded with their section). */
export const sectionTextFiles = import.meta.glob<MessageTree>(
  ['../features/funder/messages/*.json', '../features/research/messages/*.json'],
  { import: 'default' },
);

/**
 * Starts fetching the files of these groups (the app's in `language`, a section's own in both),
 * for the entry to call before anything else has loaded; index.ts's `loadTexts` later loads the
 * same modules into i18next, and the browser fetches each once.
 */
export function prefetchTexts(groups: readonly string[], language: Language): void {
  const ignore = () => undefined;
  for (const group of groups) {
    const files = (
      appTextFiles as Partial<Record<string, Record<Language, () => Promise<unknown>>>>
    )[group];
    if (files) {
      files[language]().catch(ignore);
      continue;
    }
    for (const [path, load] of Object.entries(sectionTextFiles)) {
      if (path.includes(`/features/${group}/`)) load().catch(ignore);
    }
  }
}

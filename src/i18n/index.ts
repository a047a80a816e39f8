import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nlFirst from './nl.json?first-load';
import enFirst from './en.json?first-load';
import { firstLoadKeys, omitKeys } from './first-load';
import { mergeMessages, type MessageTree } from './merge-messages';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'ck.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language chosen earlier on this device, or Dutch. */
export function rememberedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(stored) ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

// Three kinds of texts, so that the first screen loads only what it shows:
// - first load: the shell's keys of src/i18n/<lang>.json (first-load.ts) and src/app/messages;
// - app texts: the rest of src/i18n/<lang>.json, src/wording/messages/<lang>.json and every
//   feature's messages/<lang>.json, loaded with the first section that opens (and for a language
//   when it is chosen);
// - section texts: the funder's and the research section's own files, loaded with their section.
export const messageSections = ['funder', 'research'] as const;
export type MessageSection = (typeof messageSections)[number];

const shellFiles = import.meta.glob<MessageTree>('../app/messages/*.json', {
  eager: true,
  import: 'default',
});
const baseFiles = import.meta.glob<MessageTree>('./*.json', { import: 'default' });
const featureFiles = import.meta.glob<MessageTree>(
  [
    '../wording/messages/*.json',
    '../features/*/messages/*.json',
    '!../features/funder/messages/*.json',
    '!../features/research/messages/*.json',
  ],
  { import: 'default' },
);
const sectionFiles = import.meta.glob<MessageTree>(
  ['../features/funder/messages/*.json', '../features/research/messages/*.json'],
  { import: 'default' },
);

type Loaders = Record<string, () => Promise<MessageTree>>;

function ofLanguage<T>(files: Record<string, T>, language: Language): T[] {
  return Object.entries(files)
    .filter(([path]) => path.endsWith(`/${language}.json`))
    .map(([, file]) => file);
}

async function loadAll(loaders: Loaders, language: Language): Promise<MessageTree> {
  return mergeMessages(await Promise.all(ofLanguage(loaders, language).map((load) => load())));
}

/** The texts of the first screen, part of the first load. */
export const firstLoadMessages: Record<Language, MessageTree> = {
  nl: mergeMessages([nlFirst, ...ofLanguage(shellFiles, 'nl')]),
  en: mergeMessages([enFirst, ...ofLanguage(shellFiles, 'en')]),
};

const appTexts = new Map<Language, Promise<MessageTree>>();
const loadedTrees = new Map<string, MessageTree>();

function addLoaded(key: string, language: Language, tree: MessageTree): void {
  if (loadedTrees.has(`${key}:${language}`)) return;
  loadedTrees.set(`${key}:${language}`, tree);
  if (!i18next.isInitialized) return;
  // merging with what is there first keeps the rule that a key defined twice is a mistake
  mergeMessages([i18next.getResourceBundle(language, 'translation') ?? {}, tree]);
  i18next.addResourceBundle(language, 'translation', tree, true, false);
}

/** Loads the app's texts in one language (everything but the funder's and research's own). */
export function loadAppMessages(language: Language = currentLanguage()): Promise<MessageTree> {
  let pending = appTexts.get(language);
  if (!pending) {
    pending = Promise.all([loadAll(baseFiles, language), loadAll(featureFiles, language)]).then(
      ([base, features]) => {
        const tree = mergeMessages([omitKeys(base, firstLoadKeys) as MessageTree, features]);
        addLoaded('app', language, tree);
        return tree;
      },
    );
    pending.catch(() => appTexts.delete(language));
    appTexts.set(language, pending);
  }
  return pending;
}

/** Loads a section's own texts (both languages) and the app's texts, once. */
export async function loadSectionMessages(section: MessageSection): Promise<void> {
  const own = Object.fromEntries(
    Object.entries(sectionFiles).filter(([path]) => path.includes(`/features/${section}/`)),
  );
  const [nl, en] = await Promise.all([loadAll(own, 'nl'), loadAll(own, 'en'), loadAppMessages()]);
  addLoaded(section, 'nl', nl);
  addLoaded(section, 'en', en);
}

/** Every text of every file in both languages (for the key-parity test, and for component tests). */
export async function allMessages(): Promise<Record<Language, MessageTree>> {
  await Promise.all([
    ...languages.map(loadAppMessages),
    ...messageSections.map(loadSectionMessages),
  ]);
  return { nl: loadedIn('nl'), en: loadedIn('en') };
}

function loadedIn(language: Language): MessageTree {
  const trees = [...loadedTrees].filter(([key]) => key.endsWith(`:${language}`));
  return mergeMessages([firstLoadMessages[language], ...trees.map(([, tree]) => tree)]);
}

function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : rememberedLanguage();
}

/** Switches the app's language (loading its texts first) and remembers the choice on this device. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // private mode may refuse storage; the switch itself still works for this visit
  }
  await loadAppMessages(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Initialises i18next once with the texts loaded so far; safe to call from tests and from startup. */
export function initI18n(language: Language = rememberedLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: {
        nl: { translation: loadedIn('nl') },
        en: { translation: loadedIn('en') },
      },
      lng: language,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  if (typeof document !== 'undefined') document.documentElement.lang = i18next.language;
  return i18next;
}

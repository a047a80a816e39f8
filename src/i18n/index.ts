import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './nl.json';
import en from './en.json';
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

/** Switches the app's language and remembers the choice on this device. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // private mode may refuse storage; the switch itself still works for this visit
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

// Each feature may keep its own texts in src/features/<feature>/messages/<lang>.json. Those of the
// sections listed here load with their section (a chunk of their own); every other feature's texts,
// and the app shell's, are part of the first load.
export const messageSections = ['funder', 'research'] as const;
export type MessageSection = (typeof messageSections)[number];

const eagerMessages = import.meta.glob<MessageTree>(
  [
    '../app/messages/*.json',
    '../features/*/messages/*.json',
    '!../features/funder/messages/*.json',
    '!../features/research/messages/*.json',
  ],
  { eager: true, import: 'default' },
);
const sectionMessages = import.meta.glob<MessageTree>(
  ['../features/funder/messages/*.json', '../features/research/messages/*.json'],
  { import: 'default' },
);

function treesFor(language: Language, files: Record<string, MessageTree>): MessageTree[] {
  return Object.entries(files)
    .filter(([path]) => path.endsWith(`/${language}.json`))
    .map(([, tree]) => tree);
}

function messagesFor(language: Language, base: MessageTree): MessageTree {
  return mergeMessages([base, ...treesFor(language, eagerMessages)]);
}

/** The texts of the first load (everything but the sections' own files). */
export const messages = { nl: messagesFor('nl', nl), en: messagesFor('en', en) } as const;

const loadedSections = new Map<MessageSection, Record<Language, MessageTree>>();

function addBundle(language: Language, tree: MessageTree): void {
  const current = i18next.getResourceBundle(language, 'translation') as MessageTree | undefined;
  // merging first keeps the rule that a key defined twice is a mistake
  const merged = mergeMessages([current ?? {}, tree]);
  i18next.addResourceBundle(language, 'translation', merged, true, true);
}

/** Loads a section's own texts (both languages) into i18next; resolves at once the second time. */
export async function loadSectionMessages(section: MessageSection): Promise<void> {
  if (loadedSections.has(section)) return;
  const entries = Object.entries(sectionMessages).filter(([path]) =>
    path.includes(`/features/${section}/messages/`),
  );
  const files = Object.fromEntries(
    await Promise.all(entries.map(async ([path, load]) => [path, await load()] as const)),
  );
  if (loadedSections.has(section)) return;
  const trees = {
    nl: mergeMessages(treesFor('nl', files)),
    en: mergeMessages(treesFor('en', files)),
  };
  loadedSections.set(section, trees);
  if (i18next.isInitialized) for (const language of languages) addBundle(language, trees[language]);
}

/** Every text of every file, first load and sections alike (for the key-parity test and for tests). */
export async function allMessages(): Promise<Record<Language, MessageTree>> {
  await Promise.all(messageSections.map(loadSectionMessages));
  const sections = [...loadedSections.values()];
  return {
    nl: mergeMessages([messages.nl, ...sections.map((s) => s.nl)]),
    en: mergeMessages([messages.en, ...sections.map((s) => s.en)]),
  };
}

function withLoadedSections(language: Language): MessageTree {
  return mergeMessages([
    messages[language],
    ...[...loadedSections.values()].map((s) => s[language]),
  ]);
}

/** Initialises i18next once; safe to call from tests and from startup. */
export function initI18n(language: Language = rememberedLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: {
        nl: { translation: withLoadedSections('nl') },
        en: { translation: withLoadedSections('en') },
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

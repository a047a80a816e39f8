import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nlFirst from './nl.json?first-load';
import enFirst from './en.json?first-load';
import { mergeMessages, type MessageTree } from './merge-messages';
import { appTextGroups, type AppTextGroup } from './text-groups';
import { missingTextNotice } from './missing-text';
import {
  appTextFiles,
  isLanguage,
  languages,
  languageStorageKey,
  rememberedLanguage,
  sectionTextFiles,
  type Language,
} from './text-files';

export { languages, rememberedLanguage, type Language } from './text-files';

// Three kinds of texts, so that the first screen loads only what it shows:
// - first load: the shell's keys of src/i18n/<lang>.json (first-load.ts) and src/app/messages;
// - app texts: the rest of src/i18n/<lang>.json, src/wording/messages/<lang>.json and every
//   feature's messages/<lang>.json, in three groups (text-groups.ts): the member's, which the
//   fill-in pages load, the files' (why a file was refused), and the coordinator's, which the other
//   sections load beside them; in the language shown (and in another when it is chosen);
// - section texts: the funder's and the research section's own files, loaded with their section.
export const messageSections = ['funder', 'research'] as const;
export type MessageSection = (typeof messageSections)[number];
/** What a part of the app loads with its code: groups of the app's texts and sections' own. */
export type TextGroup = AppTextGroup | MessageSection;

const shellFiles = import.meta.glob<MessageTree>('../app/messages/*.json', {
  eager: true,
  import: 'default',
});
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

const pendingTexts = new Map<string, Promise<unknown>>();
const loadedTrees = new Map<string, MessageTree>();
/** The app's groups asked for so far: a change of language loads them in the new one. */
const askedGroups = new Set<AppTextGroup>();

function addLoaded(key: string, language: Language, tree: MessageTree): void {
  if (loadedTrees.has(`${key}:${language}`)) return;
  loadedTrees.set(`${key}:${language}`, tree);
  if (!i18next.isInitialized) return;
  // merging with what is there first keeps the rule that a key defined twice is a mistake
  mergeMessages([i18next.getResourceBundle(language, 'translation') ?? {}, tree]);
  i18next.addResourceBundle(language, 'translation', tree, true, false);
}

/** Loads something once (tried again after a failure, e.g. offline before the service worker had it). */
function once(key: string, load: () => Promise<unknown>): Promise<unknown> {
  let pending = pendingTexts.get(key);
  if (!pending) {
    pending = load();
    pending.catch(() => pendingTexts.delete(key));
    pendingTexts.set(key, pending);
  }
  return pending;
}

function loadAppGroup(group: AppTextGroup, language: Language): Promise<unknown> {
  askedGroups.add(group);
  return once(`${group}:${language}`, async () => {
    const { default: tree } = await appTextFiles[group][language]();
    addLoaded(group, language, tree);
  });
}

function loadSectionTexts(section: MessageSection): Promise<unknown> {
  const own = Object.fromEntries(
    Object.entries(sectionTextFiles).filter(([path]) => path.includes(`/features/${section}/`)),
  );
  // both languages: the section's exports and summaries may be written in either
  return once(section, async () => {
    const [nl, en] = await Promise.all([loadAll(own, 'nl'), loadAll(own, 'en')]);
    addLoaded(section, 'nl', nl);
    addLoaded(section, 'en', en);
  });
}

function isAppTextGroup(group: TextGroup): group is AppTextGroup {
  return (appTextGroups as readonly string[]).includes(group);
}

/** Loads the given groups of texts (the app's in the language shown, a section's in both), each once. */
export async function loadTexts(
  groups: readonly TextGroup[],
  language: Language = currentLanguage(),
): Promise<void> {
  await Promise.all(
    groups.map((group) =>
      isAppTextGroup(group) ? loadAppGroup(group, language) : loadSectionTexts(group),
    ),
  );
}

/** The texts a part of the app has once it loaded `groups`: the first load's and theirs. */
export async function textsWith(
  groups: readonly TextGroup[],
  language: Language,
): Promise<MessageTree> {
  await loadTexts(groups, language);
  const keys = groups.map((group) => `${group}:${language}`);
  return loadedIn(language, (key) => keys.includes(key));
}

/** Every text of every file in both languages (for the key-parity test, and for component tests). */
export async function allMessages(): Promise<Record<Language, MessageTree>> {
  const groups = [...appTextGroups, ...messageSections];
  await Promise.all(languages.map((language) => loadTexts(groups, language)));
  return { nl: loadedIn('nl'), en: loadedIn('en') };
}

/** The first load's texts with those loaded so far in a language (all, or the keys `keep` keeps). */
function loadedIn(
  language: Language,
  keep: (key: string) => boolean = (key) => key.endsWith(`:${language}`),
): MessageTree {
  const trees = [...loadedTrees].filter(([key]) => keep(key));
  return mergeMessages([firstLoadMessages[language], ...trees.map(([, tree]) => tree)]);
}

function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : rememberedLanguage();
}

/** Switches the app's language (loading its texts first) and remembers the choice on this device. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(languageStorageKey, language);
  } catch {
    // private mode may refuse storage; the switch itself still works for this visit
  }
  await loadTexts([...askedGroups], language);
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
      // a key with no text reaches the person raw: say so where the tests look
      saveMissing: true,
      missingKeyHandler: (_languages, _namespace, key) =>
        console.warn(`${missingTextNotice} ${key}`),
    });
  }
  if (typeof document !== 'undefined') document.documentElement.lang = i18next.language;
  return i18next;
}

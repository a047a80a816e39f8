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

// each feature may keep its own texts in src/features/<feature>/messages/<lang>.json
const featureMessages = import.meta.glob<MessageTree>('../features/*/messages/*.json', {
  eager: true,
  import: 'default',
});

function messagesFor(language: Language, base: MessageTree): MessageTree {
  const own = Object.entries(featureMessages)
    .filter(([path]) => path.endsWith(`/${language}.json`))
    .map(([, tree]) => tree);
  return mergeMessages([base, ...own]);
}

export const messages = { nl: messagesFor('nl', nl), en: messagesFor('en', en) } as const;

/** Initialises i18next once; safe to call from tests and from startup. */
export function initI18n(language: Language = rememberedLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { nl: { translation: messages.nl }, en: { translation: messages.en } },
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

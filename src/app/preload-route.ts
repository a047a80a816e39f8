import { prefetchTexts, rememberedLanguage } from '../i18n/text-files';
import { sectionTexts } from '../i18n/section-texts';
import { bundledRegistrySource } from './bundled-registry';
import { sectionModules, type SectionName } from './section-modules';

/** Sections whose pages wait for the questionnaire registry (AppRoutes: `withRegistry`). */
const withoutRegistry: ReadonlySet<SectionName> = new Set(['home', 'settings']);

/**
 * The section that draws an address's path (the routes of AppRoutes.tsx, by their first parts), or
 * undefined for one no section draws.
 */
export function sectionOfPath(path: string): SectionName | undefined {
  const parts = path.split('?')[0]?.split('/').filter(Boolean) ?? [];
  const [first, , third] = parts;
  if (first === undefined) return 'home';
  if (first === 'example' || first === 'collectives') return 'collectives';
  if (first === 'scans') {
    if (third === undefined) return 'collectives';
    if (third === 'results') return 'results';
    if (third === 'codes') return 'codes';
    if (third === 'respond') return 'fillIn';
    return undefined;
  }
  if (first === 'respond') return 'fillIn';
  if (first === 'shared-file') return 'codes';
  if (first === 'questionnaires' || first === 'settings' || first === 'funder') return first;
  if (first === 'research') return 'research';
  return undefined;
}

/** Whether an address is a member's invitation link (`/respond?i=…`). */
export function isInvitationLink(hash: string): boolean {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  return path.replace(/\/+$/, '') === '/respond' && new URLSearchParams(search).has('i');
}

/**
 * Starts loading, all at once, what the page at `hash` needs: its section's code, its texts and the
 * questionnaire registry. main.tsx calls it first, before React, i18next or the app's own code have
 * loaded, so none of them waits for another (on a phone network each wait is a round trip). The
 * modules are the same ones the routes load later (section-modules.ts, text-files.ts), so nothing
 * loads twice. `opensEarly`: whether an invitation link shows its welcome before the database
 * check (else the fill-in section loads).
 */
export function preloadRoute(
  hash: string,
  opensEarly: Promise<boolean> = Promise.resolve(false),
): SectionName | undefined {
  const section = sectionOfPath(hash.replace(/^#/, '') || '/');
  if (section === undefined) return undefined;
  // a failure here is shown by the page when it asks for the same load
  const failed = () => undefined;
  const language = rememberedLanguage();
  const start = (name: SectionName) => {
    sectionModules[name]().catch(failed);
    prefetchTexts(sectionTexts[name], language);
  };
  const loadRegistry = () => bundledRegistrySource.load().catch(failed);
  if (isInvitationLink(hash)) {
    // an invitation link on a device that never held anything shows its welcome from the link alone
    // (early-open.ts) and the build's summaries of the questionnaires: its small section starts
    // now; the fill-in section and the registry once the device is known to hold something (a few
    // milliseconds later), else once the welcome is painted (AppRoutes)
    start('invitationLink');
    opensEarly
      .then((isEarly) => {
        if (isEarly) return;
        start('fillIn');
        void loadRegistry();
      })
      .catch(failed);
    return section;
  }
  start(section);
  if (!withoutRegistry.has(section)) void loadRegistry();
  return section;
}

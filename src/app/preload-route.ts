import { bundledRegistrySource } from './registry-source';
import { sectionLoaders, type SectionName } from './section-loaders';

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
 * questionnaire registry. main.tsx calls it before React renders, so none of them waits for the
 * entry to render a loading state first (on a phone network each wait is a round trip). The
 * loaders are the same ones the routes use, so nothing loads twice. `opensEarly`: whether an
 * invitation link shows its welcome before the database check (else the fill-in section loads).
 */
export function preloadRoute(
  hash: string,
  opensEarly: Promise<boolean> = Promise.resolve(false),
): SectionName | undefined {
  const section = sectionOfPath(hash.replace(/^#/, '') || '/');
  if (section === undefined) return undefined;
  // a failure here is shown by the page when it asks for the same load
  const failed = () => undefined;
  if (isInvitationLink(hash)) {
    // an invitation link on a device that never held anything shows its welcome from the link alone
    // (early-open.ts): its small section starts now; the fill-in section, with storage, once the
    // device is known to hold something (a few milliseconds later)
    sectionLoaders.invitationLink().catch(failed);
    opensEarly.then((isEarly) => (isEarly ? undefined : sectionLoaders.fillIn())).catch(failed);
  } else {
    sectionLoaders[section]().catch(failed);
  }
  if (!withoutRegistry.has(section)) bundledRegistrySource.load().catch(failed);
  return section;
}

// Every section is its own chunk, loaded when its address is opened (or sooner: preload-route.ts
// starts it from the address before React renders); the service worker precaches them all, so
// the app still opens every section offline. Without React or i18next, so that the entry can
// start them; section-loaders.ts adds each section's texts.
export const sectionModules = {
  home: () => import('./sections/home'),
  collectives: () => import('./sections/collectives'),
  fillIn: () => import('./sections/fill-in'),
  // a member's welcome from an invitation link on a device that never held anything: no storage
  invitationLink: () => import('./sections/invitation-link'),
  results: () => import('./sections/results'),
  questionnaires: () => import('./sections/questionnaires'),
  codes: () => import('./sections/codes'),
  settings: () => import('./sections/settings'),
  funder: () => import('./sections/funder'),
  research: () => import('./sections/research'),
};

export type SectionName = keyof typeof sectionModules;

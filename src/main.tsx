import './domain/zod-without-eval';
import { isInvitationLink, preloadRoute } from './app/preload-route';
import { opensBeforeCheck } from './app/early-open';
import { checkDeviceAtStart } from './app/start-check';
import './ui/styles.css';

// The entry is small on purpose: it reads the address and starts everything the page needs at once
// (React and the shell, the section's code, its texts, the registry, the database check), so that on
// a phone network none of it waits a round trip for another.

// text shared to the installed app arrives as a query; the app routes in the fragment. The reader of
// shared codes loads only then, so the first load stays small.
if (window.location.search !== '') {
  const { sharedTextRoute } = await import('./app/shared-text');
  const route = sharedTextRoute(window.location.search) ?? window.location.hash.slice(1);
  window.history.replaceState(null, '', `${window.location.pathname}#${route || '/'}`);
}
// an invitation link on a device that never held anything shows its welcome first and checks the
// database after (early-open.ts); every other start checks at once, beside the loading
const opensEarly = opensBeforeCheck(window.location.hash);
if (!isInvitationLink(window.location.hash)) void checkDeviceAtStart();
preloadRoute(window.location.hash, opensEarly);
const { startApp } = await import('./app/start-app');
startApp(opensEarly);

// The app's Content-Security-Policy forbids eval (script-src 'self'). zod tries `new Function` once
// to see whether it may compile a fast parser, and the browser reports that try as a violation even
// though zod catches it. `jitless` tells zod not to try. Imported first by every entry (the page and
// each worker), before any parse. zod keeps its settings on globalThis.__zod_globalConfig (made when
// zod loads, or taken over when it is already there), so this sets it without loading zod: the first
// load, which has no zod, stays without it.
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;

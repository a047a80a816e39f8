import { z } from 'zod';

// The app's Content-Security-Policy forbids eval (script-src 'self'). zod tries `new Function` once
// to see whether it may compile a fast parser; the browser reports that try as a violation even
// though zod catches it. Imported first by every entry (the page and each worker), before any parse.
z.config({ jitless: true });

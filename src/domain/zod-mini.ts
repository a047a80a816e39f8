// The schemas a member's fill-in page reaches are written with zod/mini: the same core as classic zod
// (the same issues, parse and JSON Schemas) without classic's methods, which no bundler can drop, so
// that page never loads the classic API. Classic users (the command line, funder, research) take
// these schemas as they are, since both build on zod's core. zod/mini registers no locale (issues
// would all read "Invalid input"), while classic registers English when it loads: registering it
// here keeps every message the same whichever of the two came first.
import * as z from 'zod/mini';
import english from 'zod/v4/locales/en.js';

z.config(english());

export { z };

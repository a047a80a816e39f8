/// <reference lib="webworker" />
// A helper of the research job (research.worker.ts), in its pool: reads one part, a batch of items,
// into its part of the table.
import '../domain/zod-without-eval';
import { loadBundledRegistry } from '../storage/bundled-questionnaires';
import { serveJob } from './job-protocol';
import { packPart, partBuffers, type PartParcel } from './part-parcel';
import { collectItems, type ResearchItem } from './research-collect';

// every result is re-scored with its questionnaire version: the versions built into the app, read
// as soon as the helper starts (before its first part, which may be a while off: a warm pool)
const registry = loadBundledRegistry();
// a failure is the first part's to report (awaited there), not an unhandled rejection before it
registry.catch(() => undefined);
// its part travels packed, its typed arrays moved (part-parcel.ts)
serveJob<ResearchItem[], PartParcel>(
  self,
  async (items) => packPart(await collectItems(items, await registry)),
  partBuffers,
);

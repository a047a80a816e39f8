/// <reference lib="webworker" />
// A helper of the research job (research.worker.ts), in its pool: reads one part, a batch of items,
// into its part of the table.
import '../domain/zod-without-eval';
import { loadBundledRegistry } from '../storage/bundled-questionnaires';
import { serveJob } from './job-protocol';
import { collectItems, type ResearchItem, type ResearchPart } from './research-collect';

// every result is re-scored with its questionnaire version: the versions built into the app
serveJob<ResearchItem[], ResearchPart>(self, async (items) =>
  collectItems(items, await loadBundledRegistry()),
);

/// <reference lib="webworker" />
// A helper of the research job (research.worker.ts), in its pool: reads one part, a batch of items,
// into its part of the table.
import '../domain/zod-without-eval';
import { serveJob } from './job-protocol';
import { collectItems, type ResearchItem, type ResearchPart } from './research-collect';

serveJob<ResearchItem[], ResearchPart>(self, (items) => collectItems(items));

/// <reference lib="webworker" />
// The researcher's batch: read, validate and aggregate many anonymised results off the main thread.
import { serveJob } from './job-protocol';
import type { ResearchJobInput, ResearchJobResult } from './research-job';
import { runResearchJob } from './research-run';

serveJob<ResearchJobInput, ResearchJobResult>(self, runResearchJob);

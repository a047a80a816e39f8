import {
  aggregateResearch,
  createTableBuilder,
  mergeResearchTables,
  readResearchFile,
  runFsqca,
  type ResearchRefusal,
  type ResearchTable,
} from '../domain/research';
import { buildResearchExports } from '../exports/research';
import { chunkLines, type BundleChunk } from './bundle-chunks';
import { refusedListed, type ResearchJobInput, type ResearchJobResult } from './research-job';

/** Is this file name a JSON Lines bundle? */
export const isBundleName = (name: string) => /\.(jsonl|ndjson)$/i.test(name);

/** What a collector keeps of the texts it was given: the table's columns and the refusals. */
export type ResearchPart = {
  table: ResearchTable;
  read: number;
  /** the first `refusedListed` refusals */
  refused: ResearchRefusal[];
  refusedCount: number;
};

/**
 * One item of a batch: a text, a file to read (its size already checked), a chunk of a JSON Lines
 * bundle, or a file already refused (too large to read).
 */
export type ResearchItem =
  | { source: string; text: string }
  | { source: string; file: Blob }
  | { source: string; chunk: BundleChunk }
  | { source: string; refusal: ResearchRefusal };

/**
 * Collects a research batch text by text, keeping only the table's columns of each valid result and
 * at most `refusedListed` refusals. Shared by the worker, its helpers and `selfscan aggregate`.
 */
export function createResearchCollector() {
  const builder = createTableBuilder();
  const refused: ResearchRefusal[] = [];
  let refusedCount = 0;
  let read = 0;
  const refuse = (refusal: ResearchRefusal) => {
    read += 1;
    refusedCount += 1;
    if (refused.length < refusedListed) refused.push(refusal);
  };
  const take = (source: string, text: string) => {
    const result = readResearchFile({ source, text });
    if (result.ok) {
      read += 1;
      builder.add(result.file);
    } else refuse(result.refusal);
  };
  /** Takes an item whose text is at hand (a file's text is read by `collectItems`). */
  const item = (next: Exclude<ResearchItem, { file: Blob }>) => {
    if ('refusal' in next) refuse(next.refusal);
    else if ('chunk' in next)
      for (const line of chunkLines(next.chunk)) take(line.source, line.text);
    else take(next.source, next.text);
  };
  const part = (): ResearchPart => ({ table: builder.finish(), read, refused, refusedCount });
  const finish = (input: Omit<ResearchJobInput, 'files'>) => finishResearch(part(), input);
  return { take, refuse, item, part, finish };
}

/**
 * Reads the items of one batch (in a helper worker): its part of the table, and its refusals. The
 * batch's files are read all at once, then taken in their order.
 */
export async function collectItems(items: readonly ResearchItem[]): Promise<ResearchPart> {
  const collector = createResearchCollector();
  const texts = await Promise.all(
    items.map((item) =>
      'file' in item
        ? item.file.text().then(
            (text) => ({ source: item.source, text }),
            // a file gone since it was chosen reads as empty, and is refused as such
            () => ({ source: item.source, text: '' }),
          )
        : item,
    ),
  );
  for (const item of texts) collector.item(item);
  return collector.part();
}

/** Parts of consecutive batches joined, in their order, into the part of the whole batch. */
export function mergeParts(parts: readonly ResearchPart[]): ResearchPart {
  return {
    table: mergeResearchTables(parts.map((part) => part.table)),
    read: parts.reduce((sum, part) => sum + part.read, 0),
    refused: parts.flatMap((part) => part.refused).slice(0, refusedListed),
    refusedCount: parts.reduce((sum, part) => sum + part.refusedCount, 0),
  };
}

/** Aggregates a collected batch, runs fsQCA when an outcome is given, and builds the asked exports. */
export function finishResearch(
  { table, read, refused, refusedCount }: ResearchPart,
  input: Omit<ResearchJobInput, 'files'>,
): ResearchJobResult {
  const fsqca = input.outcome
    ? runFsqca({
        table,
        outcome: input.outcome,
        thresholds: input.thresholds,
        routes: input.routes,
      })
    : null;
  return {
    n: table.n,
    read,
    aggregate: aggregateResearch(table),
    fsqca: fsqca?.result ?? null,
    refused,
    refusedCount,
    exports: buildResearchExports({
      kinds: input.exports ?? [],
      table,
      entries: input.questionnaires ?? [],
      fsqca,
    }),
    table: input.keepTable ? table : null,
  };
}

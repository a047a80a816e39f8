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
import { forEachLine, type BundleChunk } from './bundle-chunks';
import { refusedListed, type ResearchJobInput, type ResearchJobResult } from './research-job';

/** Is this file name a JSON Lines bundle? */
export const isBundleName = (name: string) => /\.(jsonl|ndjson)$/i.test(name);

/** A refused line of a bundle: its place in `refused`, and its line number within the part. */
type LineRefusal = { index: number; bundle: number; name: string; line: number };

/** What a collector keeps of the texts it was given: the table's columns and the refusals. */
export type ResearchPart = {
  table: ResearchTable;
  read: number;
  /** the first `refusedListed` refusals */
  refused: ResearchRefusal[];
  refusedCount: number;
  /**
   * Per bundle, how many lines this part read; and its refused lines, numbered from the part's first
   * line of that bundle, so that joining parts can make their numbers absolute.
   */
  bundleLines: Record<number, number>;
  lineRefusals: LineRefusal[];
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

/** A bundle chunk's text, read. */
type ChunkText = { name: string; bundle: number; text: string };

/** An item with its text at hand, as a collector takes it. */
export type ReadItem =
  | { source: string; text: string }
  | { source: string; chunk: ChunkText }
  | { source: string; refusal: ResearchRefusal };

/** Reads an item's file or chunk; a file gone since it was chosen reads as empty, and is refused as such. */
export async function readItem(item: ResearchItem): Promise<ReadItem> {
  if ('file' in item) return { source: item.source, text: await item.file.text().catch(() => '') };
  if ('chunk' in item) {
    const { name, bundle, blob } = item.chunk;
    return {
      source: item.source,
      chunk: { name, bundle, text: await blob.text().catch(() => '') },
    };
  }
  return item;
}

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
  const bundleLines: Record<number, number> = {};
  const lineRefusals: LineRefusal[] = [];
  const takeChunk = ({ name, bundle, text: chunk }: ChunkText) => {
    const before = bundleLines[bundle] ?? 0;
    bundleLines[bundle] =
      before +
      forEachLine(chunk, (line, text) => {
        const index = refused.length;
        take(`${name}:${before + line}`, text);
        if (refused.length > index) lineRefusals.push({ index, bundle, name, line: before + line });
      });
  };
  /** Takes an item whose text is at hand (see `readItem`). */
  const item = (next: ReadItem) => {
    if ('refusal' in next) refuse(next.refusal);
    else if ('chunk' in next) takeChunk(next.chunk);
    else take(next.source, next.text);
  };
  const part = (): ResearchPart => ({
    table: builder.finish(),
    read,
    refused,
    refusedCount,
    bundleLines,
    lineRefusals,
  });
  const finish = (input: Omit<ResearchJobInput, 'files'>) => finishResearch(part(), input);
  return { take, refuse, item, part, finish };
}

/**
 * Reads the items of one batch (in a helper worker): its part of the table, and its refusals. The
 * batch's files and chunks are read all at once, then taken in their order.
 */
export async function collectItems(items: readonly ResearchItem[]): Promise<ResearchPart> {
  const collector = createResearchCollector();
  for (const item of await Promise.all(items.map(readItem))) collector.item(item);
  return collector.part();
}

/**
 * Parts of consecutive batches joined, in their order, into the part of the whole batch. A refused
 * line's number counts the lines of its bundle in the parts before it.
 */
export function mergeParts(parts: readonly ResearchPart[]): ResearchPart {
  const bundleLines: Record<number, number> = {};
  const refused: ResearchRefusal[] = [];
  const lineRefusals: LineRefusal[] = [];
  for (const part of parts) {
    const own = [...part.refused];
    for (const at of part.lineRefusals) {
      const line = (bundleLines[at.bundle] ?? 0) + at.line;
      const refusal = own[at.index];
      if (refusal) own[at.index] = { ...refusal, source: `${at.name}:${line}` };
      if (refused.length + at.index < refusedListed)
        lineRefusals.push({ ...at, index: refused.length + at.index, line });
    }
    for (const [bundle, lines] of Object.entries(part.bundleLines))
      bundleLines[Number(bundle)] = (bundleLines[Number(bundle)] ?? 0) + lines;
    refused.push(...own.slice(0, refusedListed - refused.length));
  }
  return {
    table: mergeResearchTables(parts.map((part) => part.table)),
    read: parts.reduce((sum, part) => sum + part.read, 0),
    refused,
    refusedCount: parts.reduce((sum, part) => sum + part.refusedCount, 0),
    bundleLines,
    lineRefusals,
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

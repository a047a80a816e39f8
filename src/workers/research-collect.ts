import type { AnonymisedResultFile } from '../domain/files/anonymised-result-file';
import { sha256HexOfBytes } from '../domain/hash';
import { createCanonicalWriter } from '../domain/research/canonical-bytes';
import {
  createTableBuilder,
  mergeResearchTables,
  readResearchFile,
  type ResearchRefusal,
  type ResearchTable,
} from '../domain/research';
import { recheckScores, type ResearchRegistry } from '../domain/research/recheck-result';
import { forEachLine, readChunkText, type BundleChunk } from './bundle-chunks';
import { finishResearch } from './finish-research';
import { refusedListed, type ResearchJobInput } from './research-job';

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
  /** the table's rows read from a bundle line (row, bundle, line; names per bundle), numbered likewise */
  rowLines: { rows: number[]; bundles: number[]; lines: number[]; names: Record<number, string> };
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
    const { name, bundle } = item.chunk;
    return {
      source: item.source,
      chunk: { name, bundle, text: await readChunkText(item.chunk).catch(() => '') },
    };
  }
  return item;
}

/** A read result waiting for its digest, or a refusal, in the order they were read. */
type Pending = {
  source: string;
  /** for a line of a bundle: which, so that a refusal's line number can be made absolute */
  at?: Omit<LineRefusal, 'index'>;
} & ({ refusal: ResearchRefusal } | { file: AnonymisedResultFile; digest: Promise<string> });

/**
 * Results whose digests are awaited at once: one await per result costs more, and more at once keep
 * more parsed results alive, which the garbage collector then has to move out of its young space.
 */
const digestBatch = 64;

/**
 * Collects a research batch text by text, keeping only the table's columns of each valid result and
 * at most `refusedListed` refusals. Every result is re-scored from its answers with its questionnaire
 * version (`registry`) and its digest recomputed: a changed file is refused with its reason and adds
 * nothing to the table. `take` and `item` read now; the digests are checked in `flush` (and `part`).
 * Shared by the worker, its helpers and `selfscan aggregate`.
 */
export function createResearchCollector(registry: ResearchRegistry) {
  const builder = createTableBuilder();
  const refused: ResearchRefusal[] = [];
  let refusedCount = 0;
  let read = 0;
  const pending: Pending[] = [];
  // each result's canonical form is written as bytes and handed to WebCrypto at once (it copies
  // them), so no canonical text is kept while the other results of a part are read
  const canonical = createCanonicalWriter();
  const bundleLines: Record<number, number> = {};
  const lineRefusals: LineRefusal[] = [];
  const rowLines: ResearchPart['rowLines'] = { rows: [], bundles: [], lines: [], names: {} };
  const refuse = (refusal: ResearchRefusal) => {
    read += 1;
    pending.push({ source: refusal.source, refusal });
  };
  const take = (source: string, text: string, at?: Pending['at']) => {
    read += 1;
    const result = readResearchFile({ source, text });
    if (!result.ok) {
      pending.push({ source, at, refusal: result.refusal });
      return;
    }
    const check = recheckScores({ file: result.file, registry });
    if (check.ok) {
      const digest = sha256HexOfBytes(canonical.bytesOf(check.body));
      pending.push({ source, at, file: result.file, digest });
    } else {
      const params = check.code === 'scores-differ' ? { fields: check.fields.slice(0, 5) } : {};
      pending.push({ source, at, refusal: { source, code: check.code, params } });
    }
  };
  const listRefusal = (refusal: ResearchRefusal, at: Pending['at']) => {
    refusedCount += 1;
    if (refused.length >= refusedListed) return;
    if (at) lineRefusals.push({ ...at, index: refused.length });
    refused.push(refusal);
  };
  /** Checks the digests of what was read since the last flush, and adds the intact results. */
  const flush = async () => {
    while (pending.length > 0) {
      const batch = pending.splice(0, digestBatch);
      const digests = await Promise.all(
        batch.map((entry) => ('digest' in entry ? entry.digest : null)),
      );
      batch.forEach((entry, i) => {
        if ('refusal' in entry) listRefusal(entry.refusal, entry.at);
        else if (digests[i] !== entry.file.digest)
          listRefusal({ source: entry.source, code: 'digest-mismatch', params: {} }, entry.at);
        else {
          if (entry.at) {
            rowLines.rows.push(builder.count);
            rowLines.bundles.push(entry.at.bundle);
            rowLines.lines.push(entry.at.line);
            rowLines.names[entry.at.bundle] = entry.at.name;
          }
          builder.add(entry.file, entry.source);
        }
      });
    }
  };
  /** A chunk's lines, their digests checked every `digestBatch` results (see there). */
  const takeChunk = async ({ name, bundle, text: chunk }: ChunkText) => {
    const before = bundleLines[bundle] ?? 0;
    const lines: { line: number; text: string }[] = [];
    bundleLines[bundle] = before + forEachLine(chunk, (line, text) => lines.push({ line, text }));
    for (const { line, text } of lines) {
      take(`${name}:${before + line}`, text, { bundle, name, line: before + line });
      if (pending.length >= digestBatch) await flush();
    }
  };
  /** Takes an item whose text is at hand (see `readItem`). */
  const item = async (next: ReadItem) => {
    if ('refusal' in next) refuse(next.refusal);
    else if ('chunk' in next) await takeChunk(next.chunk);
    else take(next.source, next.text);
  };
  const part = async (): Promise<ResearchPart> => {
    await flush();
    return {
      table: builder.finish(),
      read,
      refused,
      refusedCount,
      bundleLines,
      lineRefusals,
      rowLines,
    };
  };
  const finish = async (input: Omit<ResearchJobInput, 'files'>) =>
    finishResearch(await part(), input);
  return { take, refuse, item, flush, part, finish };
}

/**
 * Reads the items of one batch (in a helper worker): its part of the table, and its refusals. The
 * batch's files and chunks are read all at once, then taken in their order.
 */
export async function collectItems(
  items: readonly ResearchItem[],
  registry: ResearchRegistry,
): Promise<ResearchPart> {
  const collector = createResearchCollector(registry);
  for (const item of await Promise.all(items.map(readItem))) await collector.item(item);
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
  const rowLines: ResearchPart['rowLines'] = { rows: [], bundles: [], lines: [], names: {} };
  const sources: string[] = [];
  for (const part of parts) {
    const ownSources = part.table.sources.slice();
    part.rowLines.rows.forEach((row, i) => {
      const bundle = part.rowLines.bundles[i] as number;
      const line = (bundleLines[bundle] ?? 0) + (part.rowLines.lines[i] as number);
      const name = part.rowLines.names[bundle] ?? '';
      ownSources[row] = `${name}:${line}`;
      rowLines.rows.push(sources.length + row);
      rowLines.bundles.push(bundle);
      rowLines.lines.push(line);
      rowLines.names[bundle] = name;
    });
    sources.push(...ownSources);
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
    table: { ...mergeResearchTables(parts.map((part) => part.table)), sources },
    read: parts.reduce((sum, part) => sum + part.read, 0),
    refused,
    refusedCount: parts.reduce((sum, part) => sum + part.refusedCount, 0),
    bundleLines,
    lineRefusals,
    rowLines,
  };
}

export { finishResearch };

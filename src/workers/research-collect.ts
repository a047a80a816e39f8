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
import { refusedListed, type ResearchJobInput, type ResearchJobResult } from './research-job';

const newline = 0x0a;

function joined(pieces: Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0] as Uint8Array;
  const all = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  let at = 0;
  for (const piece of pieces) {
    all.set(piece, at);
    at += piece.byteLength;
  }
  return all;
}

/**
 * Each non-empty line of a byte stream, split on the newline byte (never part of a multi-byte UTF-8
 * character) and decoded one line at a time: one big growing string costs far more than the bytes
 * (the worker spent more on string copies than on JSON.parse). `onBytes` follows the progress.
 */
export async function* streamLines(
  stream: ReadableStream<Uint8Array>,
  onBytes: (bytes: number) => void = () => {},
): AsyncGenerator<{ line: number; text: string }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const textOf = (pieces: Uint8Array[]) => decoder.decode(joined(pieces)).trim();
  let carry: Uint8Array[] = [];
  let line = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onBytes(value.byteLength);
    let start = 0;
    for (let at = value.indexOf(newline); at >= 0; at = value.indexOf(newline, start)) {
      line += 1;
      carry.push(value.subarray(start, at));
      const text = textOf(carry);
      carry = [];
      if (text !== '') yield { line, text };
      start = at + 1;
    }
    // a copy: the stream may hand out views of a buffer it reuses
    if (start < value.byteLength) carry.push(value.slice(start));
  }
  const text = carry.length > 0 ? textOf(carry) : '';
  if (text !== '') yield { line: line + 1, text };
}

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

/** One item of a batch: a text to read, or a file already refused (too large to read). */
export type ResearchItem =
  { source: string; text: string } | { source: string; refusal: ResearchRefusal };

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
  const item = (next: ResearchItem) => {
    if ('refusal' in next) refuse(next.refusal);
    else take(next.source, next.text);
  };
  const part = (): ResearchPart => ({ table: builder.finish(), read, refused, refusedCount });
  const finish = (input: Omit<ResearchJobInput, 'files'>) => finishResearch(part(), input);
  return { take, refuse, item, part, finish };
}

/** Reads the items of one batch (in a helper worker): its part of the table, and its refusals. */
export function collectItems(items: readonly ResearchItem[]): ResearchPart {
  const collector = createResearchCollector();
  for (const item of items) collector.item(item);
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

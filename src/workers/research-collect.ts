import {
  aggregateResearch,
  createTableBuilder,
  readResearchFile,
  runFsqca,
  type ResearchRefusal,
} from '../domain/research';
import { buildResearchExports } from '../exports/research';
import { refusedListed, type ResearchJobInput, type ResearchJobResult } from './research-job';

/** Each non-empty line of a byte stream, decoded as UTF-8 as it comes; `onBytes` follows the progress. */
export async function* streamLines(
  stream: ReadableStream<Uint8Array>,
  onBytes: (bytes: number) => void = () => {},
): AsyncGenerator<{ line: number; text: string }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let rest = '';
  let line = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onBytes(value.byteLength);
    rest += decoder.decode(value, { stream: true });
    let start = 0;
    let at = rest.indexOf('\n', start);
    while (at >= 0) {
      line += 1;
      const text = rest.slice(start, at).trim();
      if (text !== '') yield { line, text };
      start = at + 1;
      at = rest.indexOf('\n', start);
    }
    rest = rest.slice(start);
  }
  rest += decoder.decode();
  if (rest.trim() !== '') yield { line: line + 1, text: rest.trim() };
}

/** Is this file name a JSON Lines bundle? */
export const isBundleName = (name: string) => /\.(jsonl|ndjson)$/i.test(name);

/**
 * Collects a research batch text by text, keeping only the table's columns of each valid result and
 * at most `refusedListed` refusals; `finish` aggregates, runs fsQCA and builds the asked exports.
 * Shared by the worker and `selfscan aggregate`.
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
  const finish = (input: Omit<ResearchJobInput, 'files'>): ResearchJobResult => {
    const table = builder.finish();
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
  };
  return { take, refuse, finish };
}

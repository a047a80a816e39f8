import {
  aggregateResearch,
  createTableBuilder,
  readResearchFile,
  runFsqca,
  type ResearchRefusal,
} from '../domain/research';
import { buildResearchExports } from '../exports/research';
import {
  refusedListed,
  researchFileLimits,
  type ResearchJobInput,
  type ResearchJobResult,
} from './research-job';

const isBundle = (name: string) => /\.(jsonl|ndjson)$/i.test(name);

/** Each non-empty line of a blob, decoded as UTF-8 while streaming; `onBytes` follows the progress. */
async function* streamLines(blob: Blob, onBytes: (bytes: number) => void) {
  const reader = blob.stream().getReader();
  const decoder = new TextDecoder();
  let rest = '';
  let line = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onBytes(value.byteLength);
    rest += decoder.decode(value, { stream: true });
    let at = rest.indexOf('\n');
    while (at >= 0) {
      line += 1;
      const text = rest.slice(0, at).trim();
      if (text !== '') yield { line, text };
      rest = rest.slice(at + 1);
      at = rest.indexOf('\n');
    }
  }
  rest += decoder.decode();
  if (rest.trim() !== '') yield { line: line + 1, text: rest.trim() };
}

/**
 * The research job: reads every file (checking sizes first), keeps only the table's columns of each
 * valid anonymised result, then aggregates, runs fsQCA when an outcome is given, and builds exports.
 */
export async function runResearchJob(
  input: ResearchJobInput,
  progress: (done: number, total: number) => void,
): Promise<ResearchJobResult> {
  const builder = createTableBuilder();
  const refused: ResearchRefusal[] = [];
  let refusedCount = 0;
  let read = 0;
  const refuse = (refusal: ResearchRefusal) => {
    refusedCount += 1;
    if (refused.length < refusedListed) refused.push(refusal);
  };
  const take = (source: string, text: string) => {
    read += 1;
    const result = readResearchFile({ source, text });
    if (result.ok) builder.add(result.file);
    else refuse(result.refusal);
  };
  const total = input.files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  let lastReport = 0;
  const advance = (bytes: number) => {
    done += bytes;
    if (done - lastReport > total / 100 || done === total) {
      lastReport = done;
      progress(done, total);
    }
  };
  for (const file of input.files) {
    const limit = isBundle(file.name)
      ? researchFileLimits.bundleBytes
      : researchFileLimits.resultBytes;
    if (file.size > limit) {
      read += 1;
      refuse({ source: file.name, code: 'too-large', params: { size: file.size, limit } });
      advance(file.size);
    } else if (isBundle(file.name)) {
      for await (const line of streamLines(file, advance))
        take(`${file.name}:${line.line}`, line.text);
    } else {
      take(file.name, await file.text());
      advance(file.size);
    }
  }
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
}

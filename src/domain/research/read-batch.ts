import type { AnonymisedResultFile } from '../files/anonymised-result-file';
import { quickReadAnonymisedResult } from '../files/anonymised-result-quick';
import { peekFormat, readAnonymisedResultFile, type FileErrorCode } from '../files/read-file';

/**
 * Why a file of a research batch was not used. `identifying-result`: a full `ck-result` (with names and
 * free text), which a researcher must not load; `too-large`: over the size limit, not read at all;
 * `scores-differ` / `digest-mismatch`: changed since it was made (re-scored from its answers, or its
 * digest recomputed); `duplicate`: the same result read before; the rest are the file reader's codes.
 */
export type ResearchRefusalCode =
  | FileErrorCode
  | 'identifying-result'
  | 'too-large'
  | 'empty-line'
  | 'unknown-questionnaire'
  | 'scores-differ'
  | 'digest-mismatch'
  | 'duplicate';

export type ResearchRefusal = {
  /** the file's name, or `name:line` for a line of a JSON Lines bundle */
  source: string;
  code: ResearchRefusalCode;
  params: {
    /** for `invalid`: the paths that failed, at most five */
    paths?: string[];
    /** for `wrong-format`: the format found */
    format?: string;
    size?: number;
    limit?: number;
    /** for `scores-differ`: the fields whose stored score differs from the re-score, at most five */
    fields?: string[];
    /** for `duplicate`: where the same result was read first, and what matched */
    of?: string;
    by?: 'digest' | 'result-id';
  };
};

export type ResearchRead =
  { ok: true; file: AnonymisedResultFile } | { ok: false; refusal: ResearchRefusal };

/**
 * Reads one text as an anonymised result; an identifying result file is refused with its own code.
 * A plain, valid result takes the quick way; the schema decides everything else.
 */
export function readResearchFile({ source, text }: { source: string; text: string }): ResearchRead {
  const quick = quickReadAnonymisedResult(text);
  if (quick) return { ok: true, file: quick };
  const read = readAnonymisedResultFile(text);
  if (read.ok) return read;
  const { code } = read.error;
  if (code === 'wrong-format') {
    const format = peekFormat(text);
    if (format === 'ck-result')
      return { ok: false, refusal: { source, code: 'identifying-result', params: {} } };
    return { ok: false, refusal: { source, code, params: format === undefined ? {} : { format } } };
  }
  const paths =
    read.error.code === 'invalid'
      ? read.error.issues.slice(0, 5).map((issue) => issue.path)
      : undefined;
  return { ok: false, refusal: { source, code, params: paths ? { paths } : {} } };
}

/** Is this text a JSON Lines bundle (one JSON object per line) rather than one JSON file? */
export function isJsonLines(text: string): boolean {
  const firstBreak = text.trimEnd().indexOf('\n');
  if (firstBreak < 0) return false;
  const firstLine = text.slice(0, firstBreak).trim();
  return firstLine.startsWith('{') && firstLine.endsWith('}');
}

/** Each non-empty line of a JSON Lines text with its number (from 1). */
export function* jsonLines(text: string): Generator<{ line: number; text: string }> {
  let start = 0;
  let line = 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const content = text.slice(start, end).trim();
    if (content !== '') yield { line, text: content };
    start = end + 1;
    line += 1;
  }
}

/**
 * Reads a research batch from texts (one file each, or a JSON Lines bundle each): the valid anonymised
 * results, and every refused file or line with a code and parameters. `onFile` receives each valid file
 * instead of collecting it, so a caller can keep only columns.
 */
export function readResearchBatch({
  texts,
  onFile,
}: {
  texts: Iterable<{ name: string; text: string }>;
  onFile?: (file: AnonymisedResultFile) => void;
}): { files: AnonymisedResultFile[]; refused: ResearchRefusal[]; read: number } {
  const files: AnonymisedResultFile[] = [];
  const refused: ResearchRefusal[] = [];
  let read = 0;
  const take = (source: string, text: string) => {
    read += 1;
    const result = readResearchFile({ source, text });
    if (!result.ok) refused.push(result.refusal);
    else if (onFile) onFile(result.file);
    else files.push(result.file);
  };
  for (const { name, text } of texts) {
    if (!isJsonLines(text)) take(name, text);
    else for (const line of jsonLines(text)) take(`${name}:${line.line}`, line.text);
  }
  return { files, refused, read };
}

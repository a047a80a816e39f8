import { readResultFile } from '../../domain/files/read-file';
import type { ResultFile } from '../../domain/files/result-file-schema';
import { readJsonText } from '../../domain/safe-json';
import type { ScreenReason, ScreenStatus } from '../../domain/screening/screen-status';

export type ResultTextRead =
  { ok: true; result: ResultFile } | { ok: false; status: ScreenStatus; reason: ScreenReason };

function peek(text: string, field: string): unknown {
  const read = readJsonText(text);
  if (!read.ok || read.value === null || typeof read.value !== 'object') return undefined;
  return Reflect.get(read.value, field);
}

/**
 * Reads a result file's text for screening; a JSON file of another kind is not a self-scan, a broken
 * or invalid one is unreadable. `inPdf`: the text is a PDF's attachment.
 */
export function readResultText({ text, inPdf }: { text: string; inPdf: boolean }): ResultTextRead {
  const read = readResultFile(text.replace(/^\uFEFF/, ''));
  if (read.ok) return { ok: true, result: read.file };
  switch (read.error.code) {
    case 'wrong-format': {
      const format = peek(text, 'format');
      const found = typeof format === 'string' ? format : null;
      return {
        ok: false,
        status: 'not-a-selfscan',
        reason: inPdf ? { code: 'attachment-not-result', found } : { code: 'wrong-format', found },
      };
    }
    case 'unsupported-version':
      return {
        ok: false,
        status: 'unreadable',
        reason: { code: 'unsupported-format-version', found: peek(text, 'formatVersion') ?? null },
      };
    case 'unreadable':
      return { ok: false, status: 'unreadable', reason: { code: 'not-json' } };
    default:
      return {
        ok: false,
        status: 'unreadable',
        reason: {
          code: 'invalid-file',
          paths: (read.error.issues ?? []).map((issue) => issue.path),
        },
      };
  }
}

// Screening one file a funder received: what it is, whether it holds a result, and whether that result
// (and, for a PDF, its printed text) holds up. Shared by the Web Worker and `selfscan screen`; the text
// reader is passed in (pdftotext in Node, pdf-lib's own reader in the browser).
import type { ResultFile } from '../../domain/files/result-file-schema';
import { sha256HexOfBytes } from '../../domain/hash';
import { verifyResult } from '../../domain/files/verify-result';
import type { QuestionnaireRegistry } from '../../domain/questionnaire/registry';
import type {
  ScreenedFile,
  ScreenReason,
  ScreenStatus,
} from '../../domain/screening/screen-status';
import { screenVerdict } from '../../domain/screening/screen-verdict';
import { extractResultAttachment } from '../reading/read-pdf';
import { printedFindings } from '../reading/verify-printed';
import { readResultText } from './read-result-text';
import { kindByName } from './file-kind';
import { maxScreenFileBytes, maxScreenJsonBytes } from './screen-limits';
import { sniffKind } from './sniff-kind';

/** The text of a PDF per page; undefined when it cannot be read. */
export type PdfTextReader = (bytes: Uint8Array) => Promise<string[] | undefined>;

type Registry = Pick<QuestionnaireRegistry, 'resolve'>;

/** A file refused before anything is read: empty, or over the limit. Undefined when its size is fine. */
export function checkFileSize({
  fileName,
  bytes,
}: {
  fileName: string;
  bytes: number;
}): ScreenedFile | undefined {
  const base = { fileName, kind: kindByName(fileName), bytes, digest: null, result: null };
  if (bytes === 0) return { ...base, status: 'unreadable', reasons: [{ code: 'empty-file' }] };
  if (bytes > maxScreenFileBytes) {
    return {
      ...base,
      status: 'unreadable',
      reasons: [{ code: 'too-large', bytes, limit: maxScreenFileBytes }],
    };
  }
  return undefined;
}

async function screenResult({
  result,
  registry,
  pages,
}: {
  result: ResultFile;
  registry: Registry;
  pages?: string[];
}): Promise<{ status: ScreenStatus; reasons: ScreenReason[] }> {
  const findings = await verifyResult({ file: result, registry });
  if (!pages) return screenVerdict({ findings });
  const resolved = registry.resolve(result.questionnaire);
  const questionnaire = resolved.ok ? resolved.entry.questionnaire : null;
  return screenVerdict({ findings, printed: printedFindings({ pages, result, questionnaire }) });
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Screens one file: its status, the reasons, its result when it could be read, and its bytes' hash. */
export async function screenFile(input: Parameters<typeof screenBytes>[0]): Promise<ScreenedFile> {
  const screened = await screenBytes(input);
  if (screened.bytes === 0 || screened.bytes > maxScreenFileBytes) return screened;
  return { ...screened, fileSha256: await sha256HexOfBytes(input.bytes) };
}

async function screenBytes({
  name,
  bytes,
  registry,
  readPdfText,
}: {
  name: string;
  bytes: Uint8Array;
  registry: Registry;
  readPdfText: PdfTextReader;
}): Promise<ScreenedFile> {
  const refused = checkFileSize({ fileName: name, bytes: bytes.length });
  if (refused) return refused;
  const sniffed = sniffKind(bytes);
  const kind = sniffed === 'other' ? kindByName(name) : sniffed;
  const base = { fileName: name, kind, bytes: bytes.length, digest: null, result: null };
  const fail = (status: ScreenStatus, reason: ScreenReason): ScreenedFile => ({
    ...base,
    status,
    reasons: [reason],
  });

  if (sniffed === 'other') {
    if (kind === 'pdf') return fail('unreadable', { code: 'damaged-pdf' });
    if (kind === 'json') return fail('unreadable', { code: 'not-json' });
    return fail('not-a-selfscan', { code: 'not-pdf-or-json' });
  }
  if (kind === 'json') {
    if (bytes.length >= maxScreenJsonBytes) {
      return fail('unreadable', {
        code: 'too-large',
        bytes: bytes.length,
        limit: maxScreenJsonBytes,
      });
    }
    const text = decodeUtf8(bytes);
    if (text === undefined) return fail('unreadable', { code: 'not-json' });
    const read = readResultText({ text, inPdf: false });
    if (!read.ok) return fail(read.status, read.reason);
    const verdict = await screenResult({ result: read.result, registry });
    return { ...base, ...verdict, digest: read.result.digest, result: read.result };
  }
  const attachment = await extractResultAttachment(bytes);
  if (!attachment.ok) {
    const { error } = attachment;
    if (error.code === 'no-attachment') return fail('not-a-selfscan', { code: 'no-attachment' });
    if (error.code === 'unpacks-too-large' || error.code === 'pdf-structure') {
      return fail('unreadable', error);
    }
    return fail('unreadable', { code: 'damaged-pdf' });
  }
  const read = readResultText({ text: attachment.text, inPdf: true });
  if (!read.ok) return fail(read.status, read.reason);
  const found = { ...base, digest: read.result.digest, result: read.result };
  const pages = await readPdfText(bytes);
  if (!pages) return { ...found, status: 'unreadable', reasons: [{ code: 'damaged-pdf' }] };
  return { ...found, ...(await screenResult({ result: read.result, registry, pages })) };
}

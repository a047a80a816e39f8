// Verifying a report PDF (Node): the attached result must be intact, and what the PDF prints
// (scores, collective, footer) must match it. The rule lives in src/report/verify-printed.ts; this
// adapter reads the text with poppler's pdftotext and words the findings for `selfscan verify`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readResultFile, verifyResult } from '../../src/domain/files';
import type { Finding, ResultFile } from '../../src/domain/files';
import type { QuestionnaireRegistry } from '../../src/domain/questionnaire';
import type { PrintedFinding } from '../../src/domain/screening';
import { extractResultAttachment } from '../../src/report/read-pdf';
import { printedFindings } from '../../src/report/verify-printed';

export { printedScores } from '../../src/report/verify-printed';

export type PdfVerification =
  | { ok: true; findings: Finding[]; result: ResultFile }
  | { ok: false; error: { code: string; message: string } };

type Registry = Pick<QuestionnaireRegistry, 'resolve'>;

/** The PDF's text per page, laid out as printed (`pdftotext -layout`); undefined when poppler fails. */
export async function pdfPagesText(bytes: Uint8Array): Promise<string[] | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'selfscan-pdf-'));
  try {
    const path = join(dir, 'report.pdf');
    writeFileSync(path, bytes);
    const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0 || run.error) return undefined;
    return run.stdout.split('\f').filter((pageText) => pageText.trim() !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A printed-text finding in the shape and words of `selfscan verify`. */
export function printedAsFinding(finding: PrintedFinding): Finding {
  switch (finding.code) {
    case 'printed-score-differs':
      return {
        code: 'score-differs',
        message:
          finding.printed === null
            ? `the PDF prints no score for ${finding.condition}; the attachment says ${finding.attached}`
            : `the PDF prints ${finding.printed} for ${finding.condition}, the attachment says ${finding.attached}`,
        scope: 'condition',
        id: finding.condition,
        field: 'printed score',
        stored: finding.printed,
        recomputed: finding.attached,
      };
    case 'printed-name-missing':
      return {
        code: 'score-differs',
        message: `the PDF does not name the collective of the attachment ("${finding.attached}")`,
        scope: 'scan',
        id: null,
        field: 'printed collective name',
        stored: null,
        recomputed: finding.attached,
      };
    case 'printed-digest-differs':
      return {
        code: 'digest-mismatch',
        message: `page ${finding.page} prints the digest ${finding.printed ?? '(none)'}, the attachment has ${finding.attached.slice(0, 12)}…: the PDF and its attachment do not belong together`,
        stored: finding.printed ?? '',
        recomputed: finding.attached,
      };
    case 'printed-questionnaire-missing':
      return {
        code: 'score-differs',
        message: `page ${finding.page} does not print the questionnaire ${finding.questionnaire}`,
        scope: 'scan',
        id: null,
        field: 'printed questionnaire',
        stored: null,
        recomputed: finding.questionnaire,
      };
  }
}

/** Verifies a report PDF: the attachment's digest and re-score, and the printed text against the attachment. */
export async function verifyPdf({
  bytes,
  registry,
}: {
  bytes: Uint8Array;
  registry: Registry;
}): Promise<PdfVerification> {
  const attachment = await extractResultAttachment(bytes);
  if (!attachment.ok)
    return { ok: false, error: { code: 'no-attachment', message: attachment.message } };
  const read = readResultFile(attachment.text);
  if (!read.ok) return { ok: false, error: read.error };
  const result = read.file;
  const findings = await verifyResult({ file: result, registry });
  const resolved = registry.resolve(result.questionnaire);
  if (!resolved.ok) return { ok: true, findings, result };
  const pages = await pdfPagesText(bytes);
  if (!pages) {
    return {
      ok: false,
      error: {
        code: 'no-text',
        message: 'cannot read the PDF text (is pdftotext from poppler-utils installed?)',
      },
    };
  }
  const printed = printedFindings({ pages, result, questionnaire: resolved.entry.questionnaire });
  findings.push(...printed.map(printedAsFinding));
  return { ok: true, findings, result };
}

/** `selfscan verify` for one PDF file, in the shape of its report lines. */
export async function verifyPdfFile(
  file: string,
  registry: Registry,
): Promise<
  | { file: string; intact: boolean; findings: Finding[] }
  | { file: string; intact: false; error: { code: string; message: string } }
> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { file, intact: false, error: { code: 'unreadable', message } };
  }
  const verification = await verifyPdf({ bytes, registry });
  if (!verification.ok) return { file, intact: false, error: verification.error };
  return { file, intact: verification.findings.length === 0, findings: verification.findings };
}

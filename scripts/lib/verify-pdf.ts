// Verifying a report PDF (Node): the attached result must be intact, and what the PDF prints
// (scores, collective, footer) must match it. The rule lives in src/report/reading/verify-printed.ts; this
// adapter reads the text with poppler's pdftotext.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyResult } from '../../src/domain/files';
import { fileLimits, screenTimeLimitMs } from '../../src/domain/files/file-limits';
import type { Finding, ResultFile } from '../../src/domain/files';
import type { QuestionnaireRef, QuestionnaireRegistry } from '../../src/domain/questionnaire';
import { printedReason, type ScreenReason } from '../../src/domain/screening';
import { readPdfResult } from '../../src/report/reading/read-pdf-result';
import { printedFindings } from '../../src/report/reading/verify-printed';
import type { CliFileError } from './cli-errors';
import { checkPdfaClaims, type PdfaCheck } from './pdfa-checks';
import { readFileBytes } from './read-file';

export { printedScores } from '../../src/report/reading/verify-printed';

/**
 * What verifying a report PDF found: `findings` on its attached result, `printed` where its printed
 * text disagrees with that result (the reasons the funder's screening gives, from the same domain
 * function).
 */
export type PdfVerification =
  | { ok: true; findings: Finding[]; printed: ScreenReason[]; result: ResultFile }
  | { ok: false; error: CliFileError };

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
      // a hostile file must not keep poppler busy after its screening was given up
      timeout: screenTimeLimitMs,
    });
    if (run.status !== 0 || run.error) return undefined;
    return run.stdout.split('\f').filter((pageText) => pageText.trim() !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
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
  const read = await readPdfResult(bytes);
  if (!read.ok) return read;
  const result = read.file;
  const findings = await verifyResult({ file: result, registry });
  const resolved = registry.resolve(result.questionnaire);
  if (!resolved.ok) return { ok: true, findings, printed: [], result };
  const pages = await pdfPagesText(bytes);
  if (!pages) return { ok: false, error: { code: 'no-pdftotext' } };
  const printed = printedFindings({ pages, result, questionnaire: resolved.entry.questionnaire });
  return { ok: true, findings, printed: printed.map(printedReason), result };
}

/**
 * `selfscan verify` for one PDF file, in the shape of its report lines; with `pdfa`, also the checks
 * of its PDF/A-3b and PDF/UA-1 claims, and it is intact only when every one of them passes too.
 */
export async function verifyPdfFile(
  file: string,
  registry: Registry,
  { pdfa = false }: { pdfa?: boolean } = {},
): Promise<
  | {
      file: string;
      intact: boolean;
      findings: Finding[];
      printed: ScreenReason[];
      pdfa?: PdfaCheck[];
      /** the questionnaire the attached result names, which it was checked against */
      questionnaire: QuestionnaireRef;
    }
  | { file: string; intact: false; error: CliFileError }
> {
  const read = await readFileBytes(file, fileLimits.pdf);
  if (!read.ok) return { file, intact: false, error: read.error };
  const verification = await verifyPdf({ bytes: read.bytes, registry });
  if (!verification.ok) return { file, intact: false, error: verification.error };
  const { findings, printed } = verification;
  const questionnaire = verification.result.questionnaire;
  const isIntact = findings.length === 0 && printed.length === 0;
  if (!pdfa) return { file, intact: isIntact, findings, printed, questionnaire };
  const checks = await checkPdfaClaims(read.bytes);
  return {
    file,
    intact: isIntact && checks.every((one) => one.ok),
    findings,
    printed,
    pdfa: checks,
    questionnaire,
  };
}

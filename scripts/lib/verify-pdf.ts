// Verifying a report PDF (Node): the attached result must be intact, and what the PDF prints
// (scores, collective, footer) must match it. Text comes from poppler's pdftotext.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyResult } from '../../src/domain/files';
import { fileLimits } from '../../src/domain/files/file-limits';
import type { Finding, ResultFile } from '../../src/domain/files';
import type { QuestionnaireRegistry } from '../../src/domain/questionnaire';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { displayScore } from '../../src/domain/scoring';
import { readPdfResult } from '../../src/report/read-pdf-result';
import type { CliFileError } from './cli-errors';
import { readFileBytes } from './read-file';

export type PdfVerification =
  { ok: true; findings: Finding[]; result: ResultFile } | { ok: false; error: CliFileError };

type Registry = Pick<QuestionnaireRegistry, 'resolve'>;

/** The PDF's text per page, laid out as printed (`pdftotext -layout`); undefined when poppler fails. */
export function pdfPagesText(bytes: Uint8Array): string[] | undefined {
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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every score printed after a condition title ("Gedeeld leiderschap   68"), in either language. */
export function printedScores({
  text,
  titles,
}: {
  text: string;
  titles: readonly string[];
}): string[] {
  const pattern = new RegExp(
    `^\\s*(?:${titles.map(escapeRegExp).join('|')})\\s{2,}(\\d{1,3}|–)(?=\\s|$)`,
  );
  return text
    .split('\n')
    .map((line) => pattern.exec(line)?.[1])
    .filter((value): value is string => value !== undefined);
}

function printedFindings({
  pages,
  result,
  questionnaire,
}: {
  pages: string[];
  result: ResultFile;
  questionnaire: Questionnaire;
}): Finding[] {
  const findings: Finding[] = [];
  const text = pages.join('\n');
  const differs = (
    scope: 'condition' | 'scan',
    id: string | null,
    field: string,
    printed: unknown,
    attached: unknown,
  ): Finding => ({
    code: 'score-differs',
    scope,
    id,
    field,
    stored: printed,
    recomputed: attached,
  });

  for (const condition of questionnaire.conditions) {
    const shown = displayScore(result.scores.conditions[condition.id]?.score ?? null);
    const expected = shown === null ? '–' : String(shown);
    const printed = printedScores({ text, titles: [condition.title.nl, condition.title.en] });
    if (printed.length === 0) {
      findings.push(differs('condition', condition.id, 'printed score', null, expected));
    }
    for (const value of new Set(printed.filter((value) => value !== expected))) {
      findings.push(differs('condition', condition.id, 'printed score', value, expected));
    }
  }

  const name = result.collective.name;
  if (name !== null && !squash(text).includes(squash(name))) {
    findings.push(differs('scan', null, 'printed collective name', null, name));
  }

  const prefix = result.digest.slice(0, 12);
  const ref = `${result.questionnaire.id}@${result.questionnaire.version}`;
  pages.forEach((pageText, index) => {
    const footer = /(?:resultaat|result) ([0-9a-f]{12})\b/.exec(pageText)?.[1] ?? null;
    if (footer !== prefix) {
      findings.push({
        code: 'digest-mismatch',
        stored: footer ?? '',
        recomputed: result.digest,
        page: index + 1,
      });
    }
    if (!pageText.includes(ref)) {
      findings.push({
        code: 'score-differs',
        scope: 'scan',
        id: null,
        field: 'printed questionnaire',
        stored: null,
        recomputed: ref,
        page: index + 1,
      });
    }
  });
  return findings;
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
  if (!resolved.ok) return { ok: true, findings, result };
  const pages = pdfPagesText(bytes);
  if (!pages) {
    return { ok: false, error: { code: 'no-pdftotext' } };
  }
  findings.push(...printedFindings({ pages, result, questionnaire: resolved.entry.questionnaire }));
  return { ok: true, findings, result };
}

/** `selfscan verify` for one PDF file, in the shape of its report lines. */
export async function verifyPdfFile(
  file: string,
  registry: Registry,
): Promise<
  | { file: string; intact: boolean; findings: Finding[] }
  | { file: string; intact: false; error: CliFileError }
> {
  const read = await readFileBytes(file, fileLimits.pdf);
  if (!read.ok) return { file, intact: false, error: read.error };
  const verification = await verifyPdf({ bytes: read.bytes, registry });
  if (!verification.ok) return { file, intact: false, error: verification.error };
  return { file, intact: verification.findings.length === 0, findings: verification.findings };
}

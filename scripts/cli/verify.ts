// `npm run selfscan -- verify <result files…> [--json] [--pdfa] [--questionnaires <dir>]`: re-checks
// result files; exit 0 only when every file is intact. `--pdfa` also checks each PDF's PDF/A-3b and
// PDF/UA-1 claims (scripts/lib/pdfa-checks.ts).
import { readResultFile, verifyResult } from '../../src/domain/files';
import type { Finding } from '../../src/domain/files';
import { describeFinding } from '../../src/wording/describe-file-problem';
import { questionnaireKey } from '../../src/domain/questionnaire';
import type { QuestionnaireRef, QuestionnaireRegistry } from '../../src/domain/questionnaire';
import { parseCommandArgs } from '../lib/args';
import { describeCliError, unexpected, type CliFileError } from '../lib/cli-errors';
import { loadRegistryOrReport } from '../lib/load-registry';
import type { ScreenReason } from '../../src/domain/screening';
import { describeScreenReason } from '../lib/describe-screen-reason';
import type { PdfaCheck } from '../lib/pdfa-checks';
import { readTextFile } from '../lib/read-file';

const usage =
  'Usage: npm run selfscan -- verify <result files…> [--json] [--pdfa] [--questionnaires <dir>]';

type Report =
  | {
      file: string;
      intact: boolean;
      findings: Finding[];
      /** a PDF's printed text where it disagrees with its attachment */
      printed?: ScreenReason[];
      pdfa?: PdfaCheck[];
      /** the questionnaire version (and its hash) the file names and was checked against */
      questionnaire: QuestionnaireRef;
    }
  | { file: string; intact: false; error: CliFileError };

type Options = { pdfa: boolean };

async function verifyFile(
  file: string,
  registry: QuestionnaireRegistry,
  options: Options,
): Promise<Report> {
  // a PDF report: its attachment is verified, and its printed scores must equal the attachment's
  if (file.toLowerCase().endsWith('.pdf'))
    return (await import('../lib/verify-pdf')).verifyPdfFile(file, registry, options);
  const read = await readTextFile(file);
  if (!read.ok) return { file, intact: false, error: read.error };
  const parsed = readResultFile(read.text);
  if (!parsed.ok) return { file, intact: false, error: parsed.error };
  const findings = await verifyResult({ file: parsed.file, registry });
  return {
    file,
    intact: findings.length === 0,
    findings,
    questionnaire: parsed.file.questionnaire,
  };
}

async function verifySafely(
  file: string,
  registry: QuestionnaireRegistry,
  options: Options,
): Promise<Report> {
  try {
    return await verifyFile(file, registry, options);
  } catch {
    // never an internal error text: the file gets a code like every other failure
    return { file, intact: false, error: unexpected };
  }
}

function printReport(report: Report): void {
  if ('error' in report) {
    console.error(`${report.file}: ${describeCliError(report.error)}`);
    return;
  }
  const { questionnaire } = report;
  const checked = `questionnaire ${questionnaireKey(questionnaire)} (sha256 ${questionnaire.sha256})`;
  if (report.intact) console.log(`${report.file}: intact, ${checked}`);
  // a questionnaire this app does not know could not be checked against: the file only names it
  else if (report.findings.some((finding) => finding.code === 'unknown-questionnaire'))
    console.log(`${report.file}: names ${checked}, which this app cannot check against`);
  else console.log(`${report.file}: checked against ${checked}`);
  for (const finding of report.findings) {
    console.log(`${report.file}: ${finding.code}: ${describeFinding(finding)}`);
  }
  for (const reason of report.printed ?? []) {
    console.log(`${report.file}: ${reason.code}: ${describeScreenReason(reason)}`);
  }
  for (const check of report.pdfa ?? []) {
    console.log(
      `${report.file}: pdfa ${check.ok ? 'ok' : 'FAILS'}: ${check.name}: ${check.detail}`,
    );
  }
}

function jsonReport(report: Report) {
  return 'error' in report
    ? { ...report, error: { ...report.error, message: describeCliError(report.error) } }
    : {
        ...report,
        findings: report.findings.map((f) => ({ ...f, message: describeFinding(f) })),
        ...(report.printed && {
          printed: report.printed.map((r) => ({ ...r, message: describeScreenReason(r) })),
        }),
      };
}

/** Verifies each result file; exit 1 when any file has findings or cannot be read, 2 on wrong usage. */
export async function run(args: string[]): Promise<number> {
  const options = { pdfa: args.includes('--pdfa') };
  const parsed = parseCommandArgs(args.filter((arg) => arg !== '--pdfa'));
  if (!parsed.ok) {
    console.error(`verify: ${parsed.message}\n${usage}`);
    return 2;
  }
  const registry = await loadRegistryOrReport(parsed.args.questionnaires);
  if (!registry) return 1;
  const reports: Report[] = [];
  for (const file of parsed.args.files) reports.push(await verifySafely(file, registry, options));
  if (parsed.args.json) {
    console.log(JSON.stringify(reports.map(jsonReport), null, 2));
    for (const report of reports) {
      if ('error' in report) console.error(`${report.file}: ${describeCliError(report.error)}`);
    }
  } else reports.forEach(printReport);
  return reports.every((report) => report.intact) ? 0 : 1;
}

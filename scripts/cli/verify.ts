// `npm run selfscan -- verify <result files…> [--json] [--questionnaires <dir>]`: re-checks result files;
// exit 0 only when every file is intact.
import { readResultFile, verifyResult } from '../../src/domain/files';
import type { Finding } from '../../src/domain/files';
import type { QuestionnaireRegistry } from '../../src/domain/questionnaire';
import { parseCommandArgs } from '../lib/args';
import { loadRegistryOrReport } from '../lib/load-registry';
import { readTextFile } from '../lib/read-file';

const usage = 'Usage: npm run selfscan -- verify <result files…> [--json] [--questionnaires <dir>]';

type Report =
  | { file: string; intact: boolean; findings: Finding[] }
  | { file: string; intact: false; error: { code: string; message: string } };

async function verifyFile(file: string, registry: QuestionnaireRegistry): Promise<Report> {
  // a PDF report: its attachment is verified, and its printed scores must equal the attachment's
  if (file.toLowerCase().endsWith('.pdf'))
    return (await import('../lib/verify-pdf')).verifyPdfFile(file, registry);
  const read = await readTextFile(file);
  if (!read.ok)
    return { file, intact: false, error: { code: 'unreadable', message: read.message } };
  const parsed = readResultFile(read.text);
  if (!parsed.ok) return { file, intact: false, error: parsed.error };
  const findings = await verifyResult({ file: parsed.file, registry });
  return { file, intact: findings.length === 0, findings };
}

function printReport(report: Report): void {
  if ('error' in report) {
    console.error(`${report.file}: ${report.error.message}`);
    return;
  }
  if (report.intact) console.log(`${report.file}: intact`);
  for (const finding of report.findings) {
    console.log(`${report.file}: ${finding.code}: ${finding.message}`);
  }
}

/** Verifies each result file; exit 1 when any file has findings or cannot be read, 2 on wrong usage. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args);
  if (!parsed.ok) {
    console.error(`verify: ${parsed.message}\n${usage}`);
    return 2;
  }
  const registry = await loadRegistryOrReport(parsed.args.questionnaires);
  if (!registry) return 1;
  const reports: Report[] = [];
  for (const file of parsed.args.files) reports.push(await verifyFile(file, registry));
  if (parsed.args.json) {
    console.log(JSON.stringify(reports, null, 2));
    for (const report of reports) {
      if ('error' in report) console.error(`${report.file}: ${report.error.message}`);
    }
  } else reports.forEach(printReport);
  return reports.every((report) => report.intact) ? 0 : 1;
}

// `npm run selfscan -- report <result.json> --out report.pdf [--lang nl|en] [--questionnaires <dir>]`:
// the PDF report of a result file, made by the same model and renderer as the app.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readResultFile, verifyResult } from '../../src/domain/files';
import {
  describeFileError,
  describeFinding,
  describeResolveFailure,
} from '../../src/wording/describe-file-problem';
import { buildReportModel } from '../../src/report/model/report-model';
import { loadNodeFonts } from '../../src/report/pdf/fonts-node';
import { renderReportPdf } from '../../src/report/pdf/render-pdf';
import { questionnairesDir } from '../lib/load-questionnaires';
import { loadRegistryOrReport } from '../lib/load-registry';
import { readTextFile } from '../lib/read-file';

const usage =
  'Usage: npm run selfscan -- report <result.json> --out report.pdf [--lang nl|en] [--questionnaires <dir>]';

type ReportArgs = { file: string; out: string; language: 'nl' | 'en'; questionnaires: string };

function parseReportArgs(
  args: string[],
): { ok: true; args: ReportArgs } | { ok: false; message: string } {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        lang: { type: 'string' },
        questionnaires: { type: 'string' },
      },
    });
    const [file, ...rest] = positionals;
    if (!file || rest.length > 0) return { ok: false, message: 'give exactly one result file' };
    if (!values.out) return { ok: false, message: '--out <file.pdf> is required' };
    const language = values.lang ?? 'nl';
    if (language !== 'nl' && language !== 'en')
      return { ok: false, message: '--lang must be nl or en' };
    return {
      ok: true,
      args: {
        file,
        out: values.out,
        language,
        questionnaires:
          values.questionnaires === undefined ? questionnairesDir : resolve(values.questionnaires),
      },
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Writes the PDF report of one result file; refuses a result that does not verify. Exit 0, 1 or 2 (usage). */
export async function run(args: string[]): Promise<number> {
  const parsed = parseReportArgs(args);
  if (!parsed.ok) {
    console.error(`report: ${parsed.message}\n${usage}`);
    return 2;
  }
  const { file, out, language } = parsed.args;
  const registry = await loadRegistryOrReport(parsed.args.questionnaires);
  if (!registry) return 1;
  const text = await readTextFile(file);
  if (!text.ok) {
    console.error(`${file}: ${describeFileError(text.error)}`);
    return 1;
  }
  const read = readResultFile(text.text);
  if (!read.ok) {
    console.error(`${file}: ${describeFileError(read.error)}`);
    return 1;
  }
  // a report vouches for its numbers: make one only from an intact result
  const findings = await verifyResult({ file: read.file, registry });
  if (findings.length > 0) {
    for (const finding of findings)
      console.error(`${file}: ${finding.code}: ${describeFinding(finding)}`);
    return 1;
  }
  const resolved = registry.resolve(read.file.questionnaire);
  if (!resolved.ok) {
    console.error(`${file}: ${describeResolveFailure(resolved)}`);
    return 1;
  }
  const model = buildReportModel({
    result: read.file,
    questionnaire: resolved.entry.questionnaire,
    language,
  });
  const bytes = await renderReportPdf({ model, result: read.file, fonts: await loadNodeFonts() });
  await writeFile(out, bytes);
  console.log(
    `${out}: report of ${model.cover.collectiveName} (${Math.round(bytes.length / 1024)} kB)`,
  );
  return 0;
}

// `npm run selfscan -- screen <files|dir> [--criteria criteria.json] [--csv out.csv] [--semicolon]
// [--json] [--questionnaires <dir>]`: the funder's screening of report PDFs and result files, with the
// same code as the app's Financier page. Exit 0 when the batch could be screened, whatever the
// statuses; 2 on wrong usage.
import { stat, writeFile } from 'node:fs/promises';
import type { ScanScores } from '../../src/domain/scoring/scan-scores-schema';
import type { ScreenedFile, ScreeningCriteria, ScreeningRow } from '../../src/domain/screening';
import {
  checkedScores,
  evaluateCriteria,
  markDuplicates,
  screeningRow,
} from '../../src/domain/screening';
import { screeningCsv } from '../../src/report/screening/screening-csv';
import { describeCriterionFail, describeScreenReason } from '../lib/describe-screen-reason';
import { loadRegistryOrReport } from '../lib/load-registry';
import { expandInputs } from '../lib/read-file';
import { parseScreenArgs } from '../lib/screen-args';
import { cliArgumentText } from '../../src/wording/cli-argument-text';
import { screenInHelpers } from '../lib/screen-in-helpers';
import { counted } from '../lib/counted';
import { formatTable } from '../lib/table';

const usage =
  'Usage: npm run selfscan -- screen <files or folders…> [--criteria criteria.json] [--csv out.csv] [--semicolon] [--json] [--questionnaires <dir>]';

/** The `--json` object of one file. */
function jsonReport(
  file: ScreenedFile,
  row: ScreeningRow,
  criteria: ScreeningCriteria | undefined,
  scores: ScanScores | null,
) {
  const outcome = criteria ? evaluateCriteria({ criteria, file, scores }) : undefined;
  return {
    file: file.fileName,
    kind: file.kind,
    status: file.status,
    reasons: file.reasons.map((reason) => reason.code),
    details: file.reasons,
    ...(file.result
      ? {
          collective: file.result.collective,
          scores: row.scores,
          respondents: row.respondents,
          routeFit: row.routeFit,
          necessaryMet: row.necessaryMet,
          questionnaire: row.questionnaire,
          digest: file.digest,
        }
      : {}),
    ...(outcome ? { passes: outcome.passes, fails: outcome.fails } : {}),
  };
}

function printTable(
  files: readonly ScreenedFile[],
  rows: readonly ScreeningRow[],
  checked: readonly (ScanScores | null)[],
  criteria?: ScreeningCriteria,
) {
  const conditions = [...new Set(rows.flatMap((row) => Object.keys(row.scores)))];
  const header = [
    'file',
    'status',
    'collective',
    ...conditions,
    'route',
    ...(criteria ? ['passes'] : []),
  ];
  const cells = rows.map((row) => [
    row.fileName,
    row.status,
    row.collective ?? '–',
    ...conditions.map((id) =>
      row.scores[id] === undefined || row.scores[id] === null ? '–' : String(row.scores[id]),
    ),
    row.routeFit === null ? '–' : row.routeFit.join('+') || 'none',
    ...(criteria ? [row.passes ? 'yes' : 'no'] : []),
  ]);
  console.log(formatTable(header, cells));
  for (const [index, file] of files.entries()) {
    for (const reason of file.reasons)
      console.log(`${file.fileName}: ${describeScreenReason(reason)}`);
    if (!criteria) continue;
    const scores = checked[index] ?? null;
    for (const fail of evaluateCriteria({ criteria, file, scores }).fails) {
      console.log(`${file.fileName}: fails: ${describeCriterionFail(fail)}`);
    }
  }
  const counts = new Map<string, number>();
  for (const file of files) counts.set(file.status, (counts.get(file.status) ?? 0) + 1);
  console.log(
    `\n${counted(files.length, 'file')}: ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}`,
  );
}

/** Screens every file given (folders: their .pdf and .json files); exit 0, or 2 on wrong usage. */
export async function run(args: string[]): Promise<number> {
  const parsed = await parseScreenArgs(args);
  if (!parsed.ok) {
    console.error(`screen: ${cliArgumentText(parsed.problem)}\n${usage}`);
    return 2;
  }
  const { inputs, criteria, csv, semicolon, json } = parsed.value;
  const paths = await expandInputs(inputs, ['.pdf', '.json']);
  const files: { path: string; size: number }[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) {
      console.error(`screen: ${cliArgumentText({ code: 'no-such-file', path })}\n${usage}`);
      return 2;
    }
    files.push({ path, size: info.size });
  }
  // loaded here too, so a broken questionnaires folder is reported before any file is screened
  const registry = await loadRegistryOrReport(parsed.value.questionnaires);
  if (!registry) return 1;
  const screened = markDuplicates({
    files: await screenInHelpers({ files, questionnaires: parsed.value.questionnaires }),
  });
  // judged as the Financier page judges: a changed file re-scored from its answers, never its stated scores
  const checked = screened.map((file) =>
    file.result
      ? checkedScores({ status: file.status, result: file.result, registry }).scores
      : null,
  );
  const rows = screened.map((file, i) =>
    screeningRow({ file, criteria, scores: checked[i] ?? null }),
  );
  if (csv !== undefined) {
    await writeFile(csv, screeningCsv({ rows, delimiter: semicolon ? ';' : ',', bom: semicolon }));
  }
  if (json)
    console.log(
      JSON.stringify(
        screened.map((file, i) =>
          jsonReport(file, rows[i] as ScreeningRow, criteria, checked[i] ?? null),
        ),
        null,
        2,
      ),
    );
  else printTable(screened, rows, checked, criteria);
  return 0;
}

// `npm run selfscan -- score <result-or-response files…> [--json] [--questionnaires <dir>]`:
// re-scores result files one by one and scores response files grouped by scan.
import { displayScore } from '../../src/domain/scoring';
import type { ScanScores } from '../../src/domain/scoring';
import { parseCommandArgs } from '../lib/args';
import { loadRegistryOrReport } from '../lib/load-registry';
import { scoreInputs } from '../lib/scored-inputs';
import type { ScoredUnit } from '../lib/scored-inputs';
import { counted } from '../lib/counted';
import { fixed, formatTable } from '../lib/table';

const usage =
  'Usage: npm run selfscan -- score <result-or-response files…> [--json] [--questionnaires <dir>]';

function conditionTable(scores: ScanScores): string {
  const rows = Object.entries(scores.conditions).map(([id, c]) => [
    id,
    fixed(c.mean, 2),
    c.score === null ? '–' : String(displayScore(c.score)),
    fixed(c.membership, 2),
    fixed(c.iqr, 2),
    String(c.respondents),
    c.band ?? 'insufficient',
  ]);
  return formatTable(['condition', 'mean', 'score', 'membership', 'IQR', 'n', 'band'], rows);
}

function pathTable(scores: ScanScores): string {
  const rows = Object.entries(scores.paths).map(([id, p]) => [
    id,
    fixed(p.membership, 2),
    p.fits ? 'yes' : 'no',
    p.bottleneck ?? '–',
  ]);
  return formatTable(['path', 'membership', 'fits', 'bottleneck'], rows);
}

function printUnit(unit: ScoredUnit): void {
  const source =
    unit.kind === 'result' ? unit.file : `scan ${unit.scanId} (${unit.files.join(', ')})`;
  const { scores } = unit;
  console.log(`${source}\n${unit.questionnaire}, ${counted(unit.respondents, 'respondent')}\n`);
  console.log(conditionTable(scores));
  console.log(`\n${pathTable(scores)}\n`);
  console.log(`viability          ${fixed(scores.viability, 2)}`);
  console.log(`closest path       ${scores.closestPath ?? '–'}`);
  console.log(`necessary missing  ${scores.necessaryMissing.join(', ') || 'none'}`);
  console.log(`discussion points  ${scores.discussionPoints.join(', ') || 'none'}\n`);
}

function jsonOutput(units: ScoredUnit[]): unknown {
  if (units.length === 1 && units[0]) return units[0].scores;
  return units.map((unit) =>
    unit.kind === 'result'
      ? { file: unit.file, scores: unit.scores }
      : { files: unit.files, scanId: unit.scanId, scores: unit.scores },
  );
}

/** Scores the files; exit 1 when any file could not be scored, 2 on wrong usage. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args);
  if (!parsed.ok) {
    console.error(`score: ${parsed.message}\n${usage}`);
    return 2;
  }
  const registry = await loadRegistryOrReport(parsed.args.questionnaires);
  if (!registry) return 1;
  const { units, errors } = await scoreInputs({ files: parsed.args.files, registry });
  for (const { file, message } of errors) console.error(`${file}: ${message}`);
  if (parsed.args.json) {
    if (units.length > 0) console.log(JSON.stringify(jsonOutput(units), null, 2));
  } else units.forEach(printUnit);
  return errors.length > 0 ? 1 : 0;
}

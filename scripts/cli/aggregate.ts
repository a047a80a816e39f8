// `npm run selfscan -- aggregate <files|dir> [--json] [--questionnaires <dir>]`: across collectives, per
// condition the mean, median and IQR of their condition means. Every file is re-scored first.
import { readAnonymisedResultFile, peekFormat, readResultFile } from '../../src/domain/files';
import { describeFileError, describeResolveFailure } from '../../src/domain/files/describe-error';
import type { QuestionnaireRegistry } from '../../src/domain/questionnaire';
import { aggregateConditionMeans, scoreScan } from '../../src/domain/scoring';
import type { ConditionsAggregate, ScanScores } from '../../src/domain/scoring';
import { parseCommandArgs } from '../lib/args';
import { loadRegistryOrReport } from '../lib/load-registry';
import { expandInputs, readTextFile } from '../lib/read-file';
import { fixed, formatTable } from '../lib/table';

const usage =
  'Usage: npm run selfscan -- aggregate <result files or folders…> [--json] [--questionnaires <dir>]';

type Scored = { ok: true; scores: ScanScores } | { ok: false; message: string };

function readAny(text: string) {
  return peekFormat(text) === 'ck-result-anonymised'
    ? readAnonymisedResultFile(text)
    : readResultFile(text);
}

async function scoreFile(file: string, registry: QuestionnaireRegistry): Promise<Scored> {
  const read = await readTextFile(file);
  if (!read.ok) return { ok: false, message: describeFileError(read.error) };
  const parsed = readAny(read.text);
  if (!parsed.ok) return { ok: false, message: describeFileError(parsed.error) };
  const resolved = registry.resolve(parsed.file.questionnaire);
  if (!resolved.ok) return { ok: false, message: describeResolveFailure(resolved) };
  const { questionnaire } = resolved.entry;
  return { ok: true, scores: scoreScan({ questionnaire, responses: parsed.file.responses }) };
}

function printAggregate(aggregate: ConditionsAggregate): void {
  console.log(`${aggregate.n} collective(s)\n`);
  const rows = Object.entries(aggregate.conditions).map(([id, c]) => [
    id,
    String(c.n),
    fixed(c.mean, 3),
    fixed(c.median, 3),
    fixed(c.iqr, 3),
  ]);
  console.log(formatTable(['condition', 'n', 'mean', 'median', 'IQR'], rows));
}

/** Aggregates the collectives' condition means; exit 1 when any file could not be used, 2 on wrong usage. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args);
  if (!parsed.ok) {
    console.error(`aggregate: ${parsed.message}\n${usage}`);
    return 2;
  }
  const registry = await loadRegistryOrReport(parsed.args.questionnaires);
  if (!registry) return 1;
  const files = await expandInputs(parsed.args.files);
  const scans: ScanScores[] = [];
  let failed = 0;
  for (const file of files) {
    const scored = await scoreFile(file, registry);
    if (scored.ok) scans.push(scored.scores);
    else {
      failed += 1;
      console.error(`${file}: ${scored.message}`);
    }
  }
  if (files.length === 0) console.error(`${parsed.args.files.join(', ')}: no JSON files found`);
  const aggregate = aggregateConditionMeans(scans);
  if (parsed.args.json) console.log(JSON.stringify(aggregate, null, 2));
  else printAggregate(aggregate);
  return failed > 0 || files.length === 0 ? 1 : 0;
}

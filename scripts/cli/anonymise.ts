// `npm run selfscan -- anonymise <result files|dir> --out <dir> [--k 5] [--study <study.json> | --study-key <file>] [--json]`:
// one anonymised file per result (k-anonymous within this batch) and anonymisation-report.json. With a
// study, each file carries the pseudonym of its collective's id; a version-1 result has none and says why.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readResultFile, type ResultFile } from '../../src/domain/files';
import { describeFileError } from '../../src/wording/describe-file-problem';
import { anonymiseRefusalText } from '../../src/wording/research-text';
import { pseudonymMissingText } from '../../src/wording/study-text';
import { englishTranslate } from '../../src/wording/english';
import { anonymiseResults } from '../../src/domain/research';
import { loadRegistryOrReport } from '../lib/load-registry';
import { questionnairesDir } from '../lib/load-questionnaires';
import { counted } from '../lib/counted';
import { expandInputs, readTextFile } from '../lib/read-file';
import { readStudyPath } from '../lib/read-study';
import { cliArgumentText } from '../../src/wording/cli-argument-text';

const usage =
  'Usage: npm run selfscan -- anonymise <result files or folders…> --out <dir> [--k 5] [--study <study.json> | --study-key <file>] [--json]';

/** Random numbers for fresh ids from the operating system, not a seed: ids must not be guessable. */
function secureRandom(): () => number {
  return () => randomBytes(4).readUInt32BE(0) / 2 ** 32;
}

/** Anonymises a batch of result files; exit 1 when any input could not be used, 2 on wrong usage. */
export async function run(args: string[]): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{
      args: string[];
      allowPositionals: true;
      options: {
        out: { type: 'string' };
        k: { type: 'string' };
        'study-key': { type: 'string' };
        study: { type: 'string' };
        questionnaires: { type: 'string' };
        json: { type: 'boolean' };
      };
    }>
  >;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        k: { type: 'string' },
        'study-key': { type: 'string' },
        study: { type: 'string' },
        questionnaires: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`anonymise: ${cliArgumentText({ code: 'bad-option', detail })}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.study && values['study-key']) {
    console.error(`anonymise: ${cliArgumentText({ code: 'study-or-key' })}\n${usage}`);
    return 2;
  }
  const study = values.study ? await readStudyPath(values.study) : undefined;
  if (study && !study.ok) {
    console.error(`${values.study}: ${study.message}`);
    return 1;
  }
  // the study's k unless --k says otherwise
  const k = Number(values.k ?? study?.study.k ?? '5');
  if (positionals.length === 0 || !values.out || !Number.isInteger(k) || k < 1) {
    console.error(`anonymise: ${cliArgumentText({ code: 'anonymise-usage' })}\n${usage}`);
    return 2;
  }
  const registry = await loadRegistryOrReport(values.questionnaires ?? questionnairesDir);
  if (!registry) return 1;
  const studyKey =
    study?.study.key ??
    (values['study-key'] ? (await readFile(values['study-key'], 'utf8')).trim() : undefined);
  if (studyKey === '') {
    console.error(cliArgumentText({ code: 'study-key-empty', path: values['study-key'] ?? '' }));
    return 1;
  }
  const results: ResultFile[] = [];
  const names: string[] = [];
  let failed = 0;
  for (const path of await expandInputs(positionals)) {
    const read = await readTextFile(path);
    const parsed = read.ok ? readResultFile(read.text) : read;
    if (parsed.ok) {
      results.push(parsed.file);
      names.push(basename(path).replace(/(\.result)?\.json$/, ''));
    } else {
      failed += 1;
      console.error(`${path}: ${describeFileError(parsed.error)}`);
    }
  }
  const { files, report } = await anonymiseResults({
    results,
    questionnaires: registry,
    k,
    studyKey,
    random: secureRandom(),
  });
  await mkdir(values.out, { recursive: true });
  const refusedIndexes = new Set(report.refused.map((r) => r.index));
  const kept = names.filter((_, i) => !refusedIndexes.has(i));
  for (const [i, file] of files.entries()) {
    // names by position, not by the input's (identifying) file name
    await writeFile(
      join(values.out, `anonymised-${String(i + 1).padStart(6, '0')}.json`),
      `${JSON.stringify(file, null, 2)}\n`,
    );
  }
  for (const refusal of report.refused)
    console.error(`${names[refusal.index]}: ${anonymiseRefusalText(refusal, englishTranslate)}`);
  for (const missing of report.withoutPseudonym)
    console.error(`${names[missing.index]}: ${pseudonymMissingText(missing, englishTranslate)}`);
  await writeFile(
    join(values.out, 'anonymisation-report.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(
      `${files.length} of ${counted(report.counts.input, 'result')} anonymised into ${values.out} (k = ${k}; ${kept.length} written)`,
    );
    for (const [id, outcome] of Object.entries(report.generalised))
      console.log(
        `  ${id.padEnd(15)} ${outcome.state.padEnd(12)} level ${outcome.level}, ${counted(outcome.changed, 'value')} changed`,
      );
    console.log(
      `  ${counted(report.counts.suppressedResults, 'result')} also suppressed one by one, beyond these levels (every quasi-identifier); ${report.counts.withPseudonym} with a pseudonym`,
    );
    if (report.isSmallBatch)
      console.log(`  fewer than k = ${k} results: every quasi-identifier is suppressed`);
  }
  return failed > 0 || report.refused.length > 0 ? 1 : 0;
}

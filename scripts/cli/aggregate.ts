// `npm run selfscan -- aggregate <files|dir> [--csv f] [--long-csv f] [--parquet f] [--truth-table f]
// [--memberships f] [--changes f] [--codebook f.json|f.md] [--outcome f.csv] [--cases latest|first|all]
// [--frequency n] [--consistency x] [--json]`: the research aggregates of many anonymised results (files, folders, JSON Lines bundles), the same
// figures as the Onderzoek screen, and the exports. Identifying result files are refused; every result
// is re-scored from its answers and its digest checked (a changed file is left out), a result read
// twice counts once, and each pseudonym is one case.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  caseChoices,
  parseOutcomeCsv,
  type CaseChoice,
  type FsqcaOutcome,
} from '../../src/domain/research';
import type { ResearchExportKind } from '../../src/exports/research';
import { loadRegistryOrReport } from '../lib/load-registry';
import { questionnairesDir } from '../lib/load-questionnaires';
import { printAggregate, printFsqca } from '../lib/print-research';
import { collectResearchBatch } from '../lib/research-batch';
import { outcomeProblemText, researchRefusalText } from '../../src/wording/research-text';
import { englishTranslate } from '../../src/wording/english';
import { outcomeWarnings } from '../lib/outcome-warnings';
import { cliArgumentText } from '../../src/wording/cli-argument-text';

const usage =
  'Usage: npm run selfscan -- aggregate <anonymised files, folders or .jsonl…> [--csv f] [--long-csv f] [--parquet f] [--truth-table f] [--memberships f] [--changes f] [--codebook f.json|f.md] [--outcome f.csv] [--cases latest|first|all] [--frequency n] [--consistency x] [--json]';

const exportOptions = {
  csv: 'wide-csv',
  'long-csv': 'long-csv',
  parquet: 'parquet',
  'truth-table': 'truth-table-csv',
  memberships: 'memberships-csv',
  changes: 'changes-csv',
} as const satisfies Record<string, ResearchExportKind>;

function parse(args: string[]) {
  const text = { type: 'string' } as const;
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      questionnaires: text,
      csv: text,
      'long-csv': text,
      parquet: text,
      'truth-table': text,
      memberships: text,
      changes: text,
      cases: text,
      codebook: text,
      outcome: text,
      'outcome-column': text,
      frequency: text,
      consistency: text,
    },
  });
}

async function readOutcome(
  path: string,
  column: string | undefined,
): Promise<FsqcaOutcome | string> {
  const parsed = parseOutcomeCsv({ text: await readFile(path, 'utf8'), column });
  const fatal = parsed.problems.find((p) => p.line === 1);
  if (fatal) return `${path}: ${outcomeProblemText(fatal, englishTranslate)}`;
  return {
    kind: 'values',
    label: parsed.label,
    byPseudonym: parsed.byPseudonym,
    problems: parsed.problems,
  };
}

/** Aggregates a research batch; exit 1 when any file was refused or none was found, 2 on wrong usage. */
export async function run(args: string[]): Promise<number> {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(args);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`aggregate: ${cliArgumentText({ code: 'bad-option', detail })}\n${usage}`);
    return 2;
  }
  const { values, positionals } = options;
  const thresholds = {
    frequency: Number(values.frequency ?? '1'),
    consistency: Number(values.consistency ?? '0.8'),
  };
  const cases = (values.cases ?? 'latest') as CaseChoice;
  if (
    !caseChoices.includes(cases) ||
    positionals.length === 0 ||
    !(thresholds.frequency >= 0) ||
    !(thresholds.consistency >= 0 && thresholds.consistency <= 1)
  ) {
    console.error(
      `aggregate: no files given, a threshold out of range or --cases not latest, first or all\n${usage}`,
    );
    return 2;
  }
  const registry = await loadRegistryOrReport(values.questionnaires ?? questionnairesDir);
  if (!registry) return 1;
  const outcome =
    values.outcome === undefined
      ? undefined
      : await readOutcome(values.outcome, values['outcome-column']);
  if (typeof outcome === 'string') {
    console.error(outcome);
    return 1;
  }
  const { collector, fileCount } = await collectResearchBatch(positionals, registry);
  const wanted = Object.entries(exportOptions).filter(
    ([option]) => values[option as keyof typeof exportOptions],
  );
  const codebook = values.codebook;
  const kinds: ResearchExportKind[] = [...wanted.map(([, kind]) => kind)];
  if (codebook) kinds.push(codebook.endsWith('.md') ? 'codebook-md' : 'codebook-json');
  const result = await collector.finish({
    outcome,
    cases,
    thresholds,
    exports: kinds,
    questionnaires: [...registry.entries],
  });
  for (const refusal of result.refused)
    console.error(`${refusal.source}: ${researchRefusalText(refusal, englishTranslate)}`);
  if (result.refusedCount > result.refused.length)
    console.error(`… ${result.refusedCount - result.refused.length} more refused`);
  for (const file of result.exports) {
    const option = wanted.find(([, kind]) => kind === file.kind)?.[0] as
      keyof typeof exportOptions | undefined;
    const path = option ? values[option] : codebook;
    if (path) await writeFile(path, file.bytes);
  }
  const warnings = outcomeWarnings(result.outcomeCheck, values.outcome ?? '');
  for (const warning of warnings) console.error(warning.message);
  const noMatch = result.outcomeCheck !== null && result.outcomeCheck.matched === 0;
  if (noMatch)
    console.error(
      `${values.outcome ?? ''}: no pseudonym of this outcome file belongs to a loaded case; no fsQCA figures`,
    );
  if (values.json) {
    console.log(
      JSON.stringify(
        {
          n: result.n,
          loaded: result.loadedCount,
          cases: result.cases,
          duplicates: result.duplicates,
          aggregate: result.aggregate,
          fsqca: result.fsqca,
          warnings,
          refused: result.refused,
          refusedCount: result.refusedCount,
        },
        null,
        2,
      ),
    );
  } else {
    printAggregate(result.aggregate);
    if (result.fsqca) printFsqca(result.fsqca);
  }
  if (fileCount === 0)
    console.error(cliArgumentText({ code: 'no-json-files', paths: positionals }));
  return result.refusedCount > 0 || fileCount === 0 || noMatch ? 1 : 0;
}

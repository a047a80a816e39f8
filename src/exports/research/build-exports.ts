import type { RegistryEntry } from '../../domain/questionnaire/registry';
import type {
  CaseSelection,
  ChangeAggregate,
  FsqcaResult,
  MembershipTable,
  ResearchTable,
} from '../../domain/research';
import { changesCsv } from './changes-csv';
import { buildCodebook, codebookMarkdown } from './codebook';
import { membershipCsv, truthTableCsv } from './fsqca-csv';
import { longCsv } from './long-csv';
import { wideParquet } from './parquet';
import { wideCsv } from './wide-csv';

export const researchExportKinds = [
  'wide-csv',
  'long-csv',
  'parquet',
  'memberships-csv',
  'truth-table-csv',
  'fsqca-json',
  'changes-csv',
  'codebook-json',
  'codebook-md',
] as const;
export type ResearchExportKind = (typeof researchExportKinds)[number];

/** One export, ready to download: a file name, a media type and the bytes. */
export type ResearchExportFile = {
  kind: ResearchExportKind;
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
};

const encoder = new TextEncoder();
const textFile = (
  kind: ResearchExportKind,
  fileName: string,
  mediaType: string,
  text: string,
): ResearchExportFile => ({
  kind,
  fileName,
  mediaType,
  bytes: encoder.encode(text),
});

/** Builds the asked exports of a batch; the fsQCA ones only when there is an fsQCA result. */
export function buildResearchExports(input: {
  kinds: readonly ResearchExportKind[];
  table: ResearchTable;
  entries: readonly RegistryEntry[];
  fsqca?: { membershipTable: MembershipTable; result: FsqcaResult } | null;
  /** the change over time, for `changes-csv` */
  changes?: ChangeAggregate;
  /** how the cases were chosen, written into the fsQCA exports */
  cases?: CaseSelection;
}): ResearchExportFile[] {
  const { table, entries, fsqca, changes, cases } = input;
  const out: ResearchExportFile[] = [];
  for (const kind of input.kinds) {
    if (kind === 'wide-csv')
      out.push(textFile(kind, 'selfscan-results.csv', 'text/csv', wideCsv(table)));
    if (kind === 'long-csv')
      out.push(textFile(kind, 'selfscan-answers.csv', 'text/csv', longCsv(table, entries)));
    if (kind === 'parquet')
      out.push({
        kind,
        fileName: 'selfscan-results.parquet',
        mediaType: 'application/vnd.apache.parquet',
        bytes: wideParquet(table),
      });
    if (kind === 'codebook-json')
      out.push(
        textFile(
          kind,
          'selfscan-codebook.json',
          'application/json',
          `${JSON.stringify(buildCodebook(table, entries), null, 2)}\n`,
        ),
      );
    if (kind === 'codebook-md')
      out.push(
        textFile(
          kind,
          'selfscan-codebook.md',
          'text/markdown',
          codebookMarkdown(buildCodebook(table, entries)),
        ),
      );
    if (kind === 'changes-csv' && changes)
      out.push(textFile(kind, 'selfscan-changes.csv', 'text/csv', changesCsv(changes)));
    if (!fsqca) continue;
    if (kind === 'memberships-csv')
      out.push(
        textFile(
          kind,
          'selfscan-memberships.csv',
          'text/csv',
          membershipCsv(fsqca.membershipTable, cases?.choice),
        ),
      );
    if (kind === 'truth-table-csv')
      out.push(
        textFile(
          kind,
          'selfscan-truth-table.csv',
          'text/csv',
          truthTableCsv({ ...fsqca.result, cases: fsqca.result.cases ?? cases }),
        ),
      );
    if (kind === 'fsqca-json')
      out.push(
        textFile(
          kind,
          'selfscan-fsqca.json',
          'application/json',
          `${JSON.stringify({ ...fsqca.result, cases: fsqca.result.cases ?? cases }, null, 2)}\n`,
        ),
      );
  }
  return out;
}

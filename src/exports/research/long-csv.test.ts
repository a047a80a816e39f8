// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildResearchTable } from '../../domain/research';
import { intactResearchFiles } from '../../../tests/support/intact-research';
import { buildCodebook } from './codebook';
import { longCsv } from './long-csv';

describe('longCsv', () => {
  it('prints the choice of cases on every row, as the other exports do, and names the column in the codebook', async () => {
    const { files, entries } = await intactResearchFiles(2);
    const table = { ...buildResearchTable(files), caseChoice: 'first' as const };
    const lines = longCsv(table, entries).trimEnd().split(/\r?\n/);
    const header = (lines[0] as string).split(',');
    expect(header.at(-1)).toBe('cases');
    const at = header.indexOf('cases');
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((row) => row[at]))).toEqual(new Set(['first']));
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    expect(buildCodebook(table, entries).tables.long.map((c) => c.name)).toEqual(header);
  });

  it('has no cases column for a table that does not say how its cases were chosen', async () => {
    const { files, entries } = await intactResearchFiles(1);
    const table = buildResearchTable(files);
    expect(longCsv(table, entries).split(/\r?\n/)[0]).not.toContain('cases');
    expect(buildCodebook(table, entries).tables.long.map((c) => c.name)).not.toContain('cases');
  });
});

import { describe, expect, it } from 'vitest';
import { fakeAnonymised } from '../../../tests/research/fake-anonymised';
import { buildResearchTable } from './table-builder';

const items = ['q1', 'q2', 'q3', 'trait'];
// answer codes (research-table.ts): likert 1–5 as they are, yes 1, partly 2, no 3, null 0
const values: [unknown, number][] = [
  [1, 1],
  [5, 5],
  [null, 0],
  ['yes', 1],
  ['partly', 2],
  ['no', 3],
];

describe('the table builder', () => {
  it('keeps every answer under its item, whatever order respondents list items in, past 4,096 rows', () => {
    const expected: number[][] = [];
    const files = Array.from({ length: 1300 }, (_, i) => {
      const responses = Array.from({ length: 4 }, (_, j) => {
        const r = i * 4 + j;
        // the order of the items turns with every respondent, and every fifth leaves q3 out
        const order = items.map((_, k) => items[(k + r) % items.length] as string);
        const answers: Record<string, unknown> = {};
        const row = items.map(() => -1);
        for (const item of order) {
          if (item === 'q3' && r % 5 === 0) continue;
          const [value, code] = values[(r + items.indexOf(item)) % values.length] as [
            unknown,
            number,
          ];
          answers[item] = value;
          row[items.indexOf(item)] = code;
        }
        expected.push(row);
        return { respondentId: `r-${r}`, answers };
      });
      return { ...fakeAnonymised({ means: { culture: 3 } }, i), responses } as ReturnType<
        typeof fakeAnonymised
      >;
    });
    const table = buildResearchTable(files);
    expect(table.respondentRow.length).toBe(5200);
    const width = table.itemIds.length;
    expect([...table.itemIds].sort()).toEqual([...items].sort());
    const got = expected.map((_, r) =>
      items.map((item) => table.answers[r * width + table.itemIds.indexOf(item)]),
    );
    expect(got).toEqual(expected);
    expect(table.respondentRow[5199]).toBe(1299);
  });
});

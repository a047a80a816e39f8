import { describe, expect, it } from 'vitest';
import { parseOutcomeCsv } from './outcome-csv';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('parseOutcomeCsv', () => {
  it.each([
    [
      'the Dutch header the screen suggests, Dutch Excel',
      `pseudoniem;waarde\r\n${A};0,75\r\n${B};1\r\n`,
    ],
    ['the English header with commas', `pseudonym,value\n${A},0.75\n${B},1\n`],
    [
      'a byte-order mark and upper case',
      `\uFEFFPseudoniem;Waarde\n${A.toUpperCase()};0.75\n${B};1,0\n`,
    ],
    ['quoted cells', `"pseudonym","value"\n"${A}","0.75"\n"${B}","1"\n`],
  ])('reads %s', (_, text) => {
    const parsed = parseOutcomeCsv({ text });
    expect(parsed.problems).toEqual([]);
    expect(parsed.byPseudonym).toEqual({ [A]: 0.75, [B]: 1 });
  });

  it.each([
    ['0x1', 'value-not-a-number'],
    ['0b1', 'value-not-a-number'],
    ['1e400', 'value-not-a-number'],
    ['1e-1', 'value-not-a-number'],
    ['Infinity', 'value-not-a-number'],
    ['hoog', 'value-not-a-number'],
    ['0.5.1', 'value-not-a-number'],
    ['', 'value-empty'],
    ['1.5', 'value-out-of-range'],
    ['-0.1', 'value-out-of-range'],
  ])('refuses %j with its line number and keeps the other lines', (value, code) => {
    const text = `pseudonym,value\n${A},0.5\n${B},${value}\n`;
    const parsed = parseOutcomeCsv({ text });
    expect(parsed.byPseudonym).toEqual({ [A]: 0.5 });
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ code, line: 3 });
  });

  it('refuses a decimal comma where commas separate the cells', () => {
    const parsed = parseOutcomeCsv({ text: `pseudonym,value\n${A},"0,5"\n` });
    expect(parsed.problems).toEqual([{ code: 'value-not-a-number', line: 2, value: '0,5' }]);
  });

  it('refuses a line without a pseudonym and a pseudonym given twice', () => {
    const parsed = parseOutcomeCsv({ text: `pseudoniem;waarde\n;0,5\n${A};0,1\n${A};0,2\n` });
    expect(parsed.problems).toEqual([
      { code: 'pseudonym-empty', line: 2 },
      { code: 'duplicate-pseudonym', line: 4 },
    ]);
    expect(parsed.byPseudonym).toEqual({ [A]: 0.1 });
  });

  it('says what is missing from the header', () => {
    expect(parseOutcomeCsv({ text: '' }).problems).toEqual([{ code: 'no-header', line: 1 }]);
    expect(parseOutcomeCsv({ text: `naam;waarde\nx;0,5\n` }).problems).toEqual([
      { code: 'no-pseudonym-column', line: 1 },
    ]);
    expect(parseOutcomeCsv({ text: `pseudonym\n${A}\n` }).problems).toEqual([
      { code: 'no-value-column', line: 1 },
    ]);
  });

  it('takes the named column, else waarde or value, else the first other column', () => {
    const text = `jaar,pseudonym,value,other\n2024,${A},0.25,0.75\n`;
    expect(parseOutcomeCsv({ text }).byPseudonym).toEqual({ [A]: 0.25 });
    expect(parseOutcomeCsv({ text, column: 'other' }).byPseudonym).toEqual({ [A]: 0.75 });
    expect(parseOutcomeCsv({ text: `pseudonym,y\n${A},0.5\n` }).label).toBe('y');
  });
});

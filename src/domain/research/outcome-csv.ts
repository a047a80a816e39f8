/** Why an outcome CSV (or one of its lines) could not be used; `value` is the cell as found. */
export type OutcomeCsvProblem = {
  code:
    | 'no-header'
    | 'no-pseudonym-column'
    | 'no-value-column'
    | 'pseudonym-empty'
    | 'value-empty'
    | 'value-not-a-number'
    | 'value-out-of-range'
    | 'duplicate-pseudonym';
  line: number;
  value?: string;
};

/** Header names of the pseudonym column: the one the screen suggests, in Dutch and English. */
export const outcomePseudonymColumns = ['pseudoniem', 'pseudonym'];
/** Header names taken as the value column when none is named: Dutch and English. */
export const outcomeValueColumns = ['waarde', 'value', 'uitkomst', 'outcome'];

function cells(line: string, separator: string): string[] {
  const out: string[] = [];
  let current = '';
  let isQuoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i] as string;
    if (isQuoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i += 1;
      } else if (char === '"') isQuoted = false;
      else current += char;
    } else if (char === '"') isQuoted = true;
    else if (char === separator) {
      out.push(current.trim());
      current = '';
    } else current += char;
  }
  out.push(current.trim());
  return out;
}

// Only plain decimals: no hexadecimal (0x1), binary (0b1), exponents (1e400, 1e-1), Infinity or
// spaces, which `Number()` would all accept. A decimal comma only where cells are split by semicolons.
const decimalPoint = /^[-+]?(\d+(\.\d+)?|\.\d+)$/;
const decimalComma = /^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/;

/** The number a plain decimal cell holds, or null when it is not one. */
function plainDecimal(cell: string, separator: string): number | null {
  const pattern = separator === ';' ? decimalComma : decimalPoint;
  return pattern.test(cell) ? Number(cell.replace(',', '.')) : null;
}

/**
 * Reads the researcher's outcome file: a header with a pseudonym column (`pseudoniem` or `pseudonym`)
 * and a value column (the one named `column`, else `waarde`/`value`, else the first other column),
 * separated by commas, or by semicolons as Dutch Excel writes them (then a decimal comma is read too).
 * Values are plain decimals from 0 to 1; every other line is refused with its line number, the rest
 * are used.
 */
export function parseOutcomeCsv({ text, column }: { text: string; column?: string }): {
  label: string;
  byPseudonym: Record<string, number>;
  problems: OutcomeCsvProblem[];
} {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0] ?? '';
  const separator = header.includes(';') ? ';' : header.includes('\t') ? '\t' : ',';
  const names = cells(header, separator).map((name) => name.toLowerCase());
  const problems: OutcomeCsvProblem[] = [];
  const byPseudonym: Record<string, number> = {};
  if (header.trim() === '')
    return { label: '', byPseudonym, problems: [{ code: 'no-header', line: 1 }] };
  const key = names.findIndex((name) => outcomePseudonymColumns.includes(name));
  const named = names.findIndex((name, i) => i !== key && outcomeValueColumns.includes(name));
  const value =
    column !== undefined
      ? names.indexOf(column.toLowerCase())
      : named >= 0
        ? named
        : names.findIndex((_, i) => i !== key);
  if (key < 0) problems.push({ code: 'no-pseudonym-column', line: 1 });
  if (value < 0) problems.push({ code: 'no-value-column', line: 1 });
  if (problems.length > 0) return { label: '', byPseudonym, problems };
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNumber = index + 2;
    const row = cells(line, separator);
    const pseudonym = (row[key] ?? '').toLowerCase();
    const cell = row[value] ?? '';
    const number = plainDecimal(cell, separator);
    if (pseudonym === '') problems.push({ code: 'pseudonym-empty', line: lineNumber });
    else if (cell === '') problems.push({ code: 'value-empty', line: lineNumber });
    else if (number === null)
      problems.push({ code: 'value-not-a-number', line: lineNumber, value: cell });
    else if (number < 0 || number > 1)
      problems.push({ code: 'value-out-of-range', line: lineNumber, value: cell });
    else if (pseudonym in byPseudonym)
      problems.push({ code: 'duplicate-pseudonym', line: lineNumber });
    else byPseudonym[pseudonym] = number;
  });
  return { label: names[value] ?? '', byPseudonym, problems };
}

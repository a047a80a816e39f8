/** Why an outcome CSV (or one of its lines) could not be used. */
export type OutcomeCsvProblem = {
  code:
    | 'no-header'
    | 'no-pseudonym-column'
    | 'no-value-column'
    | 'value-not-a-number'
    | 'value-out-of-range'
    | 'duplicate-pseudonym';
  line: number;
};

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

/**
 * Reads the researcher's outcome file: a header with a `pseudonym` column and a value column (the one
 * named `column`, else the first other column), comma or semicolon separated; values 0–1 (a decimal
 * comma is accepted with semicolons). Lines that fail are listed; the rest are used.
 */
export function parseOutcomeCsv({ text, column }: { text: string; column?: string }): {
  label: string;
  byPseudonym: Record<string, number>;
  problems: OutcomeCsvProblem[];
} {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0] ?? '';
  const separator = header.includes(';') && !header.includes(',') ? ';' : ',';
  const names = cells(header, separator).map((name) => name.toLowerCase());
  const problems: OutcomeCsvProblem[] = [];
  const byPseudonym: Record<string, number> = {};
  const key = names.indexOf('pseudonym');
  const value =
    column === undefined
      ? names.findIndex((_, i) => i !== key)
      : names.indexOf(column.toLowerCase());
  if (header.trim() === '')
    return { label: '', byPseudonym, problems: [{ code: 'no-header', line: 1 }] };
  if (key < 0) problems.push({ code: 'no-pseudonym-column', line: 1 });
  if (value < 0) problems.push({ code: 'no-value-column', line: 1 });
  if (problems.length > 0) return { label: '', byPseudonym, problems };
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const row = cells(line, separator);
    const pseudonym = (row[key] ?? '').toLowerCase();
    const cell = row[value] ?? '';
    const raw = separator === ';' ? cell.replace(',', '.') : cell;
    const number = raw === '' ? NaN : Number(raw);
    const lineNumber = index + 2;
    if (!Number.isFinite(number)) problems.push({ code: 'value-not-a-number', line: lineNumber });
    else if (number < 0 || number > 1)
      problems.push({ code: 'value-out-of-range', line: lineNumber });
    else if (pseudonym in byPseudonym)
      problems.push({ code: 'duplicate-pseudonym', line: lineNumber });
    else byPseudonym[pseudonym] = number;
  });
  return { label: names[value] ?? '', byPseudonym, problems };
}

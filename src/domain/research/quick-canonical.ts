// The canonical form (RFC 8785) of a parsed JSON value, written for speed: a researcher re-checks the
// digest of 100,000 results on load, and the `canonicalize` package builds every piece through
// `reduce` and template strings (about four times slower here). Same rules: keys sorted by UTF-16
// code units (the default sort), numbers and strings as JSON.stringify writes them, undefined
// properties left out. quick-canonical.test.ts holds it to `canonicalJson` on generated results and
// on awkward values.

/** RFC 8785 canonical JSON of a parsed JSON value (plain objects, arrays, strings, finite numbers). */
export function quickCanonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value))
        throw new Error('A number that is not finite has no canonical JSON.');
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw new Error(`A ${typeof value} has no canonical JSON.`);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) text += ',';
      const item: unknown = value[i];
      text += item === undefined ? 'null' : quickCanonicalJson(item);
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // files are often written in sorted order already: sort only when they are not
  for (let i = 1; i < keys.length; i += 1) {
    if ((keys[i - 1] as string) > (keys[i] as string)) {
      keys.sort();
      break;
    }
  }
  let text = '{';
  let isFirst = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (!isFirst) text += ',';
    isFirst = false;
    text += `${JSON.stringify(key)}:${quickCanonicalJson(item)}`;
  }
  return `${text}}`;
}

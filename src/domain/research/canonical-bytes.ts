// The canonical form (RFC 8785) of a parsed JSON value written straight into UTF-8 bytes, for the
// digest check of a research load: building each result's canonical text as a string and encoding it
// made hundreds of thousands of short-lived strings per load, and their garbage collection cost more
// than the building. Same rules as quick-canonical.ts (keys sorted by UTF-16 code units, numbers and
// strings as JSON.stringify writes them, undefined properties left out); canonical-bytes.test.ts
// holds the bytes to `canonicalJson` on generated results and awkward values.

const encoder = new TextEncoder();
const quote = 0x22;

/** Writes canonical JSON into one growing buffer; `bytesOf` gives the bytes of the last value. */
export function createCanonicalWriter() {
  let bytes = new Uint8Array(64 * 1024);
  let at = 0;
  /** `"key":` as bytes, per key seen (few distinct keys: the schema's and the questionnaire's) */
  const keyBytes = new Map<string, Uint8Array>();
  /** the sorted order of the last key list seen with each first key */
  const sortedKeys = new Map<string, { keys: string[]; sorted: string[] }>();

  const room = (extra: number) => {
    if (at + extra <= bytes.length) return;
    const grown = new Uint8Array(Math.max(bytes.length * 2, at + extra));
    grown.set(bytes.subarray(0, at));
    bytes = grown;
  };
  const ascii = (text: string) => {
    room(text.length);
    for (let i = 0; i < text.length; i += 1) bytes[at++] = text.charCodeAt(i);
  };
  const string = (text: string) => {
    room(text.length + 2);
    const start = at;
    bytes[at++] = quote;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      // anything to escape or to encode in more than one byte: JSON.stringify's text, UTF-8 encoded
      if (code < 0x20 || code > 0x7e || code === quote || code === 0x5c) {
        at = start;
        const escaped = JSON.stringify(text);
        room(escaped.length * 3);
        at += encoder.encodeInto(escaped, bytes.subarray(at)).written;
        return;
      }
      bytes[at++] = code;
    }
    bytes[at++] = quote;
  };
  const key = (name: string) => {
    let known = keyBytes.get(name);
    if (!known) {
      if (keyBytes.size > 10_000) keyBytes.clear();
      known = encoder.encode(`${JSON.stringify(name)}:`);
      keyBytes.set(name, known);
    }
    room(known.length);
    // a loop: for a few bytes, TypedArray.set costs more than it copies
    for (let i = 0; i < known.length; i += 1) bytes[at++] = known[i] as number;
  };
  const isSameList = (a: readonly string[], b: readonly string[]) => {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
    return true;
  };
  const orderOf = (keys: string[]): string[] => {
    // a list seen before (the same keys in the same order) is looked up before any comparing of
    // texts: JSON.parse gives repeated keys as the same strings, so equal ones compare at once
    const first = keys[0] ?? '';
    const known = sortedKeys.get(first);
    if (known && isSameList(known.keys, keys)) return known.sorted;
    let isSorted = true;
    for (let i = 1; i < keys.length; i += 1) {
      if ((keys[i - 1] as string) > (keys[i] as string)) {
        isSorted = false;
        break;
      }
    }
    const sorted = isSorted ? keys : [...keys].sort();
    if (sortedKeys.size > 1_000) sortedKeys.clear();
    sortedKeys.set(first, { keys, sorted });
    return sorted;
  };
  const value = (item: unknown): void => {
    switch (typeof item) {
      case 'string':
        return string(item);
      case 'number':
        if (!Number.isFinite(item))
          throw new Error('A number that is not finite has no canonical JSON.');
        if (Number.isInteger(item) && item >= 0 && item < 10) {
          room(1);
          bytes[at++] = 0x30 + item;
          return;
        }
        return ascii(JSON.stringify(item));
      case 'boolean':
        return ascii(item ? 'true' : 'false');
      case 'object':
        break;
      default:
        throw new Error(`A ${typeof item} has no canonical JSON.`);
    }
    if (item === null) return ascii('null');
    if (Array.isArray(item)) {
      room(1);
      bytes[at++] = 0x5b;
      for (let i = 0; i < item.length; i += 1) {
        if (i > 0) {
          room(1);
          bytes[at++] = 0x2c;
        }
        const entry: unknown = item[i];
        if (entry === undefined) ascii('null');
        else value(entry);
      }
      room(1);
      bytes[at++] = 0x5d;
      return;
    }
    const record = item as Record<string, unknown>;
    room(1);
    bytes[at++] = 0x7b;
    let isFirst = true;
    for (const name of orderOf(Object.keys(record))) {
      const entry = record[name];
      if (entry === undefined) continue;
      if (!isFirst) {
        room(1);
        bytes[at++] = 0x2c;
      }
      isFirst = false;
      key(name);
      value(entry);
    }
    room(1);
    bytes[at++] = 0x7d;
  };
  return {
    /**
     * The canonical JSON of a parsed JSON value as UTF-8 bytes. The bytes are the writer's own and
     * change with its next call: hash or copy them first.
     */
    bytesOf(item: unknown): Uint8Array {
      at = 0;
      value(item);
      return bytes.subarray(0, at);
    },
  };
}

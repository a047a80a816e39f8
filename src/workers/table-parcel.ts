// A research table as it travels between the page and the research worker. Its string columns (a
// result id, digest and source per result, an id per respondent: some 700,000 strings for 100,000
// results) are packed into one string and the lengths of its parts: the structured clone then copies
// a few large blocks instead of creating every string again on the page's thread, which had cost the
// page a task of seconds when a large load finished.
import type { CategoryColumn, ResearchTable } from '../domain/research';

/** Many strings as one: their text joined, and where each ends (in UTF-16 code units). */
export type PackedStrings = { text: string; ends: Uint32Array };

type StringColumn = 'resultIds' | 'digests' | 'sources' | 'respondentIds';

/** A table with its string columns, and the pseudonyms' values, packed. */
export type TableParcel = Omit<ResearchTable, StringColumn | 'pseudonym'> & {
  packed: Record<StringColumn, PackedStrings>;
  pseudonym: { codes: Int32Array; values: PackedStrings; unknown: Int32Array };
};

/** Packs strings; the same array packed twice in one parcel is packed once (see `packTable`). */
export function packStrings(strings: readonly string[]): PackedStrings {
  const ends = new Uint32Array(strings.length);
  let at = 0;
  strings.forEach((value, i) => {
    at += value.length;
    ends[i] = at;
  });
  return { text: strings.join(''), ends };
}

/** The strings packed by `packStrings`, each as it was. */
export function unpackStrings({ text, ends }: PackedStrings): string[] {
  const strings = new Array<string>(ends.length);
  let from = 0;
  for (let i = 0; i < ends.length; i += 1) {
    const to = ends[i] as number;
    strings[i] = text.slice(from, to);
    from = to;
  }
  return strings;
}

/** A table ready to post: every string column packed (arrays shared by two tables are packed once). */
export function packTable(
  table: ResearchTable,
  cache = new Map<readonly unknown[], PackedStrings>(),
): TableParcel {
  const pack = (strings: readonly (string | null)[]) => {
    const known = cache.get(strings);
    if (known) return known;
    const packed = packStrings(strings.map((value) => value ?? ''));
    cache.set(strings, packed);
    return packed;
  };
  const { resultIds, digests, sources, respondentIds, pseudonym, ...rest } = table;
  // a pseudonym's value may be null (no pseudonym): their places are kept apart
  const unknown = Int32Array.from(
    pseudonym.values.flatMap((value, i) => (value === null ? [i] : [])),
  );
  return {
    ...rest,
    packed: {
      resultIds: pack(resultIds),
      digests: pack(digests),
      sources: pack(sources),
      respondentIds: pack(respondentIds),
    },
    pseudonym: {
      codes: pseudonym.codes,
      values: pack(pseudonym.values),
      unknown,
    },
  };
}

/** The table a parcel holds, as it was packed. */
export function unpackTable(parcel: TableParcel): ResearchTable {
  const { packed, pseudonym, ...rest } = parcel;
  const values: (string | null)[] = unpackStrings(pseudonym.values);
  for (const i of pseudonym.unknown) values[i] = null;
  const column: CategoryColumn = { codes: pseudonym.codes, values };
  return {
    ...rest,
    resultIds: unpackStrings(packed.resultIds),
    digests: unpackStrings(packed.digests),
    sources: unpackStrings(packed.sources),
    respondentIds: unpackStrings(packed.respondentIds),
    pseudonym: column,
  };
}

/**
 * The buffers behind a parcel's typed arrays, each once: posted as transferred, they move instead of
 * being copied (a 100,000-result table holds some 30 MB of answer codes). Only for a parcel whose
 * sender no longer needs it: a transferred buffer is empty on the sending side.
 */
export function parcelBuffers(parcel: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const walk = (value: unknown, depth: number) => {
    if (ArrayBuffer.isView(value)) {
      if (value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
    } else if (value !== null && typeof value === 'object' && depth < 4) {
      for (const entry of Object.values(value)) walk(entry, depth + 1);
    }
  };
  walk(parcel, 0);
  return [...buffers];
}

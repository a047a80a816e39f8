// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildResearchTable } from '../domain/research';
import { intactResearchFiles } from '../../tests/support/intact-research';
import { packStrings, packTable, parcelBuffers, unpackStrings, unpackTable } from './table-parcel';

describe('a table parcel', () => {
  it('gives back every string as it was, empty ones, accents and lone surrogates included', () => {
    const strings = ['', 'scan-1', 'coöperatie', '\ud800', 'a\u0000b', '', '😀'];
    const packed = packStrings(strings);
    expect(Array.from(packed.ends)).toEqual([0, 6, 16, 17, 20, 20, 22]);
    expect(unpackStrings(packed)).toEqual(strings);
  });

  it('packs a table with its string columns and gives it back equal, through a structured clone, with no pseudonym kept apart from an empty one', async () => {
    const { files } = await intactResearchFiles(6);
    const { pseudonym: _pseudonym, ...withoutPseudonym } = files[2]!.collective;
    const table = buildResearchTable([
      ...files.slice(0, 2),
      { ...files[2]!, collective: withoutPseudonym },
    ]);
    expect(table.pseudonym.values).toContain(null);
    const parcel = structuredClone(packTable(table));
    expect(parcel).not.toHaveProperty('resultIds');
    expect(parcel).not.toHaveProperty('respondentIds');
    expect(unpackTable(parcel)).toEqual(table);
  });

  it('packs a column that two tables share once', async () => {
    const { files } = await intactResearchFiles(3);
    const loaded = buildResearchTable(files);
    const cases = { ...loaded, caseChoice: 'latest' as const };
    const cache = new Map();
    const a = packTable(loaded, cache);
    const b = packTable(cases, cache);
    expect(b.packed.respondentIds).toBe(a.packed.respondentIds);
    expect(b.pseudonym.values).toBe(a.pseudonym.values);
  });
});

describe('parcel buffers', () => {
  it('lists the buffer of every typed array in a parcel once, and moving them leaves the receiver an equal table', async () => {
    const { files } = await intactResearchFiles(4);
    const table = buildResearchTable(files);
    const cache = new Map();
    const parcel = { table: packTable(table, cache), loaded: packTable(table, cache) };
    const buffers = parcelBuffers(parcel);
    expect(buffers).toContain(table.answers.buffer);
    expect(buffers).toContain(table.means[table.conditionIds[0]!]!.buffer);
    expect(buffers).toContain(parcel.table.packed.respondentIds.ends.buffer);
    expect(new Set(buffers).size).toBe(buffers.length);
    const expected = structuredClone(table);
    const moved = structuredClone(parcel, { transfer: buffers });
    expect(unpackTable(moved.loaded)).toEqual(expected);
    // the sender's arrays are emptied: a parcel is moved only when its sender is done with it
    expect(table.answers.length).toBe(0);
  });
});

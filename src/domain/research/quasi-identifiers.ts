/**
 * The quasi-identifiers of an anonymised result and their generalisation hierarchies. Level 0 is the
 * value as given (the founding year already as a decade); every step up is coarser; the last level of
 * each hierarchy is "suppressed". A value the hierarchy does not know goes straight to "suppressed".
 *
 * | quasi-identifier | 0          | 1                                             | 2           | 3          |
 * |------------------|------------|-----------------------------------------------|-------------|------------|
 * | sector           | option     | group.assets (energy, housing) / group.services (care, food, neighbourhood, other) | suppressed | |
 * | legalForm        | option     | form.memberBased (cooperative, association) / form.notMemberBased (foundation, bv, informal) | suppressed | |
 * | memberBand       | option     | band.upto100 (upto25, from26to100) / band.over100 (from101to500, over500) | suppressed | |
 * | province         | option     | region.noord / region.oost / region.west / region.zuid (CBS landsdelen) | suppressed | |
 * | foundingDecade   | 2010       | 20-year band "2000-2019"                      | suppressed  |            |
 */
export const quasiIdentifierIds = [
  'sector',
  'legalForm',
  'memberBand',
  'province',
  'foundingDecade',
] as const;
export type QuasiIdentifierId = (typeof quasiIdentifierIds)[number];

/** The value every hierarchy ends in. */
export const suppressed = 'suppressed';

/** A quasi-identifier's value at some level; null = unknown, a category of its own until suppressed. */
export type QuasiValue = string | number | null;

const groupOf = (groups: Record<string, readonly string[]>, prefix: string) => {
  const lookup = new Map<string, string>();
  for (const [group, members] of Object.entries(groups)) {
    for (const member of members) lookup.set(member, `${prefix}.${group}`);
  }
  return (value: string | number) => lookup.get(String(value)) ?? suppressed;
};

/** Regions are the CBS "landsdelen". */
export const provinceRegions: Record<string, readonly string[]> = {
  noord: ['groningen', 'friesland', 'drenthe'],
  oost: ['overijssel', 'flevoland', 'gelderland'],
  west: ['utrecht', 'noordHolland', 'zuidHolland', 'zeeland'],
  zuid: ['noordBrabant', 'limburg'],
};

const steps: Record<QuasiIdentifierId, ((value: string | number) => string | number)[]> = {
  sector: [
    groupOf(
      { assets: ['energy', 'housing'], services: ['care', 'food', 'neighbourhood', 'other'] },
      'group',
    ),
  ],
  legalForm: [
    groupOf(
      {
        memberBased: ['cooperative', 'association'],
        notMemberBased: ['foundation', 'bv', 'informal'],
      },
      'form',
    ),
  ],
  memberBand: [
    groupOf({ upto100: ['upto25', 'from26to100'], over100: ['from101to500', 'over500'] }, 'band'),
  ],
  province: [groupOf(provinceRegions, 'region')],
  foundingDecade: [
    (value) => {
      if (typeof value !== 'number') return suppressed;
      const start = Math.floor(value / 20) * 20;
      return `${start}-${start + 19}`;
    },
  ],
};

/** The highest level of a quasi-identifier: the one at which every value is "suppressed". */
export function topLevel(id: QuasiIdentifierId): number {
  return steps[id].length + 1;
}

/** The decade of a founding year (2016 → 2010); null stays null. */
export function decadeOf(year: number | null): number | null {
  return year === null ? null : Math.floor(year / 10) * 10;
}

/** A quasi-identifier's level-0 value generalised to `level`; unknown (null) stays null below the top level. */
export function generaliseValue({
  id,
  value,
  level,
}: {
  id: QuasiIdentifierId;
  value: string | number | null;
  level: number;
}): QuasiValue {
  if (level >= topLevel(id)) return suppressed;
  if (value === null) return null;
  let current: string | number = value;
  for (const step of steps[id].slice(0, level)) {
    if (current === suppressed) break;
    current = step(current);
  }
  return current;
}

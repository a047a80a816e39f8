/**
 * The characters the report's font keeps: printable ASCII, Latin-1 and Latin Extended-A (Dutch ĳ,
 * and the names of members and places in most European languages), Romanian ș/ț, the dashes,
 * quotes, bullets and ellipsis, €, ™, arrows, minus, ≤ and ≥.
 */
const keptRanges: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x192, 0x192],
  [0x218, 0x21b],
  [0x2c6, 0x2c7],
  [0x2d8, 0x2dd],
  [0x2010, 0x2027],
  [0x2030, 0x2030],
  [0x2039, 0x203a],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x2264, 0x2265],
];

/** Every character the subset font keeps, as one string. */
export const reportFontCharacters = keptRanges
  .flatMap(([first, last]) =>
    Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i)),
  )
  .join('');

/**
 * Where a hand-typed code most likely went wrong, found by trying every single slip of the hand (one
 * character wrong, two neighbours swapped, one left out, one typed twice) until exactly one place
 * makes the checksum match. A CRC-32 cannot say where an error is, but a wrong guess matches only
 * once in 2³² tries, so among the few thousand slips of a typical code a single match is the typo.
 * Two or more slips, or several places that would fit, give no place at all.
 */
export type TypoKind = 'wrong' | 'swapped' | 'missing' | 'extra';

/** A slip at `index` (0-based, in the code as it was shown), with the character that belongs there. */
export type LocatedTypo = { kind: TypoKind; index: number; character: string };

/** Codes longer than this are not searched: the work grows with the square of the length, and a long code is scanned, not typed. */
export const maxSearchedLength = 400;

/** Whether the first `length` digits (characters' places in the alphabet) make a code that passes its checksum. */
export type IsIntact = (digits: ArrayLike<number>, length: number) => boolean;

/** The one slip after which `isIntact` holds, or undefined when none or more than one place fits. */
export function locateTypo(input: {
  typed: string;
  alphabet: string;
  isIntact: IsIntact;
}): LocatedTypo | undefined {
  const { typed, alphabet, isIntact } = input;
  const digits = Int16Array.from(Array.from(typed, (c) => alphabet.indexOf(c)));
  const n = digits.length;
  if (n > maxSearchedLength || digits.includes(-1)) return undefined;
  const base = alphabet.length;
  // one buffer for every candidate: the search tries thousands, so none is copied unless it fits
  const buffer = new Int16Array(n + 1);
  let found: { typo: LocatedTypo; code: number[] } | undefined;
  let isAmbiguous = false;
  const test = (kind: TypoKind, index: number, digit: number, length: number) => {
    if (isAmbiguous || !isIntact(buffer, length)) return;
    const code = Array.from(buffer.subarray(0, length));
    // the same code reached by two slips (a doubled character left out here or there) is one place
    if (found) isAmbiguous ||= code.join() !== found.code.join();
    else found = { typo: { kind, index, character: alphabet[digit] ?? '' }, code };
  };

  buffer.set(digits);
  for (let i = 0; i < n; i += 1) {
    const here = digits[i] ?? 0;
    for (let digit = 0; digit < base; digit += 1) {
      if (digit === here) continue;
      buffer[i] = digit;
      test('wrong', i, digit, n);
    }
    buffer[i] = here;
    const after = digits[i + 1];
    if (after !== undefined && after !== here) {
      buffer[i] = after;
      buffer[i + 1] = here;
      test('swapped', i, after, n);
      buffer[i] = here;
      buffer[i + 1] = after;
    }
  }
  for (let i = 0; i < n; i += 1) {
    buffer.set(digits.subarray(0, i));
    buffer.set(digits.subarray(i + 1), i);
    test('extra', i, digits[i] ?? 0, n - 1);
  }
  for (let i = 0; i <= n; i += 1) {
    buffer.set(digits.subarray(0, i));
    buffer.set(digits.subarray(i), i + 1);
    for (let digit = 0; digit < base; digit += 1) {
      buffer[i] = digit;
      test('missing', i, digit, n + 1);
    }
  }
  return found && !isAmbiguous ? found.typo : undefined;
}

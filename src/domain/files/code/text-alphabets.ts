/**
 * The QR alphanumeric alphabet without the space (a space at either end gets lost when text is
 * pasted): two bytes become three characters, one trailing byte two, as in RFC 9285's Base45.
 */
export const codeAlphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$%*+-./:';
/**
 * The same without O, I and L, so a typed O can be read as 0 and an I or L as 1: 41 characters,
 * still enough for two bytes in three (41³ = 68,921 > 65,536), so a QR code holds as much.
 */
export const forgivingCodeAlphabet = '0123456789ABCDEFGHJKMNPQRSTUVWXYZ$%*+-./:';

/** Bytes as characters of the QR alphanumeric mode (about 5.5 bits each, the mode's own density). */
export function toCodeText(bytes: Uint8Array, alphabet: string = codeAlphabet): string {
  const base = alphabet.length;
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    const first = bytes[i] ?? 0;
    const second = bytes[i + 1];
    let value = second === undefined ? first : first * 256 + second;
    const width = second === undefined ? 2 : 3;
    for (let k = 0; k < width; k += 1) {
      out += alphabet[value % base];
      value = Math.floor(value / base);
    }
  }
  return out;
}

/** The bytes of a text made by toCodeText, or undefined when it cannot be one. */
export function fromCodeText(
  text: string,
  alphabet: string = codeAlphabet,
): Uint8Array | undefined {
  const digits = Array.from(text, (c) => alphabet.indexOf(c));
  return digits.includes(-1) ? undefined : fromCodeDigits(digits, alphabet.length);
}

/** The bytes of a code text given as its characters' places in an alphabet of `base` characters (the first `length` of them). */
export function fromCodeDigits(
  digits: ArrayLike<number>,
  base: number,
  length: number = digits.length,
): Uint8Array | undefined {
  if (length % 3 === 1) return undefined;
  const out = new Uint8Array(Math.floor(length / 3) * 2 + (length % 3 === 2 ? 1 : 0));
  let at = 0;
  for (let i = 0; i < length; i += 3) {
    const isPair = i + 2 < length;
    const value = isPair
      ? (digits[i] ?? 0) + base * ((digits[i + 1] ?? 0) + base * (digits[i + 2] ?? 0))
      : (digits[i] ?? 0) + base * (digits[i + 1] ?? 0);
    if (value > (isPair ? 0xffff : 0xff)) return undefined;
    if (isPair) {
      out[at++] = value >> 8;
      out[at++] = value & 0xff;
    } else out[at++] = value;
  }
  return out;
}

/** Bytes as base64url without padding, safe in a URL fragment. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The bytes of a base64url text, or undefined when it is not one. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const padded = text.replaceAll('-', '+').replaceAll('_', '/');
  try {
    return Uint8Array.from(atob(padded + '='.repeat((4 - (padded.length % 4)) % 4)), (c) =>
      c.charCodeAt(0),
    );
  } catch {
    return undefined;
  }
}

import canonicalize from 'canonicalize';

/** RFC 8785 canonical JSON of a value: the form that every hash in this app is taken over. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('This value has no canonical JSON form.');
  return text;
}

/** SHA-256 of a UTF-8 string as lowercase hex, via WebCrypto (the same in browsers and Node). */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const isOfArrayBuffer = (bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> =>
  bytes.buffer instanceof ArrayBuffer;

/** SHA-256 of bytes as lowercase hex, via WebCrypto: a file's identity, byte for byte. */
export async function sha256HexOfBytes(bytes: Uint8Array): Promise<string> {
  // digest copies the bytes when it is called (WebCrypto), so a caller may reuse them at once; it
  // takes only views of an ArrayBuffer, so a view of shared memory is copied first
  const view = isOfArrayBuffer(bytes) ? bytes : new Uint8Array(bytes);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', view);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of the canonical JSON of a value. */
export async function hashCanonical(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}

/**
 * A study key: the secret a research team gives the collectives of one study. As text it is trimmed
 * and encoded as UTF-8, so a key pasted in the browser and the same key read from a file by the
 * command line give the same bytes.
 */
export type StudyKey = CryptoKey | Uint8Array | string;

function keyBytes(key: Uint8Array | string): Uint8Array<ArrayBuffer> {
  if (typeof key === 'string') return new TextEncoder().encode(key.trim());
  return new Uint8Array(key);
}

/** Imports a study key for HMAC-SHA-256; a CryptoKey is used as it is. */
export async function importStudyKey(key: StudyKey): Promise<CryptoKey> {
  if (typeof key !== 'string' && !(key instanceof Uint8Array)) return key;
  const bytes = keyBytes(key);
  if (bytes.length === 0) throw new Error('empty-study-key');
  return globalThis.crypto.subtle.importKey(
    'raw',
    bytes,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

/** The collective's pseudonym in a study: HMAC-SHA-256(study key, collective id) as lowercase hex. */
export async function collectivePseudonym({
  studyKey,
  collectiveId,
}: {
  studyKey: StudyKey;
  collectiveId: string;
}): Promise<string> {
  const key = await importStudyKey(studyKey);
  const mac = await globalThis.crypto.subtle.sign(
    'HMAC',
    key,
    new TextEncoder().encode(collectiveId),
  );
  return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, '0')).join('');
}

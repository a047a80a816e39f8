import { fromBase64Url, toBase64Url } from '../../files/code/text-alphabets';
import { studyKeyBytes } from './study-file';

/** A new study key from 32 random bytes (the caller draws them with WebCrypto or node:crypto). */
export function studyKeyFrom(randomBytes: Uint8Array): string {
  if (randomBytes.length !== studyKeyBytes) {
    throw new Error(`A study key needs ${studyKeyBytes} random bytes, not ${randomBytes.length}.`);
  }
  return toBase64Url(randomBytes);
}

/** How many bytes a study key text holds, or null when it is not base64url. */
export function studyKeyLength(key: string): number | null {
  return fromBase64Url(key)?.length ?? null;
}

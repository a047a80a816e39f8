/** Files of this size or more are refused before parsing. */
export const maxFileBytes = 5 * 1024 * 1024;

export type JsonReadResult = { ok: true; value: unknown } | { ok: false; message: string };

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function findForbiddenKey(value: unknown, path: string): string | undefined {
  if (Array.isArray(value)) {
    for (const [index, element] of value.entries()) {
      const found = findForbiddenKey(element, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (forbiddenKeys.has(key)) return keyPath;
      const found = findForbiddenKey((value as Record<string, unknown>)[key], keyPath);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Parses untrusted JSON text: refuses files of 5 MB or more, broken JSON, and keys such as `__proto__`
 * that could pollute prototypes in code that copies objects.
 */
export function readJsonText(text: string, maxBytes: number = maxFileBytes): JsonReadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes >= maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      message: `The file is ${mb(bytes)} MB; files must be smaller than ${mb(maxBytes)} MB.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The file is not valid JSON (${detail}).` };
  }
  const forbidden = findForbiddenKey(value, '');
  if (forbidden) {
    return {
      ok: false,
      message: `The file contains the key "${forbidden}", which is not allowed.`,
    };
  }
  return { ok: true, value };
}

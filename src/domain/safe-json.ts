import { stripByteOrderMark } from './files/decode-text';
import type { Unreadable } from './files/file-error';
import { fileLimits, maxJsonDepth } from './files/file-limits';

/** Files of this size or more are refused before parsing. */
export const maxFileBytes = fileLimits.json;

export type JsonReadResult = { ok: true; value: unknown } | { ok: false; error: Unreadable };

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys refused anywhere in a file, since they could pollute prototypes. */
export const isForbiddenKey = (key: string) => forbiddenKeys.has(key);

type Node = { value: unknown; key: string | number | null; parent: Node | null; depth: number };

function pathOf(node: Node): string {
  const keys: (string | number)[] = [];
  for (let at: Node | null = node; at && at.key !== null; at = at.parent) keys.unshift(at.key);
  return keys
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key))
    .join('');
}

/**
 * Whether a parsed value nests deeper than the limit or holds a prototype key, without recursion
 * (100,000 nested brackets parse fine, but recursive code walking them overflows the stack) and
 * without an object per value: a research batch walks some 700 values per result. Only when it finds
 * something does findShapeProblem walk again to name the first problem and its path.
 */
function hasShapeProblem(root: unknown, depthLimit: number): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= depthLimit) return true;
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) {
        if (item !== null && typeof item === 'object') {
          values.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    for (const key in value) {
      if (forbiddenKeys.has(key)) return true;
      const child: unknown = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/**
 * Walks a parsed value without recursion, in document order, and names its first problem: nesting
 * deeper than the limit, or a prototype key with its path.
 */
function findShapeProblem(root: unknown, depthLimit: number): Unreadable | undefined {
  const stack: Node[] = [{ value: root, key: null, parent: null, depth: 0 }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const { value, depth } = node;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= depthLimit) return { code: 'unreadable', reason: 'too-deep', limit: depthLimit };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) {
        stack.push({ value: value[i], key: i, parent: node, depth: depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(value).reverse()) {
      const child: Node = { value: Reflect.get(value, key), key, parent: node, depth: depth + 1 };
      if (forbiddenKeys.has(key)) {
        return { code: 'unreadable', reason: 'forbidden-key', key, path: pathOf(child) };
      }
      stack.push(child);
    }
  }
  return undefined;
}

/** The first shape problem of a parsed value; the cheap walk first, since almost every file has none. */
function checkShape(root: unknown, depthLimit: number): Unreadable | undefined {
  return hasShapeProblem(root, depthLimit) ? findShapeProblem(root, depthLimit) : undefined;
}

/**
 * Parses untrusted JSON text: refuses empty text, text over the size limit, HTML, broken JSON,
 * nesting deeper than 64 levels and keys such as `__proto__` that could pollute prototypes.
 */
export function readJsonText(
  text: string,
  maxBytes: number = maxFileBytes,
  depthLimit: number = maxJsonDepth,
): JsonReadResult {
  // a UTF-16 unit is at most 3 UTF-8 bytes: skip encoding when the text is clearly small enough
  const bytes = text.length * 3 < maxBytes ? 0 : new TextEncoder().encode(text).length;
  if (bytes >= maxBytes) {
    return {
      ok: false,
      error: { code: 'unreadable', reason: 'too-large', bytes, limit: maxBytes },
    };
  }
  const trimmed = stripByteOrderMark(text).trim();
  if (trimmed === '') return { ok: false, error: { code: 'unreadable', reason: 'empty' } };
  if (trimmed.startsWith('<')) return { ok: false, error: { code: 'unreadable', reason: 'html' } };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { ok: false, error: { code: 'unreadable', reason: 'not-json' } };
  }
  const problem = checkShape(value, depthLimit);
  return problem ? { ok: false, error: problem } : { ok: true, value };
}

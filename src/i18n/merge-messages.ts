export type MessageTree = { [key: string]: string | MessageTree };

/**
 * Deep-merges message trees into one. Each feature may keep its texts in its own
 * `src/features/<feature>/messages/<lang>.json`; a key defined twice is a mistake, so it throws.
 */
export function mergeMessages(trees: readonly MessageTree[], path = ''): MessageTree {
  const merged: MessageTree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = merged[key];
      if (existing === undefined) {
        merged[key] = value;
      } else if (typeof existing === 'object' && typeof value === 'object') {
        merged[key] = mergeMessages([existing, value], `${path}${key}.`);
      } else {
        throw new Error(`The message key ${path}${key} is defined twice.`);
      }
    }
  }
  return merged;
}

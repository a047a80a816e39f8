import type { MessageTree } from './merge-messages';

function nodeAt(tree: MessageTree, path: readonly string[]): string | MessageTree | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

function withNode(tree: MessageTree, path: readonly string[], node: string | MessageTree) {
  const [first, ...rest] = path;
  if (first === undefined) return;
  if (rest.length === 0) {
    tree[first] = node;
    return;
  }
  const child = tree[first];
  const next: MessageTree = typeof child === 'object' ? child : {};
  tree[first] = next;
  withNode(next, rest, node);
}

/** The texts at the given key paths (`fillIn`, `phones.answer`), and nothing else of the tree. */
export function pickPaths(tree: MessageTree, paths: readonly string[]): MessageTree {
  const picked: MessageTree = {};
  for (const path of paths) {
    const parts = path.split('.');
    const node = nodeAt(tree, parts);
    if (node !== undefined) withNode(picked, parts, node);
  }
  return picked;
}

/** The tree without the texts at the given key paths (a group left empty goes too). */
export function omitPaths(tree: MessageTree, paths: readonly string[]): MessageTree {
  const dropped = new Set(paths);
  const walk = (node: MessageTree, prefix: string): MessageTree => {
    const kept: MessageTree = {};
    for (const [key, value] of Object.entries(node)) {
      const path = `${prefix}${key}`;
      if (dropped.has(path)) continue;
      const rest = typeof value === 'string' ? value : walk(value, `${path}.`);
      if (typeof rest === 'string' || Object.keys(rest).length > 0) kept[key] = rest;
    }
    return kept;
  };
  return walk(tree, '');
}

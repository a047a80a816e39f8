/**
 * The top-level keys of src/i18n/<lang>.json that the first screen needs: the header, the footer,
 * the start page and the not-found page. A Vite plugin (vite.config.ts) cuts these out at build
 * time; the rest of the file loads with the first section that is opened.
 */
export const firstLoadKeys = ['app', 'nav', 'language', 'home', 'placeholder', 'notFound', 'form'];

/** Keeps only the given top-level keys of a message tree. */
export function pickKeys<Tree extends Record<string, unknown>>(
  tree: Tree,
  keys: readonly string[],
): Partial<Tree> {
  return Object.fromEntries(
    Object.entries(tree).filter(([key]) => keys.includes(key)),
  ) as Partial<Tree>;
}

/** Drops the given top-level keys of a message tree. */
export function omitKeys<Tree extends Record<string, unknown>>(
  tree: Tree,
  keys: readonly string[],
): Partial<Tree> {
  return Object.fromEntries(
    Object.entries(tree).filter(([key]) => !keys.includes(key)),
  ) as Partial<Tree>;
}

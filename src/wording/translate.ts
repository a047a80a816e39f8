// The translate function every wording function is handed: the UI passes i18next's `t`, the command
// line `englishTranslate` (english.ts), built from the same English texts (messages/en.json) with i18next's
// `{{name}}` placeholders and its `_one`/`_other` plural keys, so both say the same sentence.

/** Turns a message key and its values into a sentence; gives the key back when there is no text. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

type MessageNode = string | { [key: string]: MessageNode };

function lookup(tree: MessageNode, key: string): string | undefined {
  let node: MessageNode | undefined = tree;
  for (const part of key.split('.')) {
    node = node !== undefined && typeof node === 'object' ? node[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/** A translate function over one message tree (Dutch and English both count 1 as singular). */
export function translateFrom(tree: MessageNode): Translate {
  return (key, values = {}) => {
    const { count } = values;
    const plural =
      typeof count === 'number'
        ? lookup(tree, `${key}_${count === 1 ? 'one' : 'other'}`)
        : undefined;
    const text = plural ?? lookup(tree, key);
    if (text === undefined) return key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}

/** The text of a key, or `fallback` when the messages have none (a code newer than the texts). */
export function translateOr(t: Translate, key: string, fallback: string, values = {}): string {
  const text = t(key, values);
  return text === key ? fallback : text;
}

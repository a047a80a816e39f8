// Which translation keys a part of the app can show, read from its source: every module a root file
// reaches (static and dynamic imports, stopping at other roots), and in each module every string
// that looks like a key of the app's texts (`t('fillIn.next')`, and keys kept in code lists) and
// every template whose fixed start names a group of keys (`t(`fileError.finding.${code}`)`).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

export type MessageTree = { [key: string]: string | MessageTree };

/** A key the source names: `key` a whole key, `prefix` the start of keys built at run time. */
export type KeyUse = { kind: 'key' | 'prefix'; key: string; file: string };

const root = join(import.meta.dirname, '..', '..');
const keyShape = /^[A-Za-z][\w-]*(\.[\w-]+)+$/;

function resolveModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = join(dirname(from), specifier.split('?')[0] ?? specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  const found = candidates.find((path) => existsSync(path) && statSync(path).isFile());
  return found && /\.tsx?$/.test(found) ? found : undefined;
}

function specifiersOf(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function isModuleSpecifier(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) &&
    parent.moduleSpecifier === node
  );
}

function keysOfSource(source: ts.SourceFile, file: string, topLevel: ReadonlySet<string>) {
  const uses: KeyUse[] = [];
  const namesTexts = (text: string) => topLevel.has(text.split('.')[0] ?? '');
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) && !isModuleSpecifier(node) && namesTexts(node.text)) {
      if (keyShape.test(node.text)) uses.push({ kind: 'key', key: node.text, file });
      else if (keyShape.test(node.text.replace(/\.$/, '.x')))
        uses.push({ kind: 'prefix', key: node.text.replace(/\.$/, ''), file });
    } else if (ts.isTemplateExpression(node) && namesTexts(node.head.text)) {
      const fixed = node.head.text.slice(0, node.head.text.lastIndexOf('.'));
      if (fixed !== '') uses.push({ kind: 'prefix', key: fixed, file });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

/**
 * The keys used by every module `entry` reaches, not entering the modules in `stops` (other parts of
 * the app that load their own texts) nor test files, and not reading keys in files under `quiet`
 * (the texts' own machinery, which lists keys but shows none). Paths relative to the repository.
 */
export function keysReachedFrom(input: {
  entry: string;
  stops: readonly string[];
  quiet: readonly string[];
  topLevelKeys: ReadonlySet<string>;
}): { modules: string[]; uses: KeyUse[] } {
  const stops = new Set(input.stops.map((path) => join(root, path)));
  const seen = new Set<string>();
  const uses: KeyUse[] = [];
  const queue = [join(root, input.entry)];
  while (queue.length > 0) {
    const path = queue.pop() ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    const text = readFileSync(path, 'utf8');
    const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
    const file = relative(root, path);
    if (!input.quiet.some((folder) => file.startsWith(folder))) {
      uses.push(...keysOfSource(source, file, input.topLevelKeys));
    }
    for (const specifier of specifiersOf(source)) {
      const next = resolveModule(path, specifier);
      if (next && !stops.has(next) && !/\.test\.tsx?$/.test(next)) queue.push(next);
    }
  }
  return { modules: [...seen].map((path) => relative(root, path)).sort(), uses };
}

function nodeAt(tree: MessageTree, key: string): string | MessageTree | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  return node;
}

/**
 * Whether `tree` holds what a use needs: a key's text (or its plural forms `_one`/`_other`, or the
 * group it names), a prefix's group of keys.
 */
export function holds(tree: MessageTree, use: Pick<KeyUse, 'kind' | 'key'>): boolean {
  const node = nodeAt(tree, use.key);
  if (use.kind === 'prefix') return typeof node === 'object' && Object.keys(node).length > 0;
  if (node !== undefined) return true;
  const parent = nodeAt(tree, use.key.slice(0, use.key.lastIndexOf('.')));
  const last = use.key.slice(use.key.lastIndexOf('.') + 1);
  return typeof parent === 'object' && Object.keys(parent).some((k) => k.startsWith(`${last}_`));
}

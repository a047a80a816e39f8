import { describe, expect, it } from 'vitest';
import { chunkGroups, staticallyReached, type ModuleGraph } from '../../scripts/lib/chunk-groups';

// a small app: the entry and what it imports, the shell, four sections and the questionnaires
const imports: Record<string, string[]> = {
  main: ['boot-a', 'boot-b'],
  'boot-b': ['boot-c'],
  'start-app': ['react', 'boot-a'],
  react: [],
  'invitation-link': ['welcome', 'code', 'schema', 'texts-nl', 'boot-c', 'extra'],
  'fill-in': ['welcome', 'form', 'schema'],
  results: ['schema', 'chart'],
  codes: ['code', 'checksum'],
  code: ['checksum'],
  registry: ['schema', 'registry-core', 'extra'],
};
const graph: ModuleGraph = {
  getModuleInfo: (id) => ({ importedIds: imports[id] ?? [] }),
};

const groups = chunkGroups({
  entry: 'main',
  shell: 'start-app',
  sections: {
    'invitation-link': 'invitation-link',
    'fill-in': 'fill-in',
    results: 'results',
    codes: 'codes',
  },
  memberSection: 'invitation-link',
  memberNext: 'fill-in',
  registry: 'registry',
  keepApart: (id) => id.startsWith('texts-'),
});

/** The chunk rolldown puts a module in: the first group that names it, or null (its own cut). */
const chunkOf = (id: string) => {
  for (const group of groups) {
    const name = group.name(id, graph);
    if (name !== null) return name;
  }
  return null;
};

describe('chunkGroups', () => {
  it('reaches every module by static imports, the start included', () => {
    expect([...staticallyReached(graph, 'boot-b')]).toEqual(['boot-b', 'boot-c']);
    expect(staticallyReached(graph, 'codes')).toEqual(new Set(['codes', 'code', 'checksum']));
  });

  it('puts what the entry imports in one boot chunk, and leaves the entry itself alone', () => {
    expect(['boot-a', 'boot-b', 'boot-c'].map(chunkOf)).toEqual(['boot', 'boot', 'boot']);
    expect(chunkOf('\0vite/preload-helper.js')).toBe('boot');
    expect(chunkOf('main')).toBeNull();
  });

  it('puts the shell in one chunk, without what the entry already loads', () => {
    expect(chunkOf('start-app')).toBe('start-app');
    expect(chunkOf('react')).toBe('start-app');
    expect(groups[1]?.name('boot-a', graph)).toBeNull();
  });

  it("cuts the member's first screen by the sections that share each module", () => {
    // only the member's two sections reach these
    expect(chunkOf('invitation-link')).toBe('member');
    expect(chunkOf('welcome')).toBe('member');
    // the code reader is shared with the codes section, the schema with results and the registry
    const code = chunkOf('code');
    const schema = chunkOf('schema');
    expect(code).toMatch(/^member-shared-\d+$/);
    expect(chunkOf('checksum')).toBe(code);
    expect(schema).toMatch(/^member-shared-\d+$/);
    expect(schema).not.toBe(code);
    expect(chunkOf('registry-core')).toMatch(/^member-shared-\d+$/);
    expect(chunkOf('registry-core')).not.toBe(schema);
  });

  it('keeps what the welcome loads apart from what only loads after it, though the same sections share both', () => {
    // the welcome and the registry reach `extra`; only the registry reaches `registry-core`
    expect(chunkOf('extra')).toMatch(/^member-shared-\d+$/);
    expect(chunkOf('extra')).not.toBe(chunkOf('registry-core'));
  });

  it('leaves alone what the first screen does not load, and what must keep its own chunk', () => {
    expect(chunkOf('form')).toBeNull();
    expect(chunkOf('chart')).toBeNull();
    expect(chunkOf('texts-nl')).toBeNull();
  });
});

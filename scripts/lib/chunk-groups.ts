// How the production build cuts the app into files (vite.config.ts, rolldown's `codeSplitting`
// groups). Left to itself the bundler gives every set of importers its own chunk, which on the
// member's first screen meant 25 JS requests, many of them under 1 kB: on HTTP/1.1 a browser opens
// six connections per host, so small files queue behind each other even on localhost. Three groups
// cut that without making any page load code it does not run.

/** What the bundler tells a group about a module. */
export type ModuleGraph = {
  getModuleInfo: (id: string) => { importedIds: readonly string[] } | null;
};

/** A group as rolldown's `output.codeSplitting.groups` takes it. */
export type ChunkGroup = {
  name: (id: string, graph: ModuleGraph) => string | null;
  debugName: string;
  includeDependenciesRecursively: false;
};

/** Every module `from` reaches by static imports, itself included. */
export function staticallyReached(graph: ModuleGraph, from: string): Set<string> {
  const reached = new Set<string>();
  const visit = (id: string) => {
    if (reached.has(id)) return;
    reached.add(id);
    graph.getModuleInfo(id)?.importedIds.forEach(visit);
  };
  visit(from);
  return reached;
}

export type ChunkGroupFiles = {
  /** the app's entry (main.tsx) */
  entry: string;
  /** the shell: React, i18next and the app's frame (start-app.tsx) */
  shell: string;
  /** every section's module, by name (src/app/sections/) */
  sections: Record<string, string>;
  /** the section of a member's first screen (the invitation link's welcome) */
  memberSection: string;
  /** the section the member goes on to (the fill-in): what it shares with the first is the member's */
  memberNext: string;
  /** the bundled questionnaires, which the member's fill-in loads right after the welcome */
  registry: string;
  /** modules that keep a chunk of their own whatever reaches them (the texts of one language) */
  keepApart: (id: string) => boolean;
};

/** Vite's helper that preloads a dynamic import's files: every page runs it first. */
const isPreloadHelper = (id: string) => id.includes('vite/preload-helper');

/**
 * The three groups, in the order rolldown tries them:
 * - `boot`: what the entry imports (besides main.tsx itself, which stays the entry). The HTML
 *   preloads it beside the entry, so it is one request where it was five; every page needs it.
 * - `start-app`: the shell, every module start-app.tsx reaches that the entry does not. Every
 *   page loads all of it.
 * - the member's first screen: what the invitation link's section and the questionnaires reach,
 *   outside the two above, one chunk per set of sections that reach a module. A section that needs
 *   one module of such a chunk needs all of it, so no page fetches anything in vain.
 */
export function chunkGroups(files: ChunkGroupFiles): ChunkGroup[] {
  let boot: Set<string> | undefined;
  let shell: Set<string> | undefined;
  let member: Map<string, string> | undefined;
  const bootOf = (graph: ModuleGraph) =>
    (boot ??= new Set([...staticallyReached(graph, files.entry)].filter((m) => m !== files.entry)));
  const shellOf = (graph: ModuleGraph) => {
    const entry = bootOf(graph);
    return (shell ??= new Set(
      [...staticallyReached(graph, files.shell)].filter((m) => !entry.has(m) && m !== files.entry),
    ));
  };
  const memberOf = (graph: ModuleGraph) => {
    if (member) return member;
    const outside = new Set([...bootOf(graph), ...shellOf(graph)]);
    const registry = staticallyReached(graph, files.registry);
    const reachers = [
      ...Object.entries(files.sections)
        .filter(([name]) => name !== files.memberSection && name !== files.memberNext)
        .map(([name, file]) => ({ name, reached: staticallyReached(graph, file) })),
      { name: 'registry', reached: registry },
    ];
    const section = files.sections[files.memberSection];
    if (section === undefined) throw new Error(`chunk groups: no section ${files.memberSection}`);
    const welcome = staticallyReached(graph, section);
    const firstScreen = new Set([...welcome, ...registry]);
    const chunkNames = new Map<string, string>();
    member = new Map();
    for (const id of firstScreen) {
      if (outside.has(id) || files.keepApart(id)) continue;
      // the welcome's own modules never share a chunk with what only loads after it
      const sharedBy = [
        welcome.has(id) ? 'welcome' : 'after',
        ...reachers.filter(({ reached }) => reached.has(id)).map(({ name }) => name),
      ].join(',');
      if (!chunkNames.has(sharedBy))
        chunkNames.set(
          sharedBy,
          sharedBy === 'welcome' ? 'member' : `member-shared-${chunkNames.size}`,
        );
      member.set(id, chunkNames.get(sharedBy) as string);
    }
    return member;
  };
  return [
    {
      name: (id, graph) => (bootOf(graph).has(id) || isPreloadHelper(id) ? 'boot' : null),
      debugName: 'boot',
      includeDependenciesRecursively: false,
    },
    {
      name: (id, graph) => (shellOf(graph).has(id) ? 'start-app' : null),
      debugName: 'shell',
      includeDependenciesRecursively: false,
    },
    {
      name: (id, graph) => memberOf(graph).get(id) ?? null,
      debugName: 'member',
      includeDependenciesRecursively: false,
    },
  ];
}

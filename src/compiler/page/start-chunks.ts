// Code-splitting for the modules a page loads before it starts: one chunk for those several pages share. Left
// to itself, the bundler also splits them by the lazy chunks that import them, which gave the deck 17 small
// start-up files; on a slow machine those requests cost the start more than their bytes.

interface ModuleLike {
  isEntry: boolean;
  importers: readonly string[];
}
interface Graph {
  getModuleInfo(id: string): ModuleLike | null;
}

/** The HTML pages whose static imports reach a module, found by walking its importers up. */
export function pagesReaching(id: string, graph: Graph): string[] {
  const pages = new Set<string>();
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    if (seen.has(current)) continue;
    seen.add(current);
    const info = graph.getModuleInfo(current);
    if (!info) continue;
    if (info.isEntry && current.endsWith('.html')) pages.add(pageName(current));
    stack.push(...info.importers);
  }
  return [...pages].sort();
}

const pageName = (id: string) => (id.split('/').pop() ?? id).replace(/\.html$/, '');

/**
 * One chunk for every module two or more pages start with. A module only one page starts with is left to the
 * bundler: in a shared chunk it would carry that page's entry, and a lazy chunk of another page importing it
 * would run that page. In a build of one page (`alone`, the deck's) no other page can, so everything it starts
 * with goes into one chunk of that name: its start is one script.
 *
 * One chunk, not one per set of pages: three sets (all pages, deck and student, deck and remote) gave the deck
 * 8 start-up files, and on this machine one shared chunk (6 files) made ready 7-9% sooner in two runs of 15 loads
 * by turns with stock reveal.js (239 and 224 ms against 257 and 247). The cost is a few kilobytes a page loads
 * for another: the student view gets the remote's 3 KB, the remote the student view's 5 KB.
 */
export function startChunkGroups(alone?: string) {
  return [
    {
      priority: 1,
      tags: ['$initial' as const],
      name: (id: string, graph: Graph) => {
        const pages = pagesReaching(id, graph).length;
        return pages >= 2 ? 'start-shared' : pages === 1 && alone !== undefined ? alone : null;
      },
    },
  ];
}

// Code-splitting groups for the modules a page loads before it starts: one chunk per set of pages that share
// them. Left to itself, the bundler also splits them by the lazy chunks that import them, which gave the deck
// 17 small start-up files; on a slow machine those requests cost the start more than their bytes.

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
 * One group per number of pages sharing a module, the most shared first (a group takes its modules' imports
 * with it). A module only one page starts with is left to the bundler: in a group of its own it would carry that
 * page's entry, and a lazy chunk of another page importing it would run that page.
 */
export function startChunkGroups(pages: number) {
  return Array.from({ length: pages - 1 }, (_, i) => {
    const sharedBy = pages - i;
    return {
      priority: sharedBy,
      tags: ['$initial' as const],
      name: (id: string, graph: Graph) => {
        const reaching = pagesReaching(id, graph);
        return reaching.length === sharedBy ? `start-${reaching.join('-')}` : null;
      },
    };
  });
}

import { describe, expect, it } from 'vitest';
import { pagesReaching, startChunkGroups } from '../../../../src/compiler/page/start-chunks';

// index.html -> main.ts -> {reveal, day}; student.html -> student.ts -> {day}; day -> valibot; lazy.ts imports day
// and student-only.ts, which only student.ts starts with.
const modules: Record<string, { isEntry: boolean; importers: string[] }> = {
  '/p/index.html': { isEntry: true, importers: [] },
  '/p/student.html': { isEntry: true, importers: [] },
  '/p/src/main.ts': { isEntry: false, importers: ['/p/index.html'] },
  '/p/src/student.ts': { isEntry: false, importers: ['/p/student.html'] },
  '/p/reveal.mjs': { isEntry: false, importers: ['/p/src/main.ts'] },
  '/p/src/day.ts': { isEntry: false, importers: ['/p/src/main.ts', '/p/src/student.ts', '/p/src/lazy.ts'] },
  '/p/valibot.mjs': { isEntry: false, importers: ['/p/src/day.ts'] },
  '/p/src/student-only.ts': { isEntry: false, importers: ['/p/src/student.ts', '/p/src/lazy.ts'] },
  '/p/src/lazy.ts': { isEntry: false, importers: [] },
};
const graph = { getModuleInfo: (id: string) => modules[id] ?? null };

describe('start-up chunks', () => {
  it('finds the pages whose static imports reach a module, through its importers', () => {
    expect(pagesReaching('/p/valibot.mjs', graph)).toEqual(['index', 'student']);
    expect(pagesReaching('/p/reveal.mjs', graph)).toEqual(['index']);
    expect(pagesReaching('/p/src/lazy.ts', graph)).toEqual([]);
  });

  it('puts what several pages start with in one chunk, and leaves a page its own modules', () => {
    const groups = startChunkGroups();
    expect(groups).toHaveLength(1);
    const [shared] = groups;
    expect(shared?.name('/p/valibot.mjs', graph)).toBe('start-shared');
    expect(shared?.name('/p/src/day.ts', graph)).toBe('start-shared');
    // In a chunk named for one page, a lazy chunk of another page importing it would run that page's entry.
    expect(shared?.name('/p/src/student-only.ts', graph)).toBeNull();
    expect(shared?.name('/p/reveal.mjs', graph)).toBeNull();
  });

  it('in a build of one page, puts everything that page starts with in one chunk, its entry too', () => {
    const [alone] = startChunkGroups('deck-start');
    expect(alone?.name('/p/reveal.mjs', graph)).toBe('deck-start');
    expect(alone?.name('/p/src/main.ts', graph)).toBe('deck-start');
    // Still shared when two pages of the build start with it, and never a module no page starts with.
    expect(alone?.name('/p/valibot.mjs', graph)).toBe('start-shared');
    expect(alone?.name('/p/src/lazy.ts', graph)).toBeNull();
  });
});

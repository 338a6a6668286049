import type { Clock } from '../../../../src/core/agenda';
import type { CompiledBlock, CompiledSlide, PageDeck } from '../../../../src/model/deck';
import { safeStorage, type SafeStorage } from '../../../../src/platform/storage';

const slide = (title: string, seconds: number | null, countdown = false): CompiledSlide => ({
  title,
  html: `<h2>${title}</h2>`,
  seconds,
  countdown,
  scene: null,
  line: 1,
});

const block = (
  id: string,
  title: string,
  kind: CompiledBlock['kind'],
  length: CompiledBlock['length'],
  slides: CompiledSlide[],
): CompiledBlock => ({ id, title, kind, length, file: `slides/${id}.md`, stacks: slides.map((s) => [s]) });

/** The seed day as the slide files and the class file give it: a 50-minute lecture, then the practices and planning. */
export const SEED_DECK: PageDeck = {
  classDay: { course: 'Docker lecture', week: '37', day: '3', start: 9 * 60, end: 15 * 60, breaks: [] },
  blocks: [
    block('lecture', 'VMs vs Docker', 'lecture', { type: 'slides' }, [slide('Intro', 1200), slide('Kernels', 1800)]),
    block('install', 'Install Docker', 'practice', { type: 'fixed', minutes: 30 }, [slide('Install', 120), slide('Go', null, true)]),
    block('demo', 'Container Demo', 'demo', { type: 'fixed', minutes: 10 }, [slide('Demo', null, true)]),
    block('short', 'First Containers', 'practice', { type: 'fixed', minutes: 20 }, [slide('Short', null, true)]),
    block('long', 'Container Fun', 'practice', { type: 'until-before-end', minutes: 60, minMinutes: 10 }, [slide('Long', null, true)]),
    block('planning-lecture', 'Project Planning', 'planning', { type: 'fixed', minutes: 15 }, [slide('Plan', null, true)]),
    block('planning', 'Project Planning Time', 'planning', { type: 'fixed', minutes: 45 }, [slide('Time', null, true)]),
  ],
};

/** A clock the test moves by hand. */
export function manualClock(start: string): Clock & { advance(minutes: number): void } {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(minutes) {
      now += minutes * 60_000;
    },
  };
}

/** A Storage kept in a Map, with every method a test may make fail. */
export function memoryStorage(): Storage & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
    clear: () => {
      data.clear();
    },
  };
}

export function memory(): { storage: SafeStorage; data: Map<string, string> } {
  const raw = memoryStorage();
  return { storage: safeStorage(() => raw), data: raw.data };
}

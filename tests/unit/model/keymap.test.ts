// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYMAP, REVEAL_KEYS, type KeyRow, type Press } from '../../../src/model/keymap';

const OURS: readonly [string, KeyRow][] = Object.entries(KEYMAP);

/** The README's key table: its rows, each as the keys its first cell names. */
function readmeKeyRows(): string[][] {
  const lines = readFileSync('README.md', 'utf8').split('\n');
  const header = lines.findIndex((line) => /^\|\s*key\s*\|\s*does\s*\|$/.test(line.trim()));
  expect(header, 'README has a "| key | does |" table').toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cell = line.split('|')[1] ?? '';
    // "+ / = and - / _", "O or Esc", "→ ← , PageDown PageUp, Space": words and commas separate keys.
    rows.push(
      cell
        .trim()
        .split(/\s+/)
        .map((token) => (token.length > 1 ? token.replace(/,$/, '') : token))
        .filter((token) => !['', ',', '/', 'or', 'and'].includes(token)),
    );
  }
  return rows;
}

describe('the README’s key table and the keymap', () => {
  const readme = readmeKeyRows();

  it('the README names every key of the keymap, each binding’s keys together in one row', () => {
    const missing = [...REVEAL_KEYS.map((row): [string, KeyRow] => [row.does, row]), ...OURS]
      .filter(([, row]) => !readme.some((cells) => row.keys.every((key) => cells.includes(key))))
      .map(([name, row]) => `${name}: ${row.keys.join(' ')}`);
    expect(missing).toEqual([]);
  });

  it('the keymap has every key the README names', () => {
    const known = new Set([...REVEAL_KEYS, ...OURS.map(([, row]) => row)].flatMap((row) => row.keys));
    expect(readme.flat().filter((key) => !known.has(key))).toEqual([]);
    expect(readme.length).toBeGreaterThan(10);
  });
});

// ---- reveal.js's own bindings, read from reveal itself -------------------------------------------------------
//
// reveal's built-in keys are code, not data: `Reveal.getConfig().keyboard` holds only a deck's own additions, and
// the help overlay (?) lists descriptions that leave keys out (A, V, ;, /, Home, End, F1, Enter). So the test
// presses keys into reveal 6's own keyboard controller (the `js/` source shipped in the same package as the
// `dist/` build the deck runs), and into the plugins the entry registers, and records which ones they act on.

interface FakeEvent {
  keyCode: number;
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
  prevented: boolean;
  preventDefault(): void;
}
const press = (p: Press): FakeEvent => ({
  keyCode: p.code,
  key: p.key,
  shiftKey: p.shift === true,
  ctrlKey: p.ctrl === true,
  altKey: false,
  metaKey: false,
  target: document.body,
  prevented: false,
  preventDefault() {
    this.prevented = true;
  },
});

/** A deck that answers the questions reveal's controller and plugins ask, and records what they register. */
function fakeDeck(overview: boolean) {
  const codes = new Set<number>();
  const element = document.createElement('div');
  const known: Record<string, unknown> = {
    getConfig: () => ({ navigationMode: 'linear', jumpToSlide: true, autoSlideStoppable: true, keyboard: true }),
    isOverlayOpen: () => false,
    isPaused: () => false,
    isAutoSliding: () => false,
    isOverview: () => overview,
    hasHorizontalSlides: () => true,
    hasVerticalSlides: () => true,
    getHorizontalSlides: () => [],
    closeOverlay: () => false,
    getRevealElement: () => element,
    overview: { isActive: () => overview, toggle: () => undefined, deactivate: () => undefined },
    addKeyBinding: (binding: number | { keyCode: number }) => codes.add(typeof binding === 'number' ? binding : binding.keyCode),
  };
  const deck = new Proxy(known, { get: (target, name: string) => target[name] ?? (() => undefined) });
  return { deck, codes };
}

type KeyHandler = (event: FakeEvent) => unknown;

/** Every press reveal (its keyboard controller and the entry's plugins) acts on, as a predicate. */
async function revealHears(): Promise<(p: Press) => boolean> {
  const controllerPath = resolve('node_modules/reveal.js/js/controllers/keyboard.js');
  const { default: Keyboard } = (await import(controllerPath)) as {
    default: new (deck: unknown) => { onDocumentKeyDown: KeyHandler };
  };
  // The plugins the deck registers after `ready`: the entry loads the module that lists them.
  const entry = readFileSync('src/entry/main.ts', 'utf8');
  expect(entry).toContain("import('../platform/reveal-plugins')");
  const { REVEAL_PLUGINS } = await import('../../../src/platform/reveal-plugins');
  expect(REVEAL_PLUGINS.length).toBeGreaterThan(0);
  const states = [false, true].map((overview) => fakeDeck(overview));
  const listeners: KeyHandler[] = [];
  const add = document.addEventListener.bind(document);
  document.addEventListener = ((type: string, listener: KeyHandler) => {
    if (type === 'keydown') listeners.push(listener);
  }) as typeof document.addEventListener;
  try {
    for (const create of REVEAL_PLUGINS) (create() as { init?: (deck: unknown) => void }).init?.(states[0]?.deck);
  } finally {
    document.addEventListener = add;
  }
  const pluginCodes = states[0]?.codes ?? new Set<number>();
  return (p) => {
    if (!p.shift && !p.ctrl && pluginCodes.has(p.code)) return true;
    const handlers = [...states.map(({ deck }) => new Keyboard(deck).onDocumentKeyDown), ...listeners];
    return handlers.some((handle) => {
      const event = press(p);
      try {
        handle(event);
      } catch {
        return true; // it tried to act (fullscreen in a DOM without one)
      }
      return event.prevented;
    });
  };
}

describe('our keys and reveal.js’s', () => {
  it('reveal acts on every key the README says is reveal’s (the probe sees bindings)', async () => {
    const hears = await revealHears();
    const notReveal = REVEAL_KEYS.flatMap((row) => row.presses.filter((p) => !hears(p)).map((p) => `${row.does}: ${p.key}`));
    expect(notReveal).toEqual([]);
  });

  it('no key of ours takes one of reveal’s unless the keymap says it overrides it, and every override is one', async () => {
    const hears = await revealHears();
    const taken = OURS.flatMap(([name, row]) =>
      row.presses
        .filter(hears)
        .map((p) => ({ name, key: `${p.shift ? 'Shift+' : ''}${p.key} (${String(p.code)})`, marked: !!row.overrides })),
    );
    expect(taken.filter((t) => !t.marked).map((t) => `${t.name}: ${t.key}`)).toEqual([]);
    const marked = OURS.filter(([, row]) => row.overrides).map(([name]) => name);
    expect(marked.filter((name) => !taken.some((t) => t.name === name))).toEqual([]);
  });

  it('no two of our bindings share a key, but for the ones taken only for a while (drawing, the dialog)', () => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const [name, row] of OURS) {
      if (row.overrides) continue;
      for (const p of row.presses) {
        const id = `${String(p.code)}${p.shift ? '+shift' : ''}${p.ctrl ? '+ctrl' : ''}`;
        const other = seen.get(id);
        if (other) shared.push(`${name} and ${other}: ${p.key}`);
        seen.set(id, name);
      }
    }
    expect(shared).toEqual([]);
  });
});

// @vitest-environment happy-dom
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { patchReveal } from '../../../../src/compiler/page/reveal-patch';

const file = join(dirname(createRequire(import.meta.url).resolve('reveal.js')), 'reveal.mjs');
const published = readFileSync(file, 'utf8');
// Inside the project, where the test runner loads modules from.
const cache = join('node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'reveal-patch-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Api {
  initialize(options: object): Promise<unknown>;
  slide(h: number, v?: number): void;
  next(): void;
  sync(): void;
  destroy(): void;
  getTotalSlides(): number;
  getSlides(): Element[];
  getHorizontalSlides(): Element[];
  getVerticalSlides(): Element[];
  hasVerticalSlides(): boolean;
  availableRoutes(): Record<string, boolean>;
  getProgress(): number;
  getIndices(): { h: number; v: number };
}
interface RevealClass {
  new (element: Element, options: object): Api;
}

/** A reveal deck from `code`, on a page of horizontal slides, one vertical stack and fragments. */
async function deckFrom(code: string, name: string, options: object = {}): Promise<{ deck: Api; root: HTMLElement }> {
  const path = join(dir, `${name}.mjs`);
  writeFileSync(path, code);
  const { default: Reveal } = (await import(/* @vite-ignore */ path)) as { default: RevealClass };
  const root = document.createElement('div');
  root.className = 'reveal';
  const stack = '<section><section>v0</section><section>v1</section><section>v2</section></section>';
  const plain = (i: number) => `<section><p>${String(i)}</p><p class="fragment">f</p></section>`;
  root.innerHTML = `<div class="slides">${[0, 1, 2].map(plain).join('')}${stack}${[4, 5, 6, 7].map(plain).join('')}</div>`;
  document.body.append(root);
  const deck = new Reveal(root, {
    embedded: true,
    hash: false,
    viewDistance: 2,
    transition: 'none',
    controls: false,
    progress: false,
    ...options,
  });
  await deck.initialize({});
  return { deck, root };
}

/** Every slide's state as reveal leaves it: its classes, hidden flags and whether it is shown. */
const states = (root: HTMLElement): string[] =>
  [...root.querySelectorAll<HTMLElement>('.slides section')].map(
    (s) =>
      `${[...s.classList].sort().join(' ')} | hidden=${String(s.hasAttribute('hidden'))} aria-hidden=${String(s.getAttribute('aria-hidden'))} ` +
      `inert=${String(s.hasAttribute('inert'))} display=${s.style.display} | ${[...s.querySelectorAll('.fragment')].map((f) => f.className).join(',')}`,
  );

/** Each deferred update runs after the next painted frame, or after 250 ms where no frame comes. */
async function painted(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('reveal.js as the deck changes it', () => {
  it('finds each place it changes in the published module, and says which one when the module differs', () => {
    const patched = patchReveal(published, file);
    expect(patched.match(/deckSettleSlide\$\(/g)).toHaveLength(2);
    expect(patched.match(/deckLoad\$\(/g)).toHaveLength(3);
    expect(patched.match(/deckUnload\$\(/g)).toHaveLength(3);
    // The helper's definition, a slide change's layout and updates, a step's updates, and the three announcements.
    expect(patched.match(/deckAfterPaint\$\(/g)).toHaveLength(7);
    expect(patched.match(/deckPlaced\$\(/g)).toHaveLength(2);
    // The helper that lists what a selector matches, and the six searches of the deck's own element.
    expect(patched.match(/deckQuery\$\(/g)).toHaveLength(1 + 1 + 6);
    const changed = published.replaceAll('.setAttribute("hidden", ""), ', '.setAttribute("hidden", "hidden"), ');
    expect(() => patchReveal(changed, 'x/reveal.mjs')).toThrow(
      /^x\/reveal\.mjs: reveal\.js's updateSlides's loop over the slides was found 0 times, not 1/,
    );
    expect(() => patchReveal(published.replaceAll('.unload(', '.drop('), 'x/reveal.mjs')).toThrow(
      /load-or-unload of a slide was found 0 times, not 2/,
    );
    expect(() => patchReveal(published.replaceAll('.writeURL(), ', '.writeURL(), 0, '), 'x/reveal.mjs')).toThrow(
      /slide number, URL and auto-slide was found 0 times, not 1/,
    );
  });

  it('leaves every slide as stock reveal.js does, on every move through the deck and back', async () => {
    const stock = await deckFrom(published, 'stock');
    const ours = await deckFrom(patchReveal(published, file), 'patched');
    const moves: [number, number?][] = [[1], [2], [3, 0], [3, 1], [3, 2], [4], [6], [7], [3], [3, 2], [0], [5], [2], [3, 1], [7], [0]];
    for (const [h, v] of moves) {
      stock.deck.slide(h, v);
      ours.deck.slide(h, v);
      expect(states(ours.root), `after slide(${String(h)}, ${String(v)})`).toEqual(states(stock.root));
    }
    stock.deck.destroy();
    ours.deck.destroy();
  });

  it('places the slides as stock does once the frame is painted, and a slide never placed before at once', async () => {
    // Each slide its own height, as a browser lays it out: none while it is hidden (reveal's stylesheet hides slides).
    const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollHeight');
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.style.display === 'block' ? 100 + 10 * [...(this.parentElement?.children ?? [])].indexOf(this) : 0;
      },
    });
    const stock = await deckFrom(published, 'stock-layout');
    const ours = await deckFrom(patchReveal(published, file), 'patched-layout');
    const tops = (root: HTMLElement) =>
      [...root.querySelectorAll<HTMLElement>('.slides section')].map((s) => `${s.style.display}@${s.style.top}`);
    const current = (root: HTMLElement) => root.querySelector<HTMLElement>('.slides section.present:not(.stack)');
    // The jumps land on slides reveal had hidden (further than its view distance), and on slides placed before.
    for (const [h, v] of [[7], [1], [3, 2], [6], [0], [2], [3, 0], [7]] as [number, number?][]) {
      stock.deck.slide(h, v);
      ours.deck.slide(h, v);
      expect(current(ours.root)?.style.top, `the slide shown by slide(${String(h)}, ${String(v)}), in the same task`).toBe(
        current(stock.root)?.style.top,
      );
      await painted();
      expect(tops(ours.root), `after slide(${String(h)}, ${String(v)})`).toEqual(tops(stock.root));
    }
    // The heights told apart: slides shown stand at different places.
    expect(new Set(tops(ours.root).filter((t) => t.startsWith('block@'))).size).toBeGreaterThan(1);
    if (height) Object.defineProperty(HTMLElement.prototype, 'scrollHeight', height);
    stock.deck.destroy();
    ours.deck.destroy();
  });

  it('shows the slide number, progress, controls and screen-reader text as stock does, once the frame is painted', async () => {
    const widgets = { controls: true, progress: true, slideNumber: 'c/t' };
    const stock = await deckFrom(published, 'stock-widgets', widgets);
    const ours = await deckFrom(patchReveal(published, file), 'patched-widgets', widgets);
    /** What a viewer sees and a screen reader hears, apart from the slides themselves. */
    const chrome = (root: HTMLElement) => ({
      number: root.querySelector('.slide-number')?.textContent.replace(/\s+/g, ''),
      progress: root.querySelector<HTMLElement>('.progress span')?.style.transform,
      enabled: [...root.querySelectorAll('.controls button')].map(
        (b) => `${[...b.classList].sort().join(' ')} ${String(b.hasAttribute('disabled'))}`,
      ),
      status: root.querySelector('.aria-status')?.textContent,
    });
    for (const [h, v] of [[1], [3, 2], [7], [0], [5]] as [number, number?][]) {
      stock.deck.slide(h, v);
      ours.deck.slide(h, v);
      await painted();
      expect(chrome(ours.root), `after slide(${String(h)}, ${String(v)})`).toEqual(chrome(stock.root));
      expect(chrome(ours.root).number).toBe(`${String(h + (v ?? 0) + (h > 3 ? 2 : 0) + 1)}/10`);
    }
    // Step by step: each slide's fragment, then the next slide.
    stock.deck.slide(0);
    ours.deck.slide(0);
    const said: (string | undefined)[] = [];
    for (let press = 1; press <= 5; press++) {
      stock.deck.next();
      ours.deck.next();
      await painted();
      expect(chrome(ours.root), `after next() ${String(press)} times`).toEqual(chrome(stock.root));
      said.push(chrome(ours.root).status);
    }
    // A step says its own text; a slide says the slide's.
    expect(said).toEqual(['1. f. ', 'f. ', '2. f. ', 'f. ', 'v0 ']);
    stock.deck.destroy();
    ours.deck.destroy();
  });
  it('finds its slides as stock does, before and after sync(), while slides come, go, stack and leave the count', async () => {
    const widgets = { controls: true, progress: true, slideNumber: 'c/t' };
    const stock = await deckFrom(published, 'stock-find', widgets);
    const ours = await deckFrom(patchReveal(published, file), 'patched-find', widgets);
    const name = (root: HTMLElement) => (s: Element) => [...root.querySelectorAll('section')].indexOf(s as HTMLElement);
    const found = ({ deck, root }: { deck: Api; root: HTMLElement }) => ({
      total: deck.getTotalSlides(),
      slides: deck.getSlides().map(name(root)),
      horizontal: deck.getHorizontalSlides().map(name(root)),
      vertical: deck.getVerticalSlides().map(name(root)),
      stacked: deck.hasVerticalSlides(),
      routes: deck.availableRoutes(),
      progress: deck.getProgress(),
      at: deck.getIndices(),
      shown: states(root),
    });
    const edits: [string, (slides: Element) => void][] = [
      [
        'a slide added at the end',
        (slides) => {
          slides.insertAdjacentHTML('beforeend', '<section><p>8</p></section>');
        },
      ],
      ['a slide added to the stack', (slides) => slides.children[3]?.insertAdjacentHTML('beforeend', '<section>v3</section>')],
      ['a slide removed', (slides) => slides.children[1]?.remove()],
      [
        'a section put into a slide inside another element',
        (slides) => {
          const box = document.createElement('div');
          box.innerHTML = '<section>boxed</section>';
          slides.children[2]?.append(box);
        },
      ],
      ['a slide left out of the count', (slides) => slides.children[4]?.setAttribute('data-visibility', 'uncounted')],
      [
        'a slide made a stack',
        (slides) =>
          slides.children[5]?.replaceChildren(
            ...[0, 1].map((i) => Object.assign(document.createElement('section'), { textContent: `w${String(i)}` })),
          ),
      ],
      [
        'a stack moved to the front',
        (slides) => {
          const stack = slides.children[3];
          if (stack) slides.prepend(stack);
        },
      ],
    ];
    for (const [what, edit] of edits) {
      for (const deck of [stock, ours]) edit(deck.root.querySelector('.slides') as Element);
      expect(found(ours), `${what}, before sync()`).toEqual(found(stock));
      stock.deck.sync();
      ours.deck.sync();
      for (const [h, v] of [[0], [3, 1], [5, 1], [1], [6]] as [number, number?][]) {
        stock.deck.slide(h, v);
        ours.deck.slide(h, v);
        expect(found(ours), `${what}, then slide(${String(h)}, ${String(v)})`).toEqual(found(stock));
      }
    }
    stock.deck.destroy();
    ours.deck.destroy();
  });
});

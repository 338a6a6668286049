/**
 * The shape every feature has, the shape of a reveal.js plugin: attached once to a deck with the context it
 * shares with the others, and detachable. `destroy()` must leave nothing behind (listeners, timers, channels,
 * elements), so a feature can be attached again to the same deck; `disposer()` keeps that list.
 */
import type { Deck } from './reveal';

export interface Feature<Context> {
  readonly id: string;
  init(deck: Deck, context: Context): void;
  destroy(): void;
}

/** One row of a page's feature table: adding a feature to a page is one of these. */
export interface FeatureRow<Context> {
  readonly id: string;
  /** False leaves the feature out of this page (and its code unloaded). */
  readonly when?: boolean;
  readonly load: () => Feature<Context> | Promise<Feature<Context>>;
}

/** Loads the rows a page wants, in parallel, keeping the table's order (the order they attach in). */
export async function loadFeatures<Context>(rows: readonly FeatureRow<Context>[]): Promise<Feature<Context>[]> {
  const wanted = rows.filter((row) => row.when !== false);
  const features = await Promise.all(wanted.map(async (row) => row.load()));
  features.forEach((feature, i) => {
    // A row's id is what tests and tools name it by: a mismatch is a table typo, not something to run with.
    if (feature.id !== wanted[i]?.id) throw new Error(`feature table: row ${wanted[i]?.id ?? '?'} loaded ${feature.id}`);
  });
  return features;
}

/**
 * Registers each feature with reveal as a plugin bound to the page's context, in order. Reveal initialises a
 * plugin registered after `ready` at once, and `Reveal.destroy()` calls every plugin's `destroy()`: reveal's
 * own lifecycle owns the features, as it owns its bundled plugins.
 */
export function registerFeatures<Context>(deck: Deck, features: readonly Feature<Context>[], context: Context) {
  for (const feature of features)
    deck.registerPlugin({
      id: feature.id,
      init: () => {
        feature.init(deck, context);
      },
      destroy: () => {
        feature.destroy();
      },
    });
}

type Listener = (event: Event) => void;
/** The part of a reveal deck (or any emitter) a feature listens to. */
interface Emitter {
  on(type: string, listener: Listener): void;
  off(type: string, listener: Listener): void;
}

export interface Disposer {
  /** A DOM listener, removed on dispose. */
  listen<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    listener: (event: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  listen(target: EventTarget, type: string, listener: Listener, options?: AddEventListenerOptions): void;
  /** A reveal event listener, removed on dispose. */
  onDeck(deck: Emitter, type: string, listener: Listener): void;
  every(ms: number, tick: () => void): void;
  after(ms: number, run: () => void): void;
  /** Anything else to undo (a channel to close, an element to remove), run in reverse order on dispose. */
  defer(undo: () => void): void;
  dispose(): void;
  /** How many undo steps are held: a teardown test reads 0 after dispose. */
  readonly size: number;
}

export function disposer(): Disposer {
  let undo: (() => void)[] = [];
  const self: Disposer = {
    listen(target: EventTarget, type: string, listener: Listener, options?: AddEventListenerOptions) {
      target.addEventListener(type, listener, options);
      undo.push(() => {
        target.removeEventListener(type, listener, options);
      });
    },
    onDeck(deck, type, listener) {
      deck.on(type, listener);
      undo.push(() => {
        deck.off(type, listener);
      });
    },
    every(ms, tick) {
      const id = setInterval(tick, ms);
      undo.push(() => {
        clearInterval(id);
      });
    },
    after(ms, run) {
      const id = setTimeout(run, ms);
      undo.push(() => {
        clearTimeout(id);
      });
    },
    defer(step) {
      undo.push(step);
    },
    dispose() {
      const steps = undo.reverse();
      undo = [];
      for (const step of steps) step();
    },
    get size() {
      return undo.length;
    },
  };
  return self;
}

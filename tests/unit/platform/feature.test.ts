// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { disposer, loadFeatures, registerFeatures, type Feature } from '../../../src/platform/feature';
import type { Deck } from '../../../src/platform/reveal';

interface Plugin {
  id: string;
  init?(deck: unknown): void;
  destroy?(): void;
}

/** reveal's plugin registry as reveal 6 runs it once `ready`: init at once, destroy all on `Reveal.destroy()`. */
function revealLike() {
  const plugins: Plugin[] = [];
  const deck = {
    registerPlugin(plugin: Plugin) {
      plugins.push(plugin);
      plugin.init?.(deck);
    },
    destroy() {
      for (const plugin of plugins) plugin.destroy?.();
      plugins.length = 0;
    },
  };
  return { deck, plugins };
}

/** A feature that holds one of each thing a feature may hold, and counts what it still holds. */
function holdingFeature(id: string, log: string[]): Feature<{ name: string }> & { held: () => number } {
  const held = disposer();
  return {
    id,
    init(_deck, context) {
      log.push(`${id} init ${context.name}`);
      const element = document.body.appendChild(document.createElement('div'));
      element.className = id;
      held.listen(window, 'keydown', () => log.push(`${id} key`));
      held.every(1000, () => log.push(`${id} tick`));
      held.after(5000, () => log.push(`${id} later`));
      held.defer(() => {
        element.remove();
      });
    },
    destroy() {
      held.dispose();
    },
    held: () => held.size,
  };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('features as reveal plugins', () => {
  it('registers each feature in order with the context, and reveal destroying its plugins leaves nothing', () => {
    vi.useFakeTimers();
    const log: string[] = [];
    const { deck } = revealLike();
    const features = [holdingFeature('one', log), holdingFeature('two', log)];
    registerFeatures(deck as unknown as Deck, features, { name: 'ctx' });
    expect(log).toEqual(['one init ctx', 'two init ctx']);
    expect(document.querySelectorAll('.one, .two')).toHaveLength(2);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(1000);
    expect(log.slice(2).sort()).toEqual(['one key', 'one tick', 'two key', 'two tick']);

    deck.destroy();
    log.length = 0;
    window.dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(10_000);
    expect(log).toEqual([]);
    expect(document.querySelectorAll('.one, .two')).toHaveLength(0);
    expect(features.map((f) => f.held())).toEqual([0, 0]);
  });

  it('loads the rows a page wants, keeps the table order, and refuses a row whose feature has another id', async () => {
    const log: string[] = [];
    const slow = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return holdingFeature('slow', log);
    };
    const loaded = await loadFeatures([
      { id: 'slow', load: slow },
      { id: 'off', when: false, load: () => holdingFeature('off', log) },
      { id: 'quick', load: () => holdingFeature('quick', log) },
    ]);
    expect(loaded.map((f) => f.id)).toEqual(['slow', 'quick']);
    await expect(loadFeatures([{ id: 'one', load: () => holdingFeature('two', log) }])).rejects.toThrow(/row one loaded two/);
  });
});

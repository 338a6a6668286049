import { afterEach, expect, it, vi } from 'vitest';
import { deckLogger } from '../../../../src/compiler/deck/dev-logger';

afterEach(() => {
  vi.restoreAllMocks();
});

/** What the logger writes to the terminal, one entry per write. */
function terminal(): () => string[] {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return () => spy.mock.calls.map((call) => String(call[0]));
}

const mistake = Object.assign(new Error('slides/03-demo.md:3: unknown front-matter key "colour"\n  Plugin: deck-slides\n  1 | ---'), {
  plugin: 'deck-slides',
});

it('says a slide file mistake once, in its one line, though Vite reports it twice with a code frame', () => {
  const lines = terminal();
  const logger = deckLogger();
  logger.error(`Pre-transform error: ${mistake.message}`, { error: mistake });
  logger.error(`Internal server error: ${mistake.message}`, { error: mistake });
  expect(lines()).toHaveLength(1);
  expect(lines()[0]).toMatch(/slides\/03-demo\.md:3: unknown front-matter key "colour"$/);
});

it("leaves Vite's other errors as Vite writes them", () => {
  const lines = terminal();
  deckLogger().error('Internal server error: something else\n  at frame', { error: new Error('something else') });
  expect(lines()).toEqual([expect.stringContaining('something else\n  at frame')]);
});

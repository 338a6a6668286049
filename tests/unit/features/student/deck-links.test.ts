import { describe, expect, it } from 'vitest';
import { planDay } from '../../../../src/core/agenda/day';
import type { CompiledSlide, DeckModel } from '../../../../src/model/deck';
import { deckStacks, parseLink, slideAt } from '../../../../src/features/student/deck-links';
import { at } from '../../core/agenda/fixtures';

describe('parseLink', () => {
  it("reads reveal's indices, with or without the vertical index and the fragment", () => {
    expect(parseLink('#/5')).toEqual({ kind: 'deck', h: 5, v: 0 });
    expect(parseLink('#/5/2')).toEqual({ kind: 'deck', h: 5, v: 2 });
    expect(parseLink('#/5/2/3')).toEqual({ kind: 'deck', h: 5, v: 2 });
    expect(parseLink('#/5/0/-1')).toEqual({ kind: 'deck', h: 5, v: 0 });
  });

  // The reliability probe (2026-12-06, D8): a link cut mid-escape threw "URI malformed" and the page never got ready.
  it.each(['#%E0%A4', '#/%%%/x', '#%'])('takes %s, a link cut mid-escape, as no link', (hash) => {
    expect(parseLink(hash)).toBeUndefined();
  });

  it("reads a page's id, with or without the slash", () => {
    expect(parseLink('#/lecture-kernels')).toEqual({ kind: 'id', id: 'lecture-kernels' });
    expect(parseLink('#lecture-kernels')).toEqual({ kind: 'id', id: 'lecture-kernels' });
    expect(parseLink('#/5a')).toEqual({ kind: 'id', id: '5a' });
  });

  it('no hash is no link', () => {
    expect(parseLink('')).toBeUndefined();
    expect(parseLink('#')).toBeUndefined();
    expect(parseLink('#/')).toBeUndefined();
  });
});

const slide = (title: string, seconds: number | null, countdown = false): CompiledSlide => ({
  title,
  html: '',
  seconds,
  countdown,
  scene: null,
  line: 1,
});

/** A lecture with a vertical stack, then a practice that lunch interrupts. */
const DECK: DeckModel = {
  blocks: [
    {
      id: 'talk',
      title: 'Talk',
      kind: 'lecture',
      length: { type: 'slides' },
      file: 'a.md',
      stacks: [[slide('A', 600)], [slide('B', 600), slide('B2', 600)]],
    },
    {
      id: 'lab',
      title: 'Lab',
      kind: 'practice',
      length: { type: 'fixed', minutes: 120 },
      file: 'b.md',
      stacks: [[slide('Tasks', 60)], [slide('Go', null, true)]],
    },
  ],
};

describe('deckStacks and slideAt: a deck link to the slide it shows', () => {
  const plan = planDay(DECK, {
    start: at('09:00'),
    end: at('11:30'),
    now: undefined,
    date: undefined,
    breaks: [{ start: at('10:00'), end: at('10:30') }],
  });
  const stacks = deckStacks(DECK, plan.entries);

  it('lists the horizontal slides in deck order, a stack as one, the break as a slide of its own, then the practice it split', () => {
    expect(stacks.map((s) => (s ? s.map((r) => `${r.blockId}/${String(r.slide)}`).join(' ') : 'gap'))).toEqual([
      'talk/0',
      'talk/1 talk/2',
      'lab/0',
      'lab/1',
      'gap',
      'lab/1',
    ]);
  });

  it('finds a vertical slide, and the last of its stack for an index past it', () => {
    expect(slideAt(stacks, 1, 1)).toEqual({ blockId: 'talk', slide: 2 });
    expect(slideAt(stacks, 1, 9)).toEqual({ blockId: 'talk', slide: 2 });
  });

  it('maps a break slide to the slide after it, and an index past the deck to nothing', () => {
    const withGapFirst = [null, ...stacks];
    expect(slideAt(withGapFirst, 0, 0)).toEqual({ blockId: 'talk', slide: 0 });
    expect(slideAt(stacks, 4, 0)).toEqual({ blockId: 'lab', slide: 1 });
    expect(slideAt(stacks, 6, 0)).toBeUndefined();
    expect(slideAt(stacks, 99, 0)).toBeUndefined();
  });
});

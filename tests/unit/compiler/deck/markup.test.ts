import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../../../src/compiler/deck/load';
import { SCENE_CATALOG } from '../../../../src/core/scenes/registry';
import { studentMarkup, slug, withoutNotes } from '../../../../src/compiler/deck/student-markup';

describe('withoutNotes', () => {
  it('removes every speaker note, an aside nested in one too, and keeps the rest', () => {
    const html =
      '<h2>A</h2><p>shown</p><aside class="notes"><p>answer <aside>inner</aside> still note</p></aside><p>after</p>' +
      '<aside class="tip">kept</aside>';
    expect(withoutNotes(html)).toBe('<h2>A</h2><p>shown</p><p>after</p><aside class="tip">kept</aside>');
  });

  it("drops a scene's step markers, which hold nothing but notes", () => {
    const html =
      '<div class="scene" data-scene="x"></div><span class="fragment scene-step" data-fragment-index="0"><aside class="notes">step</aside></span>';
    expect(withoutNotes(html)).toBe('<div class="scene" data-scene="x"></div>');
  });

  it('an unclosed note hides the rest of the slide rather than leak it', () => {
    expect(withoutNotes('<p>a</p><aside class="notes"><p>answer')).toBe('<p>a</p>');
  });
});

describe('slug', () => {
  it('keeps letters and digits of the first eight words', () => {
    expect(slug('Task 1 · Docker Desktop on macOS or Windows')).toBe('task-1-docker-desktop-on-macos-or-windows');
    expect(slug('Tasks 1–2 · Pull, then step inside')).toBe('tasks-1-2-pull-then-step-inside');
    expect(slug('Café: “déjà vu”')).toBe('cafe-deja-vu');
  });
});

describe('studentMarkup of the real slides', () => {
  const { deck } = loadDeck(process.cwd(), 'slides', SCENE_CATALOG);
  const html = studentMarkup(deck);
  const pages = [...html.matchAll(/<article class="page" id="([^"]+)" data-block="([^"]+)" data-slide-index="(\d+)"/g)];

  it('has a page for every slide of every block, in deck order', () => {
    const expected = deck.blocks.flatMap((block) => block.stacks.flat().map((_, i) => `${block.id}/${String(i)}`));
    expect(pages.map((m) => `${m[2] ?? ''}/${m[3] ?? ''}`)).toEqual(expected);
  });

  it('gives every page an id of its own', () => {
    const ids = pages.map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds no speaker note, nor any text only a note has', () => {
    expect(html).not.toMatch(/class="[^"]*notes/);
    let checked = 0;
    for (const slide of deck.blocks.flatMap((b) => b.stacks.flat())) {
      for (const note of slide.html.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)) {
        const words = (note[1] ?? '')
          .replace(/<[^>]+>/g, '')
          .trim()
          .slice(0, 60);
        if (words.length < 30) continue;
        expect(html).not.toContain(words);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

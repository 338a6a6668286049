import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../../../src/compiler/deck/load';
import { sourcesMarkup } from '../../../../src/compiler/deck/sources';
import { SCENE_CATALOG } from '../../../../src/core/scenes/registry';
import { htmlText } from '../../../../src/compiler/deck/html-text';

/**
 * Every source a speaker note cites is on the handout's sources page, under its slide, with its URL. What the
 * notes cite is read here from the compiled slides directly: each `Source:`/`Sources:` line's plain text and
 * its links. The page must hold that line's text, entry by entry, in order, and every one of its URLs.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
const { deck } = loadDeck(ROOT, join(ROOT, 'slides'), SCENE_CATALOG);

const plain = (html: string): string => htmlText(html).replace(/\s+/g, ' ').trim();

interface Cited {
  readonly slide: string;
  readonly text: string;
  readonly urls: string[];
}

function citedInNotes(): Cited[] {
  return deck.blocks.flatMap((block) =>
    block.stacks.flat().flatMap((slide) => {
      const notes = [...slide.html.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)].map((m) => m[1] ?? '');
      return notes.flatMap((aside) =>
        aside.split(/<\/p>|<\/li>/).flatMap((chunk) => {
          const at = chunk.search(/\bSources?:/);
          if (at < 0) return [];
          const line = chunk.slice(at).replace(/^Sources?:\s*/, '');
          const urls = [...line.matchAll(/href="([^"]+)"/g)].map((m) => plain(m[1] ?? ''));
          return [{ slide: `${block.title} · ${slide.title}`, text: plain(line).replace(/\.$/, ''), urls }];
        }),
      );
    }),
  );
}

/** The page's groups as text: per slide heading, its entries' texts and URLs. */
function page(markup: string): Map<string, { texts: string[]; urls: string[] }> {
  const groups = new Map<string, { texts: string[]; urls: string[] }>();
  for (const [, heading = '', list = ''] of markup.matchAll(
    /<div class="handout-source-group"[^>]*><h3>([\s\S]*?)<\/h3><ul>([\s\S]*?)<\/ul><\/div>/g,
  )) {
    const items = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1] ?? '');
    groups.set(plain(heading), {
      texts: items.map((item) => plain(/<span class="handout-source-text">([\s\S]*?)<\/span>/.exec(item)?.[1] ?? '')),
      urls: items.flatMap((item) => [...item.matchAll(/href="([^"]+)"/g)].map((m) => plain(m[1] ?? ''))),
    });
  }
  return groups;
}

describe('the handout sources page', () => {
  const cited = citedInNotes();
  const printed = page(sourcesMarkup(deck));

  it('finds sources in the notes (the deck cites them on nearly every slide)', () => {
    expect(cited.length).toBeGreaterThan(40);
    expect(cited.some((c) => c.urls.length > 0)).toBe(true);
  });

  it('lists every Source line of the notes under its slide: every entry, in order, and every URL', () => {
    const missing: string[] = [];
    for (const c of cited) {
      const group = printed.get(c.slide);
      if (!group) {
        missing.push(`${c.slide}: no group on the sources page`);
        continue;
      }
      // Each entry of the line is on the page, so the line is some run of the group's entries joined by "; ".
      const joined = group.texts.join('; ');
      const entries = c.text.split(/;\s*/).map((e) => e.replace(/\.$/, '').trim());
      for (const entry of entries) {
        if (!joined.includes(entry.split(' (')[0] ?? entry)) missing.push(`${c.slide}: "${entry}"`);
      }
      for (const url of c.urls) if (!group.urls.includes(url)) missing.push(`${c.slide}: ${url}`);
    }
    expect(missing).toEqual([]);
  });

  it('counts as many entries on the page as the notes cite, slide by slide (nothing dropped, nothing merged)', () => {
    for (const [slide, group] of printed) {
      const lines = cited.filter((c) => c.slide === slide);
      const words = (texts: string[]) => texts.join(' ').split(/\s+/).filter(Boolean).length;
      // The page holds each entry once; the notes may repeat an entry, never cite less than the page shows.
      expect(words(group.texts), slide).toBeLessThanOrEqual(words(lines.map((l) => l.text)));
      expect(group.texts.length, slide).toBeGreaterThan(0);
    }
    expect(printed.size).toBe(new Set(cited.map((c) => c.slide)).size);
  });
});

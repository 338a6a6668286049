import type { DeckModel } from '../../model/deck';

/** Where student.html takes its pages. */
export const STUDENT_HOLE = '<div class="student-slides"></div>';

const NOTES_OPEN = /<aside\b[^>]*\bclass="(?:[^"]*\s)?notes(?:\s[^"]*)?"[^>]*>/gi;
const ASIDE_TAG = /<(\/?)aside\b[^>]*>/gi;
/** A scene's step marker holds nothing but that step's notes: empty once they are gone. */
const EMPTY_STEP = /<span class="fragment scene-step"[^>]*><\/span>/g;

/**
 * The slide's markup without its speaker notes, which hold the answers: students get the HTML without them, not
 * the notes hidden by CSS. Counts nested asides so that an aside inside a note goes with it.
 */
export function withoutNotes(html: string): string {
  let out = '';
  let from = 0;
  for (const open of html.matchAll(NOTES_OPEN)) {
    if (open.index < from) continue;
    out += html.slice(from, open.index);
    let depth = 0;
    ASIDE_TAG.lastIndex = open.index;
    for (let tag = ASIDE_TAG.exec(html); tag; tag = ASIDE_TAG.exec(html)) {
      depth += tag[1] === '/' ? -1 : 1;
      if (depth === 0) break;
    }
    // An unclosed note runs to the end of the slide, as the browser would read it.
    from = depth === 0 ? ASIDE_TAG.lastIndex : html.length;
  }
  return (out + html.slice(from)).replace(EMPTY_STEP, '');
}

/** "Task 1 · Docker Desktop on macOS" -> "task-1-docker-desktop-on-macos": the readable part of a page's id. */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, 8).join('-');
}

/**
 * The slides as a student reads them: one `<article>` page per slide (vertical stacks flattened) in a `<section>`
 * per block, without speaker notes. Each page keeps the deck's `data-block` and `data-slide-index`, so a deck
 * link maps to it, and gets an id from its block and title for links of its own (`student.html#lecture-kernels`).
 */
export function studentMarkup(deck: DeckModel): string {
  const used = new Set<string>();
  const idFor = (blockId: string, title: string): string => {
    const base = [blockId, slug(title)].filter(Boolean).join('-');
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${String(n)}`;
    used.add(id);
    return id;
  };
  return deck.blocks
    .map((block) => {
      const pages = block.stacks.flat().map((slide, index) => {
        const countdown = slide.countdown ? ' data-countdown-slide' : '';
        const id = idFor(block.id, slide.title);
        return `<article class="page" id="${id}" data-block="${block.id}" data-slide-index="${String(index)}"${countdown}>${withoutNotes(slide.html)}</article>`;
      });
      // The clock times arrive with the page's script: they depend on the day, not on the build.
      const head = `<header class="block-head"><span class="block-name">${escapeHtml(block.title)}</span> <span class="block-when"></span></header>`;
      return `<section class="block" data-block="${block.id}" data-kind="${block.kind}">${head}\n${pages.join('\n')}\n</section>`;
    })
    .join('\n');
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

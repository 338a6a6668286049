import { parseFragment, type DefaultTreeAdapterTypes as Tree } from 'parse5';
import { SlideError } from './errors.ts';

const PROBE = 'next-slide-probe';

/**
 * The last word on a slide's markup, as the browser will read it: placed in the deck between its neighbours, the
 * slide must stay one `<section>`, leave the next one untouched (no element left open runs on into it), and keep
 * its notes in its `<aside class="notes">`. The raw-HTML check names the line in most cases; this one catches
 * what slips past it, at the slide's line.
 */
export function checkSlideStructure(file: string, line: number, html: string): void {
  const fragment = parseFragment(`<div class="slides"><section>${html}</section><section>${PROBE}</section></div>`);
  const slides = elements(fragment)[0];
  const sections = slides ? elements(slides) : [];
  const next = sections[1];
  const intact =
    fragment.childNodes.length === 1 &&
    sections.length === 2 &&
    sections.every((s) => s.tagName === 'section') &&
    next?.childNodes.length === 1 &&
    next.childNodes[0]?.nodeName === '#text' &&
    html.split('<aside class="notes">').length - 1 === countNotes(sections[0]);
  if (!intact) {
    throw new SlideError(
      file,
      line,
      'the raw HTML on this slide breaks its structure (an element closed that it did not open, or one left open): balance its tags',
    );
  }
}

function elements(node: Tree.ParentNode): Tree.Element[] {
  return node.childNodes.filter((child): child is Tree.Element => 'tagName' in child);
}

function countNotes(node: Tree.Element | undefined): number {
  if (!node) return 0;
  const own = node.tagName === 'aside' && node.attrs.some((a) => a.name === 'class' && a.value === 'notes') ? 1 : 0;
  return own + elements(node).reduce((sum, child) => sum + countNotes(child), 0);
}

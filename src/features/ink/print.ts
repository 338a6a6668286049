import { deckId } from '../../core/ink/deck-id';
import { slideId } from '../../core/ink/slide-id';
import { visibleStrokes } from '../../core/ink/state';
import { readInkFile, SLIDE_SPACE } from '../../model/ink';
import type { DeckContext } from '../../platform/context';
import type { Disposer } from '../../platform/feature';
import { stepShown } from '../../platform/read-step';
import type { Deck } from '../../platform/reveal';
import { loadFreehand, strokePath } from '../../platform/ink/freehand';
import { strokeElement } from '../../platform/ink/layer';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The handout's ink: the export hands the print view an ink file (`window.handoutInk`); each printed slide gets
 * the ink its page's step shows, as vector paths. A file that is not ours or from another deck is refused
 * (`data-ink-refused` says why, the export fails with it) and nothing is drawn. `data-ink-drawn` marks the end.
 */
export function printInk(deck: Deck, context: DeckContext, held: Disposer): void {
  const given = window.handoutInk;
  if (given === undefined) return;
  const root = document.documentElement;
  const read = readInkFile(given, deckId(context.content));
  if (!read.ok) {
    root.dataset.inkRefused = `the ink file was refused: ${read.problem}`;
    return;
  }
  const state = read.file;
  const margin = deck.getConfig().margin ?? 0.04;
  const pageHeight = Math.floor(SLIDE_SPACE.height * (1 + margin));
  const draw = async (): Promise<void> => {
    // Where each slide box sits is read now, before the handout's notes layout moves tall slides to the top.
    const printed = [...document.querySelectorAll<HTMLElement>('.reveal .pdf-page section[data-block]')].map((section) => {
      const id = slideId(section.dataset);
      const top = (pageHeight - SLIDE_SPACE.height) / 2 - (Number.parseFloat(section.style.top) || 0);
      return { section, top, strokes: id === undefined ? [] : visibleStrokes(state, id, stepShown(section)) };
    });
    const getStroke = await loadFreehand();
    let count = 0;
    for (const { section, top, strokes } of printed) {
      if (strokes.length === 0) continue;
      const svg = document.createElementNS(SVG, 'svg');
      svg.classList.add('ink-print');
      const group = document.createElementNS(SVG, 'g');
      group.setAttribute('transform', `translate(0 ${top.toFixed(1)})`);
      group.append(...strokes.map((stroke) => strokeElement(document, stroke, strokePath(getStroke, stroke))));
      svg.append(group);
      section.append(svg);
      count += strokes.length;
    }
    root.dataset.inkDrawn = String(count);
  };
  const start = (): void => {
    void draw();
  };
  held.defer(() => {
    for (const svg of document.querySelectorAll('.ink-print')) svg.remove();
    delete root.dataset.inkDrawn;
  });
  if (document.querySelector('.reveal .slides .pdf-page')) start();
  else held.onDeck(deck, 'pdf-ready', start);
}

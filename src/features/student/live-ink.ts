/**
 * The lecturer's ink and laser for a student following the class: over the live page, a copy of the slide as
 * the projector shows it at the lecturer's step (its fragments, its scene at that step), 1280x720 like reveal's
 * slide box and scaled to the page's width, with the ink drawn in slide space on the deck's own ink layer. The
 * copy lives in a shadow root with the deck's styles, so it is laid out as on the projector and the student
 * page's styles leave it alone. Read-only: nothing here draws or sends.
 */
import { slideId } from '../../core/ink/slide-id';
import { visibleStrokes } from '../../core/ink/state';
import { SLIDE_SPACE, type InkMessage } from '../../model/ink';
import type { InkState } from '../../model/ink-state';
import type { Position } from '../../model/live';
import { inkLayer, type InkLayer } from '../../platform/ink/layer';
import { showStep } from '../../platform/scene-render/scene-element';

export type LaserMessage = Extract<InkMessage, { type: 'laser' }>;

export interface InkShown {
  /** The student page of the lecturer's slide. */
  readonly page: HTMLElement;
  readonly position: Position;
  readonly ink: InkState;
  readonly laser: LaserMessage | null;
}

export interface LiveInk {
  show(shown: InkShown): void;
}

/** `pristine`: the pages as built, before the student view added its buttons; `style`: the deck's look. */
export function liveInk(pristine: ParentNode, style: string): LiveInk {
  let copy: SlideCopy | null = null;
  let laserHere = false;
  return {
    show({ page, position, ink, laser }) {
      const slide = slideId(page.dataset) ?? `${String(position.h)}/${String(position.v)}`;
      const key = `${page.id}|${String(position.f)}`;
      if (copy && copy.key !== key) {
        copy.remove();
        copy = null;
        laserHere = false;
      }
      const point = laser?.slide === slide ? laser.point : null;
      laserHere ||= point !== null;
      const strokes = visibleStrokes(ink, slide, position.f);
      if (strokes.length === 0 && !laserHere) {
        copy?.remove();
        copy = null;
        return;
      }
      copy ??= slideCopy(page, pristine, position.f, style, key);
      copy.layer.show(strokes);
      copy.layer.laser(point);
    },
  };
}

interface SlideCopy {
  readonly key: string;
  readonly layer: InkLayer;
  remove(): void;
}

function slideCopy(page: HTMLElement, pristine: ParentNode, step: number, style: string, key: string): SlideCopy {
  const doc = page.ownerDocument;
  const figure = doc.createElement('figure');
  figure.className = 'live-ink';
  const frame = figure.appendChild(doc.createElement('div'));
  frame.className = 'live-ink-frame';
  // The slide's words are on the page already: the copy is a picture, out of the reading order and the tab order.
  frame.setAttribute('aria-hidden', 'true');
  frame.inert = true;
  const caption = figure.appendChild(doc.createElement('figcaption'));
  caption.textContent = 'On the projector now, with the lecturer’s ink';

  const root = frame.attachShadow({ mode: 'open' });
  const sheet = doc.createElement('style');
  sheet.textContent = `${style}\n${FRAME_STYLE}`;
  const reveal = doc.createElement('div');
  reveal.className = 'reveal center';
  const slides = reveal.appendChild(doc.createElement('div'));
  slides.className = 'slides';
  const section = slides.appendChild(doc.createElement('section'));
  section.className = 'present';
  const source = pristine.querySelector(`#${CSS.escape(page.id)}`) ?? page;
  for (const { name, value } of source.attributes) if (name.startsWith('data-')) section.setAttribute(name, value);
  section.append(...[...source.childNodes].map((node) => node.cloneNode(true)));
  showFragments(section, step);
  root.append(sheet, reveal);
  for (const scene of section.querySelectorAll<HTMLElement>('.scene[data-scene]')) showStep(scene, step);
  const layer = inkLayer(slides);

  page.prepend(figure);
  // Reveal's `center`: the slide's content in the middle of its box, as the projector lays it out.
  section.style.top = `${String(Math.max((SLIDE_SPACE.height - section.scrollHeight) / 2, 0))}px`;
  const scale = (): void => {
    reveal.style.transform = `scale(${String(frame.clientWidth / SLIDE_SPACE.width)})`;
  };
  scale();
  const fit = new ResizeObserver(scale);
  fit.observe(frame);
  return {
    key,
    layer,
    remove() {
      fit.disconnect();
      layer.remove();
      figure.remove();
    },
  };
}

/** Reveal's fragment order: numbered ones by their index, then each unnumbered one in turn; shown up to `step`. */
function showFragments(section: HTMLElement, step: number): void {
  const numbered = new Map<number, Element[]>();
  const unnumbered: Element[][] = [];
  for (const fragment of section.querySelectorAll('.fragment')) {
    const index = Number.parseInt(fragment.getAttribute('data-fragment-index') ?? '', 10);
    if (Number.isNaN(index)) unnumbered.push([fragment]);
    else numbered.set(index, [...(numbered.get(index) ?? []), fragment]);
  }
  const groups = [...[...numbered.entries()].sort(([a], [b]) => a - b).map(([, group]) => group), ...unnumbered];
  groups.forEach((group, i) => {
    for (const fragment of group) fragment.classList.toggle('visible', i <= step);
  });
}

const FRAME_STYLE = `
:host { display: block; position: relative; overflow: hidden; }
.reveal { position: absolute; left: 0; top: 0; width: ${String(SLIDE_SPACE.width)}px; height: ${String(SLIDE_SPACE.height)}px; transform-origin: 0 0; font-size: var(--r-main-font-size); }
.reveal .slides { width: ${String(SLIDE_SPACE.width)}px; height: ${String(SLIDE_SPACE.height)}px; }
.reveal .fragment { transition: none; }
`;

import { SLIDE_SPACE, type Stroke } from '../../model/ink';
import { trailAt, trailOpacity, type TrailPoint } from '../../core/ink/trail';
import { loadFreehand, strokePath } from './freehand';

const SVG = 'http://www.w3.org/2000/svg';

export interface InkLayer {
  readonly element: SVGSVGElement;
  /** Draws `strokes` (replacing what was drawn); perfect-freehand is fetched only when there is ink to draw. */
  show(strokes: readonly Stroke[]): void;
  /** The laser's dot at a point in slide space, or off (null); its trail fades on its own. */
  laser(point: readonly [number, number] | null): void;
  /** A position on screen in slide space. */
  toSlide(clientX: number, clientY: number): [number, number];
  drawing(on: boolean): void;
  readonly remove: () => void;
}

/**
 * An SVG over the slides, in slide space (viewBox 1280x720 over reveal's `.slides` box, which reveal scales to
 * the window): a stroke drawn in one window lands on the same spot in every other, at any window size.
 */
export function inkLayer(slides: HTMLElement): InkLayer {
  const doc = slides.ownerDocument;
  const svg = doc.createElementNS(SVG, 'svg');
  svg.classList.add('ink-layer');
  svg.setAttribute('viewBox', `0 0 ${SLIDE_SPACE.width} ${SLIDE_SPACE.height}`);
  svg.setAttribute('aria-hidden', 'true');
  const strokesGroup = doc.createElementNS(SVG, 'g');
  strokesGroup.classList.add('ink-strokes');
  const trailGroup = doc.createElementNS(SVG, 'g');
  trailGroup.classList.add('ink-laser');
  svg.append(strokesGroup, trailGroup);
  // First, not last: reveal's isLastSlide() asks whether the current slide has a next sibling.
  slides.prepend(svg);

  let generation = 0;
  let trail: TrailPoint[] = [];
  let dot: readonly [number, number] | null = null;
  let frame = 0;

  const paintLaser = (): void => {
    frame = 0;
    const now = performance.now();
    trail = trailAt(trail, now);
    trailGroup.replaceChildren(
      ...trail.map((point) => circle(doc, point.x, point.y, 7, trailOpacity(point, now) * 0.6, 'ink-trail')),
      ...(dot ? [circle(doc, dot[0], dot[1], 10, 1, 'ink-laser-dot')] : []),
    );
    if (trail.length > 0) frame = requestAnimationFrame(paintLaser);
  };

  return {
    element: svg,
    show(strokes) {
      const mine = ++generation;
      if (strokes.length === 0) {
        strokesGroup.replaceChildren();
        return;
      }
      void loadFreehand().then((getStroke) => {
        if (mine !== generation) return;
        strokesGroup.replaceChildren(...strokes.map((stroke) => strokeElement(doc, stroke, strokePath(getStroke, stroke))));
      });
    },
    laser(point) {
      if (point) trail.push({ x: point[0], y: point[1], at: performance.now() });
      dot = point;
      if (!frame) frame = requestAnimationFrame(paintLaser);
    },
    toSlide(clientX, clientY) {
      const box = svg.getBoundingClientRect();
      return [((clientX - box.left) / box.width) * SLIDE_SPACE.width, ((clientY - box.top) / box.height) * SLIDE_SPACE.height];
    },
    drawing(on) {
      svg.classList.toggle('ink-drawing', on);
    },
    remove() {
      generation++;
      cancelAnimationFrame(frame);
      svg.remove();
    },
  };
}

export function strokeElement(doc: Document, stroke: Stroke, d: string): SVGPathElement {
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', stroke.color);
  path.dataset.stroke = stroke.id;
  if (stroke.tool === 'highlighter') {
    path.setAttribute('fill-opacity', '0.45');
    // Multiplied, the marker tints what lies under it and the text stays as dark as it was.
    path.style.mixBlendMode = 'multiply';
  }
  return path;
}

function circle(doc: Document, x: number, y: number, r: number, opacity: number, className: string): SVGCircleElement {
  const made = doc.createElementNS(SVG, 'circle');
  made.setAttribute('cx', String(x));
  made.setAttribute('cy', String(y));
  made.setAttribute('r', String(r));
  made.setAttribute('opacity', opacity.toFixed(2));
  made.classList.add(className);
  return made;
}

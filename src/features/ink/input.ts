import { inkPoint } from '../../core/ink/outline';
import { palmGuard, type PalmGuard } from '../../core/ink/palm';
import { INK_LIMITS, type InkPoint } from '../../model/ink';
import type { Disposer } from '../../platform/feature';
import type { InkLayer } from '../../platform/ink/layer';

export type Tool = 'pen' | 'highlighter' | 'eraser' | 'laser';

export interface InkInput {
  /** The tool in hand; null outside drawing mode (the layer lets every pointer through to the slide). */
  tool(): Tool | null;
  /** A stroke's points so far; `done` when the pointer lifted. */
  stroke(points: readonly InkPoint[], done: boolean): void;
  erase(point: readonly [number, number]): void;
  laser(point: readonly [number, number] | null): void;
}

/**
 * Mouse, touch and stylus through Pointer Events on the ink layer. One pointer draws at a time; a pen's pressure
 * is kept, and while a pen is in use touches (the palm resting on the screen) draw nothing. In drawing mode no
 * pointer event reaches reveal, so a stroke never turns into a swipe to the next slide.
 */
export function listenToPointers(layer: InkLayer, input: InkInput, held: Disposer): void {
  const svg = layer.element;
  const p: Pointers = { layer, input, guard: palmGuard(), active: null, points: [], frame: 0 };
  held.listen(svg, 'pointerdown', (event) => {
    down(p, event as PointerEvent);
  });
  held.listen(svg, 'pointermove', (event) => {
    move(p, event as PointerEvent);
  });
  const end = (event: Event): void => {
    up(p, event as PointerEvent);
  };
  held.listen(svg, 'pointerup', end);
  held.listen(svg, 'pointercancel', end);
  held.listen(svg, 'pointerleave', (event) => {
    if (input.tool() === 'laser' && p.active === null) input.laser(null);
    stop(event);
  });
  // reveal's touch navigation and link clicks listen further up: a stroke is not a swipe, nor a click.
  for (const type of ['touchstart', 'touchmove', 'touchend', 'click', 'mousedown'] as const) {
    held.listen(svg, type, (event) => {
      if (input.tool()) stop(event);
    });
  }
  held.defer(() => {
    cancelAnimationFrame(p.frame);
  });
}

/** The one pointer drawing, its points so far, and the frame that will send them: shared by the handlers below. */
interface Pointers {
  readonly layer: InkLayer;
  readonly input: InkInput;
  readonly guard: PalmGuard;
  active: number | null;
  points: InkPoint[];
  frame: number;
}

function flush(p: Pointers): void {
  p.frame = 0;
  if (p.active !== null) p.input.stroke(p.points, false);
}
function point(p: Pointers, event: PointerEvent): [number, number] {
  return p.layer.toSlide(event.clientX, event.clientY);
}
function add(p: Pointers, event: PointerEvent): void {
  if (p.points.length >= INK_LIMITS.pointsPerStroke) return;
  const [x, y] = point(p, event);
  p.points.push(inkPoint(x, y, event.pointerType === 'pen' ? event.pressure : 0.5));
}
function stop(event: Event): void {
  event.stopPropagation();
}

function down(p: Pointers, e: PointerEvent): void {
  const tool = p.input.tool();
  if (!tool) return;
  stop(e);
  e.preventDefault();
  p.guard.see(e.pointerType, e.timeStamp);
  if (p.active !== null || !p.guard.mayDraw(e.pointerType, e.timeStamp) || (e.pointerType === 'mouse' && e.button !== 0)) return;
  p.active = e.pointerId;
  try {
    p.layer.element.setPointerCapture(e.pointerId);
  } catch {
    // A pointer the browser no longer tracks: the stroke still ends on its pointerup.
  }
  if (tool === 'laser') p.input.laser(point(p, e));
  else if (tool === 'eraser') p.input.erase(point(p, e));
  else {
    p.points = [];
    add(p, e);
    p.input.stroke(p.points, false);
  }
}

function move(p: Pointers, e: PointerEvent): void {
  const tool = p.input.tool();
  if (!tool) return;
  stop(e);
  p.guard.see(e.pointerType, e.timeStamp);
  // A mouse or a hovering pen points with the laser without pressing; a finger only while it touches.
  if (tool === 'laser' && (p.active === e.pointerId || (e.pointerType !== 'touch' && p.active === null))) p.input.laser(point(p, e));
  if (p.active !== e.pointerId) return;
  if (tool === 'eraser') p.input.erase(point(p, e));
  else if (tool !== 'laser') {
    const coalesced = e.getCoalescedEvents();
    for (const each of coalesced.length > 0 ? coalesced : [e]) add(p, each);
    p.frame ||= requestAnimationFrame(() => {
      flush(p);
    });
  }
}

function up(p: Pointers, e: PointerEvent): void {
  p.guard.see(e.pointerType, e.timeStamp);
  if (p.active !== e.pointerId) return;
  stop(e);
  p.active = null;
  cancelAnimationFrame(p.frame);
  p.frame = 0;
  const tool = p.input.tool();
  if (tool === 'laser' && e.pointerType === 'touch') p.input.laser(null);
  if ((tool === 'pen' || tool === 'highlighter') && p.points.length > 0) p.input.stroke(p.points, true);
  p.points = [];
}

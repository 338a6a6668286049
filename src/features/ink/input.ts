import { inkPoint } from '../../core/ink/outline';
import { palmGuard } from '../../core/ink/palm';
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
  const guard = palmGuard();
  let active: number | null = null;
  let points: InkPoint[] = [];
  let frame = 0;

  const flush = (): void => {
    frame = 0;
    if (active !== null) input.stroke(points, false);
  };
  const point = (event: PointerEvent): [number, number] => layer.toSlide(event.clientX, event.clientY);
  const add = (event: PointerEvent): void => {
    if (points.length >= INK_LIMITS.pointsPerStroke) return;
    const [x, y] = point(event);
    points.push(inkPoint(x, y, event.pointerType === 'pen' ? event.pressure : 0.5));
  };
  const stop = (event: Event): void => {
    event.stopPropagation();
  };

  held.listen(svg, 'pointerdown', (event) => {
    const e = event as PointerEvent;
    const tool = input.tool();
    if (!tool) return;
    stop(e);
    e.preventDefault();
    guard.see(e.pointerType, e.timeStamp);
    if (active !== null || !guard.mayDraw(e.pointerType, e.timeStamp) || (e.pointerType === 'mouse' && e.button !== 0)) return;
    active = e.pointerId;
    try {
      svg.setPointerCapture(e.pointerId);
    } catch {
      // A pointer the browser no longer tracks: the stroke still ends on its pointerup.
    }
    if (tool === 'laser') input.laser(point(e));
    else if (tool === 'eraser') input.erase(point(e));
    else {
      points = [];
      add(e);
      input.stroke(points, false);
    }
  });
  held.listen(svg, 'pointermove', (event) => {
    const e = event as PointerEvent;
    const tool = input.tool();
    if (!tool) return;
    stop(e);
    guard.see(e.pointerType, e.timeStamp);
    // A mouse or a hovering pen points with the laser without pressing; a finger only while it touches.
    if (tool === 'laser' && (active === e.pointerId || (e.pointerType !== 'touch' && active === null))) input.laser(point(e));
    if (active !== e.pointerId) return;
    if (tool === 'eraser') input.erase(point(e));
    else if (tool !== 'laser') {
      const coalesced = e.getCoalescedEvents();
      for (const each of coalesced.length > 0 ? coalesced : [e]) add(each);
      frame ||= requestAnimationFrame(flush);
    }
  });
  const end = (event: Event): void => {
    const e = event as PointerEvent;
    guard.see(e.pointerType, e.timeStamp);
    if (active !== e.pointerId) return;
    stop(e);
    active = null;
    cancelAnimationFrame(frame);
    frame = 0;
    const tool = input.tool();
    if (tool === 'laser' && e.pointerType === 'touch') input.laser(null);
    if ((tool === 'pen' || tool === 'highlighter') && points.length > 0) input.stroke(points, true);
    points = [];
  };
  held.listen(svg, 'pointerup', end);
  held.listen(svg, 'pointercancel', end);
  held.listen(svg, 'pointerleave', (event) => {
    if (input.tool() === 'laser' && active === null) input.laser(null);
    stop(event);
  });
  // reveal's touch navigation and link clicks listen further up: a stroke is not a swipe, nor a click.
  for (const type of ['touchstart', 'touchmove', 'touchend', 'click', 'mousedown'] as const) {
    held.listen(svg, type, (event) => {
      if (input.tool()) stop(event);
    });
  }
  held.defer(() => {
    cancelAnimationFrame(frame);
  });
}

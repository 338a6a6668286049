/**
 * Walking class time around breaks. Works in whole seconds since midnight, so that every boundary is an exact
 * number and the items tile the day without rounding gaps.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The stretches that `seconds` of work starting at `from` occupy; `breaks` are sorted and disjoint. */
export function advance(from: number, seconds: number, breaks: readonly Span[]): Span[] {
  const spans: Span[] = [];
  if (seconds <= 0) return spans;
  let cursor = from;
  let left = seconds;
  for (const pause of breaks) {
    if (pause.end <= cursor) continue;
    if (pause.start <= cursor) {
      // Work never starts inside a break: it waits for the break to end.
      cursor = pause.end;
      continue;
    }
    const room = pause.start - cursor;
    if (left <= room) break;
    spans.push({ start: cursor, end: pause.start });
    left -= room;
    cursor = pause.end;
  }
  spans.push({ start: cursor, end: cursor + left });
  return spans;
}

/** Where `seconds` of work must start to end exactly at `to`: `advance` walked backwards. */
export function rewind(to: number, seconds: number, breaks: readonly Span[]): number {
  let cursor = to;
  let left = seconds;
  for (const pause of [...breaks].reverse()) {
    if (pause.start >= cursor) continue;
    if (pause.end >= cursor) {
      cursor = pause.start;
      continue;
    }
    const room = cursor - pause.end;
    if (left <= room) break;
    left -= room;
    cursor = pause.start;
  }
  return cursor - left;
}

/** Seconds from `from` to `to` that are not in a break; negative when `to` comes first. */
export function workBetween(from: number, to: number, breaks: readonly Span[]): number {
  if (to < from) return to - from;
  const paused = breaks.reduce((sum, pause) => sum + Math.max(0, Math.min(to, pause.end) - Math.max(from, pause.start)), 0);
  return to - from - paused;
}

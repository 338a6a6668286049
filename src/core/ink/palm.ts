/**
 * Palm rejection: while a pen is on or near the screen, touches do not draw (the hand resting on a tablet). A
 * pen counts as in use from its first event until `PEN_GRACE_MS` after its last.
 */
export const PEN_GRACE_MS = 1500;

/** A PointerEvent's `pointerType`: 'mouse', 'pen', 'touch', or what a browser adds. */
export type PointerKind = string;

export interface PalmGuard {
  /** Every pointer event, seen or not, with its time in ms: the pen's presence is learnt from them. */
  see(kind: PointerKind, at: number): void;
  /** May a pointer of `kind` start a stroke at `at`? */
  mayDraw(kind: PointerKind, at: number): boolean;
}

export function palmGuard(): PalmGuard {
  let penSeen = Number.NEGATIVE_INFINITY;
  return {
    see(kind, at) {
      if (kind === 'pen') penSeen = at;
    },
    mayDraw(kind, at) {
      return kind !== 'touch' || at - penSeen > PEN_GRACE_MS;
    },
  };
}

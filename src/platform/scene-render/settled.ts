/**
 * Hands out tickets for renders; only the newest ticket is current. An animation that is overtaken by a later
 * render must neither redraw nor report its picture as drawn: the screen belongs to the later one.
 */
export function latestOnly(): () => () => boolean {
  let newest = 0;
  return () => {
    const mine = ++newest;
    return () => mine === newest;
  };
}

/**
 * Runs `done` once every transition a render started has ended, if the render is still `current` then. A
 * transition that was interrupted rejects its end, and `done` never runs: a stopped animation is not a picture.
 */
export function whenAllEnd(ends: readonly Promise<void>[], current: () => boolean, done: () => void): void {
  Promise.all(ends).then(
    () => {
      if (current()) done();
    },
    () => {
      // Interrupted: a later render owns the picture now.
    },
  );
}

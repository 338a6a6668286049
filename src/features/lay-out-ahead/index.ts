import type { Feature } from '../../platform/feature';
import { whenIdle } from '../../platform/idle';
import type { Deck } from '../../platform/reveal';
import { distancesAhead } from './steps';

/** Slides added each side per idle moment: about 7 ms of layout at 1x, measured on the lecture. */
const CHUNK = 4;
/** How long one step may wait for an idle moment. */
const IDLE_WAIT_MS = 2000;

/**
 * Every slide laid out once, soon after `ready`, and kept laid out. reveal shows only the slides near the current
 * one (three each way) and hides the rest with `display: none`, so each slide change laid out the slide that
 * came into range and styled the one that left, inside the key press: at 4x throttle most slide changes were a
 * frame over 50 ms, as on a stock reveal.js page. Laying out all of them at start would cost the first slide
 * 100 ms more (measured), so reveal's view distance grows a few slides at a time when the page is idle. A slide
 * change then styles only the slides whose state changes (with the change in `reveal-patch.ts`).
 */
export function layOutAheadFeature(): Feature<unknown> {
  let cancel: (() => void) | undefined;
  let deck: Deck | undefined;
  let original: number | undefined;
  return {
    id: 'lay-out-ahead',
    init(d) {
      deck = d;
      original = d.getConfig().viewDistance ?? 3;
      const ceiling = d.getTotalSlides() + 1;
      const steps = distancesAhead(original, ceiling, CHUNK);
      const next = (): void => {
        const distance = steps.shift();
        if (distance === undefined) {
          cancel = undefined;
          return;
        }
        cancel = whenIdle(() => {
          d.configure({ viewDistance: distance });
          next();
        }, IDLE_WAIT_MS);
      };
      next();
    },
    destroy() {
      cancel?.();
      cancel = undefined;
      if (deck && original !== undefined && deck.getConfig().viewDistance !== original) deck.configure({ viewDistance: original });
      deck = undefined;
    },
  };
}

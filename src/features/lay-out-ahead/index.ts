import type { Feature } from '../../platform/feature';
import { whenIdle } from '../../platform/idle';
import type { Deck } from '../../platform/reveal';
import { distancesAhead } from './steps';

/** Slides added each way per idle moment: about 7 ms of layout at 1x, measured on the lecture. */
const CHUNK = 4;
/** How long one step may wait for an idle moment. */
const IDLE_WAIT_MS = 2000;
/** What reveal loads when it shows a slide: such a slide is left to reveal, which shows it when it comes near. */
const LAZY_CONTENT = '[data-src], video, audio, iframe';

/**
 * Every slide laid out once, soon after `ready`, and kept laid out. reveal shows only the slides near the current
 * one (three each way) and hides the rest with `display: none`, so each slide change laid out the slide that came
 * into range, inside the key press: at 4x throttle most slide changes were a frame over 50 ms, as on a stock
 * reveal.js page. Laying out all of them before `ready` would cost the first slide 100 ms (measured), so the
 * distance reveal keeps slides shown within grows a few slides at a time when the page is idle, and those slides
 * are shown and placed then. A slide change then restyles only the slides whose state changes (`reveal-patch.ts`).
 *
 * reveal's `configure()` would do the same, but it redraws the controls and the slide number each time: an
 * element a keyboard user is on would be replaced under them. The slides are shown here as reveal's `load` shows
 * them; one with lazy content (`data-src`, media, a background) is left for reveal to load.
 */
export function layOutAheadFeature(): Feature<unknown> {
  let cancel: (() => void) | undefined;
  let deck: Deck | undefined;
  let original: { viewDistance?: number; mobileViewDistance?: number } | undefined;
  return {
    id: 'lay-out-ahead',
    init(d) {
      deck = d;
      const config = d.getConfig();
      original = { viewDistance: config.viewDistance, mobileViewDistance: config.mobileViewDistance };
      const steps = distancesAhead(config.viewDistance ?? 3, d.getTotalSlides() + 1, CHUNK);
      const next = (): void => {
        const distance = steps.shift();
        cancel =
          distance === undefined
            ? undefined
            : whenIdle(() => {
                showWithin(d, distance);
                next();
              }, IDLE_WAIT_MS);
      };
      next();
    },
    destroy() {
      cancel?.();
      cancel = undefined;
      if (deck && original) deck.configure(original);
      deck = undefined;
      original = undefined;
    },
  };
}

/**
 * Shows every slide within `distance` of the current one, by reveal's own measure (slides across plus slides
 * down, from the step a stack was left at), and keeps reveal from hiding them again.
 */
function showWithin(deck: Deck, distance: number): void {
  const config = deck.getConfig();
  // Read by reveal on every slide change (phones use the second), never copied: what it shows from now on.
  config.viewDistance = distance;
  config.mobileViewDistance = distance;
  const display = config.display ?? 'block';
  const show = (slide: HTMLElement): void => {
    if (slide.style.display === 'none' && !slide.querySelector(LAZY_CONTENT) && !hasBackground(slide)) slide.style.display = display;
  };
  const { h, v = 0 } = deck.getIndices();
  deck.getHorizontalSlides().forEach((stack, x) => {
    const across = Math.abs(h - x);
    if (across < distance) show(stack);
    const left = x === h ? v : Number(stack.getAttribute('data-previous-indexv') ?? 0);
    stack.querySelectorAll<HTMLElement>(':scope > section').forEach((slide, y) => {
      if (across + Math.abs(left - y) < distance) show(slide);
    });
  });
  // reveal places (centres) each shown slide: the new ones are laid out now, while the page is idle.
  deck.layout();
}

const hasBackground = (slide: HTMLElement): boolean => slide.getAttributeNames().some((name) => name.startsWith('data-background'));

import type { Feature } from '../../platform/feature';
import { whenIdle } from '../../platform/idle';
import type { Deck } from '../../platform/reveal';
import { distancesAhead, withinReach } from './steps';

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
 * Only the slides within reveal's own distance are painted (see `nearPainter`).
 *
 * reveal's `configure()` would do the same, but it redraws the controls and the slide number each time: an
 * element a keyboard user is on would be replaced under them. The slides are shown here as reveal's `load` shows
 * them; one with lazy content (`data-src`, media, a background) is left for reveal to load.
 */
export function layOutAheadFeature(): Feature<unknown> {
  let cancel: (() => void) | undefined;
  let deck: Deck | undefined;
  let painter: ReturnType<typeof nearPainter> | undefined;
  let original: { viewDistance?: number; mobileViewDistance?: number } | undefined;
  const onSlideChanged = (): void => painter?.moved();
  return {
    id: 'lay-out-ahead',
    init(d) {
      deck = d;
      const config = d.getConfig();
      original = { viewDistance: config.viewDistance, mobileViewDistance: config.mobileViewDistance };
      const reach = config.viewDistance ?? 3;
      painter = nearPainter(d, reach);
      const steps = distancesAhead(reach, d.getTotalSlides() + 1, CHUNK);
      const next = (): void => {
        const distance = steps.shift();
        cancel =
          distance === undefined
            ? undefined
            : whenIdle(() => {
                showWithin(d, distance);
                // In the same task: the slides just shown are never painted.
                painter?.pass();
                next();
              }, IDLE_WAIT_MS);
      };
      next();
      d.on('slidechanged', onSlideChanged);
    },
    destroy() {
      cancel?.();
      cancel = undefined;
      painter?.stop();
      painter = undefined;
      if (deck && original) {
        deck.off('slidechanged', onSlideChanged);
        deck
          .getSlidesElement()
          ?.querySelectorAll('section')
          .forEach((slide) => {
            paint(slide, true);
          });
        deck.configure(original);
      }
      deck = undefined;
      original = undefined;
    },
  };
}

/**
 * Slides beyond reveal's own view distance are laid out but not painted (`visibility: hidden`, which keeps their
 * layout): painted at opacity 0, the whole deck's slides made every frame's layerize 14 ms instead of 3 ms at 4x
 * (traced). The slides near the current one are painted, so the next slide is painted before the key press that
 * shows it. After each slide change the slide shown is painted at once; when the page is next idle, the slides near
 * it are painted and those that have left reveal's distance are not. Each pass so hides a slide or two: hiding
 * the forty slides a walk had left behind in one go took a frame of 70-165 ms of style and paint at 4x throttle
 * (traced). A slide left that is still fading out (after a jump it is far, and would vanish mid-fade) stays painted
 * until its fade is over.
 */
function nearPainter(deck: Deck, reach: number): { moved: () => void; pass: () => void; stop: () => void } {
  // Slides left since they were last found near or still, each perhaps still fading out.
  const left = new Set<HTMLElement>();
  let cancelIdle: (() => void) | undefined;
  let stopped = false;
  function passWhenIdle(): void {
    if (!stopped) cancelIdle ??= whenIdle(pass, IDLE_WAIT_MS);
  }
  function pass(): void {
    cancelIdle?.();
    cancelIdle = undefined;
    const moving: Animation[] = [];
    eachByReach(deck, reach, (slide, near) => {
      const fading = near ? [] : fadingOut(slide, left);
      if (fading.length === 0) left.delete(slide);
      moving.push(...fading);
      paint(slide, near || fading.length > 0);
    });
    if (moving.length > 0) void Promise.allSettled(moving.map((a) => a.finished)).then(passWhenIdle);
  }
  let current: HTMLElement | undefined = deck.getCurrentSlide();
  return {
    moved() {
      if (current) left.add(current);
      current = deck.getCurrentSlide();
      paintNow(current);
      passWhenIdle();
    },
    pass,
    stop() {
      stopped = true;
      cancelIdle?.();
      cancelIdle = undefined;
    },
  };
}

/** The transitions still running on `slide`, or on the slides left in it: none when no slide left is in it. */
function fadingOut(slide: HTMLElement, left: ReadonlySet<HTMLElement>): Animation[] {
  const gone = [...left].filter((g) => slide.contains(g));
  return gone.length === 0 ? [] : [...new Set([slide, ...gone].flatMap((element) => element.getAnimations()))];
}

/**
 * Calls `each` on every slide, stacks too, with whether it lies within `distance` of the current one by reveal's
 * own measure (`withinReach`): a stack does when one of its slides does.
 */
function eachByReach(deck: Deck, distance: number, each: (slide: HTMLElement, near: boolean) => void): void {
  const { h, v = 0 } = deck.getIndices();
  const stacks = deck.getHorizontalSlides().map((stack) => ({
    stack,
    slides: [...stack.querySelectorAll<HTMLElement>(':scope > section')],
  }));
  const shapes = stacks.map(({ stack, slides }) => ({
    slides: slides.length,
    leftAt: Number(stack.getAttribute('data-previous-indexv') ?? 0),
  }));
  withinReach(shapes, { h, v }, distance).forEach((near, x) => {
    const { stack, slides } = stacks[x] as (typeof stacks)[number];
    slides.forEach((slide, y) => {
      each(slide, near[y] === true);
    });
    each(stack, near.some(Boolean));
  });
}

/** The slide now shown is painted at once, with the stack it is in, if a jump outran the last pass. */
function paintNow(slide: HTMLElement | undefined): void {
  if (!slide) return;
  paint(slide, true);
  if (slide.parentElement?.matches('section')) paint(slide.parentElement, true);
}

function paint(slide: HTMLElement, painted: boolean): void {
  if (painted) {
    if (slide.style.visibility !== '') slide.style.removeProperty('visibility');
  } else if (slide.style.visibility !== 'hidden') slide.style.visibility = 'hidden';
}

/**
 * Shows every slide within `distance` of the current one, by reveal's own measure, and keeps reveal from hiding
 * them again.
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
  eachByReach(deck, distance, (slide, near) => {
    if (near) show(slide);
  });
  // reveal places (centres) each shown slide: the new ones are laid out now, while the page is idle.
  deck.layout();
}

const hasBackground = (slide: HTMLElement): boolean => slide.getAttributeNames().some((name) => name.startsWith('data-background'));

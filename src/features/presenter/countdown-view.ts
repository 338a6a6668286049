import type { Schedule } from '../../core/agenda';
import { spokenCountdown } from '../../core/day/countdown-cue';
import { countdownState, type CountdownState, type CountdownTarget, type PauseAt } from '../../core/day/countdown-state';
import { countdownText, printedSpan, type CountdownText } from '../../core/day/countdown-text';
import { PLANNED_SECTIONS, readSection } from '../../platform/sections';

/** A countdown slide's clock: built once into the slide's `[data-countdown]`, then redrawn from the clock. */
export interface CountdownView {
  readonly root: HTMLElement;
  /** Draws the count at `minutes`, and gives back what it drew (for the cues a screen reader hears). */
  show(schedule: Schedule, minutes: number, pause: PauseAt | undefined): CountdownState;
  /** The print view's still: the clock times and length instead of a count. */
  print(schedule: Schedule): void;
}

function targetOf(section: HTMLElement | null): CountdownTarget {
  const mark = readSection(section);
  if (mark?.kind === 'gap') return { kind: 'gap', start: mark.start ?? NaN, end: mark.end ?? NaN };
  return { kind: 'block', blockId: mark?.blockId ?? '' };
}

/** The element of class `className` directly in `parent`, made and placed if missing (print copies have it). */
function part(parent: HTMLElement, tag: string, className: string, place: 'prepend' | 'append'): HTMLElement {
  const found = parent.querySelector<HTMLElement>(`:scope > .${className}`);
  if (found) return found;
  const element = parent.ownerDocument.createElement(tag);
  element.className = className;
  parent[place](element);
  return element;
}

function countdownAt(
  section: HTMLElement | null,
  schedule: Schedule,
  minutes: number,
  pause: PauseAt | undefined,
): { state: CountdownState; text: CountdownText } {
  const target = targetOf(section);
  const state = countdownState(schedule, target, minutes, pause);
  const text = countdownText(state, {
    title: state.phase === 'unscheduled' ? '' : state.title,
    gap: target.kind === 'gap',
    classEnd: schedule.end,
  });
  return { state, text };
}

/** The time left of the block (or break) a slide belongs to, in one sentence, whether or not it has a countdown. */
export function spokenTimeLeft(slide: HTMLElement | null, schedule: Schedule, minutes: number, pause: PauseAt | undefined): string {
  const { state, text } = countdownAt(slide, schedule, minutes, pause);
  return spokenCountdown(state, text);
}

export function countdownView(root: HTMLElement): CountdownView {
  const clock = part(root, 'div', 'countdown-clock', 'prepend');
  clock.setAttribute('role', 'timer');
  const main = part(clock, 'div', 'countdown-main', 'append');
  const status = part(clock, 'div', 'countdown-status', 'append');
  const label = part(status, 'p', 'countdown-label', 'append');
  const end = part(status, 'p', 'countdown-end', 'append');
  const next = part(root, 'p', 'countdown-next', 'append');
  // The section is read on every draw: a re-planned day moves free time, and the deck rewrites its attributes.
  const section = root.closest<HTMLElement>(PLANNED_SECTIONS);

  const write = (element: HTMLElement, text: string): void => {
    if (element.textContent !== text) element.textContent = text;
  };
  /** The count's units ("13 min 51 s") set small beside its digits, so the digits stay the room's size. */
  const writeCount = (text: string): void => {
    if (main.textContent === text) return;
    if (!/^-?\d/.test(text)) {
      main.textContent = text;
      return;
    }
    main.replaceChildren(
      // The spaces around a unit go small with it: at the digits' size they would pull the count apart.
      ...text.split(/( (?:h|min|s)(?: |$))/).map((piece) => {
        if (!/^ (?:h|min|s) ?$/.test(piece)) return piece;
        const unit = main.ownerDocument.createElement('span');
        unit.className = 'countdown-unit';
        unit.textContent = piece;
        return unit;
      }),
    );
  };

  return {
    root,
    show(schedule, minutes, pause) {
      const { state, text } = countdownAt(section, schedule, minutes, pause);
      root.dataset.phase = text.phase;
      writeCount(text.main);
      write(label, text.label);
      write(end, text.end);
      write(next, text.next);
      return state;
    },
    print(schedule) {
      const target = targetOf(section);
      root.dataset.phase = 'print';
      if (target.kind === 'block') {
        const block = schedule.blocks.find((b) => b.id === target.blockId);
        write(main, block ? printedSpan(block.start, block.end, block.minutes) : "not on today's agenda");
      } else {
        write(main, printedSpan(target.start, target.end, target.end - target.start));
      }
      write(label, '');
      write(end, '');
      write(next, '');
    },
  };
}

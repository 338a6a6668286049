import { countdownCue } from '../../core/day/countdown-cue';
import type { CountdownState } from '../../core/day/countdown-state';
import { ITEM_KIND_TABLE } from '../../model/kinds';
import { announce, mountAnnouncer } from '../../platform/announce';
import type { StudentNow } from './now';

export interface NowView {
  /** `href` links the block's name to its first page. */
  show(now: StudentNow, href: string | undefined): void;
}

function child(parent: HTMLElement, tag: string, className: string): HTMLElement {
  const element = parent.ownerDocument.createElement(tag);
  element.className = className;
  parent.append(element);
  return element;
}

/** The header's clock: what runs now and how long it has left, redrawn every second without rebuilding. */
export function nowView(root: HTMLElement): NowView {
  const what = child(root, 'p', 'now-what');
  const kind = child(what, 'span', 'now-kind');
  what.append(' ');
  const name = child(what, 'a', 'now-name');
  const clock = child(root, 'p', 'now-clock');
  const main = child(clock, 'span', 'now-main');
  main.setAttribute('role', 'timer');
  const label = child(clock, 'span', 'now-label');
  const next = child(root, 'p', 'now-next');

  // The timer is read when a student goes to it; at 5 and 1 minutes left, and when time is up, the page's one
  // status region says so (never every second).
  mountAnnouncer(root.ownerDocument.body);
  let heard: { index: number | undefined; countdown: CountdownState | undefined } | undefined;

  const write = (element: HTMLElement, text: string): void => {
    if (element.textContent !== text) element.textContent = text;
  };

  return {
    show(now, href) {
      root.dataset.phase = now.phase;
      const kindLabel = now.kind === undefined ? '' : ITEM_KIND_TABLE[now.kind].label;
      // "Break · Break" says it twice.
      write(kind, kindLabel === now.title ? '' : kindLabel);
      write(name, now.title);
      if (href === undefined) name.removeAttribute('href');
      else name.setAttribute('href', href);
      write(main, now.main);
      write(label, now.label);
      write(next, now.next);
      next.hidden = now.next === '';
      const before = heard !== undefined && heard.index === now.index ? heard.countdown : undefined;
      if (now.countdown && now.spoken && countdownCue(before, now.countdown)) announce(root.ownerDocument, now.spoken);
      heard = { index: now.index, countdown: now.countdown };
    },
  };
}

import type { HudLine } from './hud-state';
import { renderHudLines } from './hud-view';
import './hud.css';

/**
 * The lecturer's overlay on the deck itself. T asks for it; it shows only while this window may draw the
 * lecturer's notices (see speaker-privacy): with a speaker view open, that view has the same lines.
 */
export interface HudOverlay {
  /** T: ask for the overlay, or put it away. */
  toggle(): void;
  /** Whether the lecturer asked for it, shown or not. */
  readonly wanted: boolean;
  readonly visible: boolean;
  /** Whether this window may draw it now. */
  allow(allowed: boolean): void;
  show(lines: readonly HudLine[]): void;
  /** Takes the overlay off the page. */
  remove(): void;
}

/** On the page's root while the HUD shows: notices.css moves the toast aside. */
const HUD_UP = 'data-agenda-hud-up';

export function hudOverlay(): HudOverlay {
  const panel = document.createElement('aside');
  panel.className = 'agenda-hud';
  panel.setAttribute('aria-label', 'Agenda for the lecturer');
  panel.hidden = true;
  const heading = document.createElement('p');
  heading.className = 'agenda-hud-title';
  heading.textContent = 'Agenda · T hides';
  panel.append(heading);
  document.body.append(panel);
  let wanted = false;
  let allowed = false;
  const update = (): void => {
    panel.hidden = !(wanted && allowed);
    // The toast moves aside while the HUD is up. A `body:has(.agenda-hud:not([hidden]))` rule did this from the
    // CSS alone, but Chromium matched it by walking the whole page on every style change: half of all selector
    // time on a key press (27 of 55 ms over 30 presses, traced). The mark is set only when the HUD comes or goes.
    document.documentElement.toggleAttribute(HUD_UP, !panel.hidden);
  };
  return {
    toggle() {
      wanted = !wanted;
      update();
    },
    get wanted() {
      return wanted;
    },
    get visible() {
      return !panel.hidden;
    },
    allow(next) {
      allowed = next;
      update();
    },
    show(lines) {
      if (!panel.hidden) renderHudLines(panel, lines);
    },
    remove() {
      panel.remove();
      document.documentElement.removeAttribute(HUD_UP);
    },
  };
}

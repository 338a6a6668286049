import type { HudLine } from './hud-state';
import { renderHudLines } from './hud-view';
import './hud.css';

/** The lecturer's overlay on the deck itself, for when there is no second screen for the speaker view. */
export interface HudOverlay {
  toggle(): void;
  readonly visible: boolean;
  show(lines: readonly HudLine[]): void;
}

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
  return {
    toggle() {
      panel.hidden = !panel.hidden;
    },
    get visible() {
      return !panel.hidden;
    },
    show(lines) {
      if (!panel.hidden) renderHudLines(panel, lines);
    },
  };
}

import layoutStyle from './speaker-layout.css?inline';
import panelStyle from './speaker-panel.css?inline';
import type { SpeakerView } from './role';

const PANEL_CLASS = 'deck-speaker-panel';

/** The class layout over reveal's speaker view (its 12-hour clock and pacing hidden), once per document. */
function styleSpeakerWindow(doc: Document): void {
  if (doc.querySelector(`style[data-for="${PANEL_CLASS}"]`)) return;
  const style = doc.createElement('style');
  style.dataset.for = PANEL_CLASS;
  // Inline style, not script: the speaker view's Content-Security-Policy allows the one, not the other.
  style.textContent = `${layoutStyle}\n${panelStyle}`;
  doc.head.append(style);
}

/**
 * The projector styles the speaker view at its first message, the moment it has connected: before, reveal's
 * stock view (12-hour clock, "time to finish") showed for the seconds the view's own copy of the deck took to load.
 */
export function styleSpeakerOnContact(): () => void {
  const onMessage = (event: MessageEvent): void => {
    try {
      const doc = (event.source as Window | null)?.document;
      if (doc?.querySelector('#speaker-controls')) styleSpeakerWindow(doc);
    } catch {
      // Another origin: not the speaker view.
    }
  };
  window.addEventListener('message', onMessage);
  return () => {
    window.removeEventListener('message', onMessage);
  };
}

/**
 * A section of the speaker view's panel for one feature, created once per id (a reloaded deck iframe finds
 * its section again); null anywhere but in the speaker view's current-slide iframe.
 */
export function speakerPanelSection(view: SpeakerView, id: string): HTMLElement | null {
  const controls = view.controls;
  if (!controls) return null;
  const doc = controls.ownerDocument;
  styleSpeakerWindow(doc);
  let panel = controls.querySelector<HTMLElement>(`.${PANEL_CLASS}`);
  if (!panel) {
    panel = doc.createElement('div');
    panel.className = PANEL_CLASS;
    controls.insertBefore(panel, controls.querySelector('.speaker-controls-notes'));
  }
  let section = panel.querySelector<HTMLElement>(`:scope > section[data-panel="${CSS.escape(id)}"]`);
  if (!section) {
    section = doc.createElement('section');
    section.dataset.panel = id;
    panel.append(section);
  }
  return section;
}

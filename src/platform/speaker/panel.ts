import layoutStyle from './speaker-layout.css?inline';
import panelStyle from './speaker-panel.css?inline';
import { labelSpeakerView } from './accessible';
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
 *
 * Served, the view's current-slide copy of the deck draws the class panel. From a file it cannot: Chromium gives
 * every file:// page an origin of its own, so the copy cannot reach the view's document. The projector's window
 * can (reveal writes the popup from an about:blank page, which shares its opener's origin), so from a file
 * `drawHere` is handed the view, once per popup, to draw the panel itself.
 */
export function styleSpeakerOnContact(drawHere: (view: SpeakerView, popup: Window) => void): () => void {
  const drawn = new WeakSet<Document>();
  const onMessage = (event: MessageEvent): void => {
    try {
      const popup = event.source as Window | null;
      const doc = popup?.document;
      const controls = doc?.querySelector<HTMLElement>('#speaker-controls');
      if (!popup || !doc || !controls) return;
      styleSpeakerWindow(doc);
      if (location.protocol !== 'file:' || drawn.has(doc)) return;
      drawn.add(doc);
      drawHere({ role: 'speaker', controls }, popup);
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
  // Each time: a panel that arrives later brings its own heading. Cheap and idempotent.
  queueMicrotask(() => {
    labelSpeakerView(doc);
  });
  return section;
}

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
 */
export function styleSpeakerOnContact(): () => void {
  const onMessage = (event: MessageEvent): void => {
    try {
      const doc = (event.source as Window | null)?.document;
      const controls = doc?.querySelector('#speaker-controls');
      if (!doc || !controls) return;
      if (location.protocol === 'file:') noteFromFile(controls);
      else styleSpeakerWindow(doc);
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
 * From a file the class panel cannot be drawn: Chromium gives every file:// page an origin of its own, so the
 * speaker view's copy of the deck cannot reach the view's document to add it. Reveal's own view stays, and says so.
 */
function noteFromFile(controls: Element): void {
  if (controls.querySelector(`.${PANEL_CLASS}-file-note`)) return;
  const note = controls.ownerDocument.createElement('p');
  note.className = `${PANEL_CLASS}-file-note`;
  note.setAttribute('style', 'margin:8px;padding:6px 10px;background:#fff4d6;color:#1d2230;font:15px/1.4 sans-serif;border-radius:4px');
  note.textContent =
    'Opened from a file: this is reveal.js’s own speaker view (its clock is 12-hour, its pacing counts from when this ' +
    'window opened), not the class panel. For the class clock and time left, serve the folder: npm run preview, ' +
    'or any static file server.';
  controls.prepend(note);
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

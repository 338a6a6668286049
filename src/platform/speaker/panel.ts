import layoutStyle from './speaker-layout.css?inline';
import panelStyle from './speaker-panel.css?inline';
import type { PrivacyRole } from './privacy';

const PANEL_CLASS = 'deck-speaker-panel';

/**
 * reveal's speaker view is an about:blank popup the notes plugin writes; it shows the deck in two iframes and
 * only the current-slide one has `postMessageEvents=true`. From that iframe the popup's document is reachable
 * (same origin), so features add their lines to its controls column, between the timer and the notes.
 */
function speakerControls(): HTMLElement | null {
  const params = new URLSearchParams(location.search);
  if (!params.has('receiver') || params.get('postMessageEvents') !== 'true' || window.parent === window) return null;
  try {
    return window.parent.document.querySelector<HTMLElement>('#speaker-controls');
  } catch {
    // A parent on another origin: not reveal's speaker view.
    return null;
  }
}

/** What this window of the deck is: the projector's, the speaker view's current-slide copy, or another copy. */
export function windowRole(search = location.search): PrivacyRole {
  if (!new URLSearchParams(search).has('receiver')) return 'main';
  return speakerControls() ? 'speaker' : 'copy';
}

/**
 * A section of the speaker view's panel for one feature, created once per id (a reloaded deck iframe finds
 * its section again); null anywhere but in the speaker view's current-slide iframe.
 */
export function speakerPanelSection(id: string): HTMLElement | null {
  const controls = speakerControls();
  if (!controls) return null;
  const doc = controls.ownerDocument;
  if (!doc.querySelector(`style[data-for="${PANEL_CLASS}"]`)) {
    const style = doc.createElement('style');
    style.dataset.for = PANEL_CLASS;
    // Inline style, not script: the speaker view's Content-Security-Policy allows the one, not the other.
    style.textContent = `${layoutStyle}\n${panelStyle}`;
    doc.head.append(style);
  }
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

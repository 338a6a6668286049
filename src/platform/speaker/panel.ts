import layoutStyle from './speaker-layout.css?inline';
import panelStyle from './speaker-panel.css?inline';
import { labelSpeakerView } from './accessible';
import type { SpeakerView } from './role';

const PANEL_CLASS = 'deck-speaker-panel';

/**
 * A section of the speaker view's panel for one feature, created once per id (a reloaded deck iframe finds
 * its section again); null anywhere but in the speaker view's current-slide iframe.
 */
export function speakerPanelSection(view: SpeakerView, id: string): HTMLElement | null {
  const controls = view.controls;
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
  // Each time: a panel that arrives later brings its own heading. Cheap and idempotent.
  queueMicrotask(() => {
    labelSpeakerView(doc);
  });
  return section;
}

import { speakerPanelSection } from '../../platform/speaker/panel';
import type { SpeakerView } from '../../platform/speaker/role';
import type { SpeakerTimes, TimeCell } from './speaker-times';

export interface SpeakerTimeRow {
  show(times: SpeakerTimes): void;
  /** Draws the eye to the row for a moment: T pressed here, where the row is the timing overlay. */
  flash(): void;
  /** Takes the row out of the speaker view. */
  remove(): void;
}

const CELLS = ['clock', 'left', 'pace'] as const;

/**
 * The speaker view's one row of time, in place of reveal's timer, 12-hour clock and pacing (hidden by the
 * injected layout): they count from when the window opened and would contradict the class clock.
 */
export function speakerTimeRow(view: SpeakerView): SpeakerTimeRow | undefined {
  const section = speakerPanelSection(view, 'time');
  if (!section) return undefined;
  const doc = section.ownerDocument;
  section.replaceChildren();
  const cells = CELLS.map((id) => {
    const cell = doc.createElement('div');
    cell.className = 'speaker-time-cell';
    cell.dataset.speaker = id;
    const label = doc.createElement('div');
    label.className = 'speaker-time-label';
    const value = doc.createElement('div');
    value.className = 'speaker-time-value';
    const detail = doc.createElement('div');
    detail.className = 'speaker-time-detail';
    cell.append(label, value, detail);
    section.append(cell);
    return { cell, label, value, detail };
  });
  const write = (target: (typeof cells)[number] | undefined, reading: TimeCell): void => {
    if (!target) return;
    if (target.label.textContent !== reading.label) target.label.textContent = reading.label;
    if (target.value.textContent !== reading.value) target.value.textContent = reading.value;
    if (target.detail.textContent !== reading.detail) target.detail.textContent = reading.detail;
    target.cell.classList.toggle('is-alert', reading.alert === true);
  };
  return {
    show(times) {
      write(cells[0], times.clock);
      write(cells[1], times.left);
      write(cells[2], times.pace);
    },
    flash() {
      section.classList.remove('is-flash');
      // Read between the two so the animation starts again on a second press.
      section.getBoundingClientRect();
      section.classList.add('is-flash');
    },
    remove() {
      section.remove();
    },
  };
}

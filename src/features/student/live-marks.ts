import type { ClientMessage, Mark } from '../../model/live';

type Marks = Readonly<Record<string, 'done' | 'stuck'>>;

export interface LiveMarks {
  /** This device's marks as the server keeps them. */
  show(marks: Marks): void;
}

const LABELS = { done: 'Done', stuck: 'Stuck' } as const;

/**
 * "Done" and "Stuck" under every task of the practice's task sheet: one tap sends it, a second tap on the same
 * button takes it back. Anonymous: the server counts devices, the lecturer sees counts. The sheet is drawn
 * anew when the block changes, so its tasks get their buttons whenever they appear.
 */
export function liveMarks(sheet: HTMLElement, send: (message: ClientMessage) => boolean): LiveMarks {
  let marks: Marks = {};
  const paint = (): void => {
    const block = sheet.dataset.block ?? '';
    sheet.querySelectorAll<HTMLElement>('.task').forEach((task, index) => {
      const id = `${block}/${String(index)}`;
      let row = task.querySelector<HTMLElement>(':scope > .live-marks');
      if (!row) {
        row = task.ownerDocument.createElement('div');
        row.className = 'live-marks';
        for (const mark of ['done', 'stuck'] as const) {
          const button = row.appendChild(task.ownerDocument.createElement('button'));
          button.type = 'button';
          button.dataset.mark = mark;
          button.textContent = LABELS[mark];
        }
        task.append(row);
      }
      row.dataset.task = id;
      for (const button of row.querySelectorAll<HTMLButtonElement>('button[data-mark]')) {
        button.setAttribute('aria-pressed', String(marks[id] === button.dataset.mark));
      }
    });
  };
  sheet.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('.live-marks button[data-mark]') : null;
    const task = button?.closest<HTMLElement>('.live-marks')?.dataset.task;
    const mark = button?.dataset.mark;
    if (!button || task === undefined || (mark !== 'done' && mark !== 'stuck')) return;
    const next: Mark = marks[task] === mark ? 'none' : mark;
    send({ kind: 'mark', task, mark: next });
  });
  new MutationObserver(() => {
    if (!sheet.querySelector('.task:not(:has(> .live-marks))')) return;
    paint();
  }).observe(sheet, { childList: true });
  paint();
  return {
    show(next) {
      marks = next;
      paint();
    },
  };
}

import { formatLengthMinutes, formatSpan, type Schedule } from '../../core/agenda';
import { ITEM_KIND_TABLE } from '../../model/kinds';
import type { TimelineLayout } from './timeline-layout';

/**
 * The timeline's text equivalent (WCAG 1.1.1, 1.3.1): a table of what its bars draw, one row per bar, built from
 * the same layout, so the two cannot disagree. Read, not shown: the projector has the picture, and the
 * students' page lists the day as text of its own.
 */
export function drawTimelineTable(container: HTMLElement, schedule: Schedule, layout: TimelineLayout): HTMLTableElement {
  const document = container.ownerDocument;
  const table =
    container.querySelector<HTMLTableElement>(':scope > table.agenda-table') ?? container.appendChild(document.createElement('table'));
  table.className = 'agenda-table sr-only';
  const cell = (tag: 'th' | 'td', text: string, scope?: 'col' | 'row'): HTMLTableCellElement => {
    const element = document.createElement(tag);
    element.textContent = text;
    if (scope) element.scope = scope;
    return element;
  };
  const caption = document.createElement('caption');
  caption.textContent = `Today's agenda, ${formatSpan(schedule.start, schedule.end)}`;
  const head = document.createElement('thead');
  head.append(
    row(
      document,
      ['Time', 'Block', 'Kind', 'Length'].map((text) => cell('th', text, 'col')),
    ),
  );
  const body = document.createElement('tbody');
  body.append(
    ...layout.bars.map((bar, i) => {
      const tr = row(document, [
        cell('td', formatSpan(bar.start, bar.end)),
        cell('th', schedule.items[i]?.title ?? '', 'row'),
        cell('td', ITEM_KIND_TABLE[bar.kind].label),
        cell('td', formatLengthMinutes(bar.end - bar.start)),
      ]);
      tr.dataset.group = bar.group;
      return tr;
    }),
  );
  table.replaceChildren(caption, head, body);
  return table;
}

/** The rows of the item the clock is in say so, as the bar's outline shows it. */
export function markTimelineTable(table: HTMLTableElement, group: string | undefined): void {
  for (const tr of table.tBodies[0]?.rows ?? []) {
    if (group !== undefined && tr.dataset.group === group) tr.setAttribute('aria-current', 'time');
    else tr.removeAttribute('aria-current');
  }
}

function row(document: Document, cells: HTMLTableCellElement[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.append(...cells);
  return tr;
}

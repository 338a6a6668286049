/** The handout's first pages: a cover with the class day, then contents with page numbers that are links. */
import type { DayPlan } from '../../core/agenda/day';
import { isGap } from '../../core/agenda/model';
import { classDateText } from '../../model/class-day';
import { formatSpan } from '../../model/time';

export interface DeckLabels {
  /** The lecture's title, from the first slide file's front matter. */
  readonly title: string;
  /** The course labels in one line, from the class file: "Docker lecture · week 37 · day 3". */
  readonly kicker: string;
  /** The class date, ISO `YYYY-MM-DD`. */
  readonly date: string;
}

/** One line of the contents: a slide's title, the block it belongs to, the page it is printed on. */
export interface ContentsEntry {
  readonly block: string;
  readonly title: string;
  /** The printed page that shows the slide: its sheet is known only once the sheets are made. */
  readonly page: HTMLElement;
}

/** Points every contents line at its sheet: `sheetOf` gives the sheet's element and its 1-based number. */
export type NumberContents = (sheetOf: (page: HTMLElement) => { id: string; number: number } | undefined) => void;

/** Rows one contents page holds: two columns of this many lines each (block headings count as lines). */
const ROWS_PER_COLUMN = 23;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  // Text goes in as text: a title such as "Generics <T>" prints as written and can never become markup.
  if (text !== undefined) made.textContent = text;
  return made;
}

export function coverPage(labels: DeckLabels, plan: DayPlan, height: string): HTMLElement {
  const page = element('div', 'pdf-page handout-cover');
  page.style.height = height;
  const body = element('div', 'handout-cover-body');
  const { start, end } = plan.schedule;
  const table = element('table', 'handout-schedule');
  table.append(element('caption', '', 'The class day'));
  const rows = element('tbody', '');
  for (const item of plan.schedule.items) {
    const row = element('tr', isGap(item) ? 'gap' : '');
    row.append(element('td', '', formatSpan(item.start, item.end)), element('td', '', item.title));
    rows.append(row);
  }
  table.append(rows);
  body.append(
    element('p', 'handout-kicker', labels.kicker ? `${labels.kicker} · handout` : 'Handout'),
    element('h1', '', labels.title),
    element('p', 'handout-date', `${classDateText(labels.date)} · ${formatSpan(start, end)}`),
    table,
    element(
      'p',
      'handout-about',
      'Every slide of the lecture, with each animation in its final state, and the practice tasks in full. ' +
        'Figures are sourced in the speaker notes.',
    ),
  );
  page.append(body);
  return page;
}

type Line = { heading: string } | { entry: ContentsEntry };

function contentsLines(entries: readonly ContentsEntry[]): Line[] {
  const lines: Line[] = [];
  let block: string | undefined;
  for (const entry of entries) {
    if (entry.block !== block) lines.push({ heading: entry.block });
    block = entry.block;
    lines.push({ entry });
  }
  return lines;
}

/**
 * The contents pages; every entry's page number is a link to its page (Chromium keeps internal links in the
 * PDF). The numbers are filled in by the returned function, once the sheets are made.
 */
export function contentsPages(entries: readonly ContentsEntry[], height: string): { pages: HTMLElement[]; number: NumberContents } {
  const lines = contentsLines(entries);
  const perPage = 2 * ROWS_PER_COLUMN;
  const pages: HTMLElement[] = [];
  const links: { link: HTMLAnchorElement; number: HTMLElement; page: HTMLElement }[] = [];
  for (let first = 0; first < lines.length; first += perPage) {
    const page = element('div', 'pdf-page handout-contents');
    page.style.height = height;
    const body = element('div', 'handout-contents-body');
    if (first === 0) body.append(element('h2', 'handout-contents-title', 'Contents'));
    const columns = element('div', 'handout-contents-columns');
    for (let column = first; column < Math.min(first + perPage, lines.length); column += ROWS_PER_COLUMN) {
      const list = element('ol', 'handout-contents-list');
      for (const line of lines.slice(column, Math.min(column + ROWS_PER_COLUMN, first + perPage))) {
        if ('heading' in line) {
          list.append(element('li', 'handout-contents-block', line.heading));
          continue;
        }
        const item = element('li', 'handout-contents-entry');
        const link = element('a', '');
        const number = element('span', 'handout-contents-page');
        link.append(element('span', 'handout-contents-name', line.entry.title), number);
        links.push({ link, number, page: line.entry.page });
        item.append(link);
        list.append(item);
      }
      columns.append(list);
    }
    body.append(columns);
    page.append(body);
    pages.push(page);
  }
  const number: NumberContents = (sheetOf) => {
    for (const { link, number: shown, page } of links) {
      const sheet = sheetOf(page);
      if (!sheet) continue;
      link.href = `#${sheet.id}`;
      shown.textContent = String(sheet.number);
    }
  };
  return { pages, number };
}

/**
 * What the page does when printed (`?print-pdf`): a cover with the class day, contents, page numbers, notes
 * under each slide or several slides to a sheet when asked, and a marker that says the pages are final.
 */
import './handout.css';
import { blockTitle } from '../../core/agenda/block-title';
import type { DayPlan } from '../../core/agenda/day';
import { classLine } from '../../model/class-day';
import type { DeckContext } from '../../platform/context';
import { disposer, type Disposer, type Feature } from '../../platform/feature';
import { blockOf } from '../../platform/sections';
import type { Deck } from '../../platform/reveal';
import { headBlocks } from './bookmarks';
import { contentsPages, coverPage, type ContentsEntry, type DeckLabels } from './front';
import { layOutNotesPages, NOTES_PAGE } from './notes';
import { isBeforePage, type HandoutOptions } from './options';
import { intoSheets, type SheetSize } from './sheets';
import type { Paper } from '../../model/paper';
import { sourcesPages } from './sources';

export type { DeckLabels } from './front';

/**
 * The handout in print view. `destroy()` takes off what it added (cover, contents, page numbers, the paper
 * size); reveal's pages, once grouped into sheets or given their notes, stay as printed.
 */
export function handoutFeature(options: HandoutOptions): Feature<DeckContext> {
  const held = disposer();
  return {
    id: 'handout',
    init(deck, { content, day }) {
      const lecture = content.blocks[0];
      const labels = { title: lecture?.title ?? document.title, kicker: classLine(content.classDay), date: day.date };
      attachHandout(deck, labels, day.plan, options, held);
    },
    destroy() {
      held.dispose();
    },
  };
}

function attachHandout(deck: Deck, labels: DeckLabels, plan: DayPlan, options: HandoutOptions, held: Disposer): void {
  const layout = () => {
    const container = document.querySelector<HTMLElement>('.reveal .slides');
    if (!options.steps)
      for (const before of document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')) if (isBeforePage(before)) before.remove();
    const pages = [...document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')];
    const first = pages[0];
    if (!container || !first) return;
    const height = first.style.height;
    const page = { width: first.offsetWidth, height: first.offsetHeight };
    if (options.notes) {
      layOutNotesPages(pages);
      page.height = NOTES_PAGE.height;
    }

    const sources = sourcesPages(container, height);
    const front = [coverPage(labels, plan, height)];
    const entries = contentsEntries(pages, plan);
    held.defer(headBlocks(entries));
    const contents = contentsPages(entries, height);
    front.push(...contents.pages);
    first.before(...front);
    held.defer(() => {
      for (const added of [...front, ...sources]) (added.closest('.handout-sheet') ?? added).remove();
      for (const number of container.querySelectorAll('.handout-page-number')) number.remove();
      delete document.documentElement.dataset.handoutPages;
    });
    const { sheets, size } = intoSheets([...front, ...pages, ...sources], front.length, options, page);
    container.append(...sheets);
    held.defer(setPageSize(size, options.paper));

    sheets.forEach((sheet, i) => {
      sheet.id = `handout-page-${i + 1}`;
      sheet.classList.add('handout-sheet');
      const number = document.createElement('div');
      number.className = 'handout-page-number';
      number.textContent = `${i + 1} / ${sheets.length}`;
      sheet.append(number);
    });
    contents.number((printed) => {
      const sheet = printed.closest<HTMLElement>('.handout-sheet');
      return sheet ? { id: sheet.id, number: sheets.indexOf(sheet) + 1 } : undefined;
    });

    // Scenes and countdowns drew on 'pdf-ready' before this; wait for the fonts and a frame before declaring
    // the pages final.
    void document.fonts.ready.then(() => {
      requestAnimationFrame(() => {
        document.documentElement.dataset.handoutPages = String(sheets.length);
      });
    });
  };
  // Reveal adds the pages and fires 'pdf-ready' in one go: pages already in the DOM mean the event has passed.
  if (document.querySelector('.reveal .slides .pdf-page')) layout();
  else held.onDeck(deck, 'pdf-ready', layout);
}

/** The first printed page of each slide, titled by its heading and grouped by its block, in deck order. */
function contentsEntries(pages: readonly HTMLElement[], plan: DayPlan): ContentsEntry[] {
  const bySlide = new Map<string, ContentsEntry>();
  for (const page of pages) {
    const section = page.querySelector<HTMLElement>('section[data-handout-slide]');
    const index = section?.dataset.handoutSlide;
    if (!section || index === undefined || bySlide.has(index)) continue;
    const title = section.querySelector('h1, h2')?.textContent.trim() ?? '';
    const block = blockTitle(plan.schedule, blockOf(section)) ?? title;
    bySlide.set(index, { block, title, page });
  }
  return [...bySlide.values()];
}

/**
 * The paper's size; reveal sized the body to its own page, and the body clips what lies beyond it. The page is
 * named by the paper's CSS name, not in pixels, which Chromium rounds to a page 0.3 pt off the paper.
 */
function setPageSize({ width, height }: SheetSize, paper: Paper): () => void {
  const { style } = document.body;
  const before = { width: style.width, height: style.height };
  style.width = `${String(width)}px`;
  style.height = `${String(height)}px`;
  const size = document.createElement('style');
  size.textContent = `@page { size: ${paper} ${width > height ? 'landscape' : 'portrait'}; margin: 0; }`;
  document.head.append(size);
  return () => {
    Object.assign(style, before);
    size.remove();
  };
}

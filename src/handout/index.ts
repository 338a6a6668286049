/**
 * What the page does differently when printed (`?print-pdf`): a cover with the class schedule, page numbers,
 * notes under each slide when asked, and a marker that says the pages are final, for the export script.
 */
import './handout.css';
import type { DayPlan } from '../agenda/day';
import { isGap } from '../agenda/model';
import { formatSpan } from '../agenda/time';
import type { Deck } from '../reveal';
import type { HandoutOptions } from './options';


/** Matches `html.handout-notes .pdf-page` in handout.css: the slide on top, its notes below. */
const NOTES_PAGE_HEIGHT = 1500;

export function attachHandout(deck: Deck, plan: DayPlan, options: HandoutOptions, drawn: Promise<unknown>): void {
  const layout = () => {
    const pages = [...document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')];
    const first = pages[0];
    if (!first) return;
    const cover = coverPage(plan, first.style.height);
    first.before(cover);
    const all = [cover, ...pages];
    if (options.notes) {
      document.documentElement.classList.add('handout-notes');
      const size = document.createElement('style');
      size.textContent = `@page { size: ${document.body.style.width} ${NOTES_PAGE_HEIGHT}px; margin: 0; }`;
      document.head.append(size);
      for (const notes of document.querySelectorAll<HTMLElement>('.speaker-notes-pdf')) fitText(notes);
    }
    all.forEach((page, i) => {
      const number = document.createElement('div');
      number.className = 'handout-page-number';
      number.textContent = `${i + 1} / ${all.length}`;
      page.append(number);
    });
    // Scenes and countdowns draw when their modules have loaded; wait for them, the fonts and a frame before
    // declaring the pages final.
    void Promise.all([document.fonts.ready, drawn]).then(() => {
      requestAnimationFrame(() => {
        document.documentElement.dataset.handoutPages = String(all.length);
      });
    });
  };
  // Reveal adds the pages and fires 'pdf-ready' in one go: pages already in the DOM mean the event has passed.
  if (document.querySelector('.reveal .slides .pdf-page')) layout();
  else deck.on('pdf-ready', layout, { once: true });
}

function coverPage(plan: DayPlan, height: string): HTMLElement {
  const page = document.createElement('div');
  page.className = 'pdf-page handout-cover';
  page.style.height = height;
  const title = document.querySelector('.reveal .slides h1')?.textContent ?? 'Lecture';
  const date = new Date().toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const rows = plan.schedule.items
    .map((item) => `<tr class="${isGap(item) ? 'gap' : ''}"><td>${formatSpan(item.start, item.end)}</td><td>${item.title}</td></tr>`)
    .join('');
  page.innerHTML =
    `<div class="handout-cover-body"><p class="handout-kicker">Docker lecture · week 37 · day 3 · handout</p>` +
    `<h1>${title}</h1><p class="handout-date">${date}</p>` +
    `<table class="handout-schedule"><caption>The class day</caption><tbody>${rows}</tbody></table>` +
    `<p class="handout-about">Every slide of the lecture, with each animation in its final state. ` +
    `Figures are sourced in the speaker notes.</p></div>`;
  return page;
}

/** Long notes get a smaller font rather than being cut off at the page's foot. */
function fitText(box: HTMLElement): void {
  for (let size = 21; size > 13 && box.scrollHeight > box.clientHeight; size--) box.style.fontSize = `${size - 1}px`;
}

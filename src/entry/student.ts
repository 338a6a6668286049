// The colours every stylesheet reads (src/model/palette.ts), in the page's first stylesheet.
import 'virtual:palette.css';
import './theme/deck.css';
import '../features/copy/copy-buttons.css';
import '../features/student/student.css';
import deck from 'virtual:deck';
import { clockMinutes, formatSpan } from '../core/agenda';
import { ITEM_KIND_TABLE } from '../model/kinds';
import { addCopyButtons } from '../features/copy/copy-buttons';
import { pauseAt } from '../core/day/countdown-state';
import { createDay } from '../platform/create-day';
import { classRole } from '../platform/live/role';
import { readPageParams } from '../platform/params';
import { safeLocalStorage, type SafeStorage } from '../platform/storage';
import { everySecond } from '../platform/ticker';
import { fillClassDates } from '../platform/class-date';
import { classDateText } from '../model/class-day';
import { drawAgenda, firstPageId, labelBlocks } from '../features/student/agenda-view';
import { deckStacks } from '../features/student/deck-links';
import { followLinks } from '../features/student/links';
import { studentNow } from '../features/student/now';
import { nowView } from '../features/student/now-view';
import { drawScenes } from '../features/student/scenes';
import { showTaskSheet } from '../features/student/task-sheet';

// The page's "did not start" notice (for a page opened from disk) goes as soon as the script runs.
document.documentElement.dataset.studentStarted = '';

function part(selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`student.html lacks ${selector}`);
  return element;
}

// Reads the lecturer's agenda changes when the page runs on the lecturer's machine, but never writes: a
// student's page must not move the deck's rehearsal clock or its stored day.
const storage: SafeStorage = { ...safeLocalStorage(), writeJson: () => false };
const day = createDay({ deck, params: readPageParams(location.search), storage });
const pages = part('.student-slides');
const header = part('.student-now');
const sheet = part('.student-tasks');
const nav = part('.student-agenda');
const warnings = part('.student-warnings');

if (day.warnings.length > 0) {
  // Each warning says what it is about (a link's value, storage, a reserved name): no common cause is claimed.
  const items = document.createElement('ul');
  items.append(...day.warnings.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
  warnings.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'This page runs, with these warnings:' }), items);
  warnings.hidden = false;
}

const details = nav.appendChild(document.createElement('details'));
const summary = details.appendChild(document.createElement('summary'));
const list = details.appendChild(document.createElement('ol'));
const view = nowView(header);
// The task sheet copies its tasks from here, before they have buttons: a cloned button would have no listener.
const pristine = pages.cloneNode(true) as HTMLElement;
drawScenes(pages);
addCopyButtons(pages);

let drawn = '';
const render = (): void => {
  const { schedule } = day.plan;
  const now = studentNow(schedule, clockMinutes(day.clock), pauseAt(day.state.pause));
  view.show(now, now.blockId === undefined ? undefined : `#${firstPageId(pages, now.blockId) ?? ''}`);
  // The rest changes only when the clock enters another item or the plan changes.
  const key = `${String(now.index)}|${JSON.stringify(schedule.items)}`;
  if (key === drawn) return;
  drawn = key;
  summary.textContent = `Today's agenda · ${classDateText(day.date)} · ${formatSpan(schedule.start, schedule.end)}`;
  fillClassDates(pages, day.date, schedule);
  drawAgenda(list, schedule, pages, now.index);
  for (const hole of pages.querySelectorAll<HTMLElement>('.agenda-timeline')) {
    const copy = hole.querySelector('ol') ?? hole.appendChild(document.createElement('ol'));
    drawAgenda(copy, schedule, pages, now.index);
  }
  labelBlocks(pages, schedule);
  const practice =
    now.kind !== undefined && ITEM_KIND_TABLE[now.kind].tasksForStudents && now.blockId !== undefined
      ? { id: now.blockId, title: now.title }
      : undefined;
  showTaskSheet(sheet, pristine, practice, addCopyButtons);
  for (const block of pages.querySelectorAll<HTMLElement>('.block[data-block]')) {
    block.toggleAttribute('data-current', block.dataset.block === now.blockId);
  }
};
everySecond(day.clock, render);
window.addEventListener('storage', () => {
  if (day.reload() !== undefined) render();
});
// In a live class (the class server served this page), the lecturer's slide and step; loaded only then.
if (classRole(document) === 'student') {
  void import('../features/student/live-class').then(({ joinClass }) => {
    joinClass({
      pages,
      sheet,
      stacks: () => deckStacks(deck, day.plan.entries),
      pristine,
      slideStyle: () => import('./theme/slide-style').then((m) => m.SLIDE_STYLE),
    });
  });
}
// A page scrolled to stops below the sticky header, whose height is read once the browser has laid it out: read
// while drawing, it forced a layout of every page before the first frame, and the frame laid them out again.
// The URL's link is followed once that height is known.
let followed = false;
new ResizeObserver(([entry]) => {
  const height = `${String(Math.ceil(entry?.borderBoxSize[0]?.blockSize ?? 0))}px`;
  if (document.documentElement.style.getPropertyValue('--now-height') !== height) {
    document.documentElement.style.setProperty('--now-height', height);
  }
  if (followed) return;
  followed = true;
  followLinks(pages, () => deckStacks(deck, day.plan.entries));
  // Tests and tools wait for this: the clock, the tasks and the pictures are drawn and laid out, the link followed.
  document.documentElement.dataset.studentReady = '';
  // `npm run bench` reads this mark.
  performance.mark('student-ready');
}).observe(header);

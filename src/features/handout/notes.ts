/**
 * The notes copy: each page is a slide region on top and a notes region under it. The slide is scaled into its
 * region if it is taller, and the notes are set smaller until they fit theirs, so nothing overlaps or is cut.
 */

/** Matches `html.handout-notes` in handout.css. */
export const NOTES_PAGE = { height: 1500, slideRegion: 760 } as const;

const LARGEST_PX = 21;
const SMALLEST_PX = 8;

export function layOutNotesPages(pages: readonly HTMLElement[]): void {
  document.documentElement.classList.add('handout-notes');
  const printedStep = new Map<string, number>();
  for (const page of pages) {
    const slide = page.querySelector<HTMLElement>(':scope > section');
    if (slide) fitSlide(slide);
    const notes = page.querySelector<HTMLElement>(':scope > .speaker-notes-pdf');
    if (slide && notes) orderSceneNotes(slide, notes, printedStep);
    if (notes) fitText(notes);
  }
}

/**
 * Reveal prints a slide's notes as one run, its step notes first. A scene's page says them as the lecturer does:
 * the slide's own note on its first page, then each step's note, numbered, on the page that prints that step
 * (with the steps before it that no page of their own prints).
 */
function orderSceneNotes(slide: HTMLElement, notes: HTMLElement, printedStep: Map<string, number>): void {
  const step = Number(slide.querySelector<HTMLElement>('.scene[data-step]')?.dataset.step);
  const key = slide.dataset.handoutSlide;
  if (!Number.isInteger(step) || key === undefined) return;
  const from = (printedStep.get(key) ?? -1) + 1;
  const doc = notes.ownerDocument;
  const parts: Node[] = [];
  if (from === 0) {
    for (const own of slide.querySelectorAll(':scope > aside.notes')) parts.push(...[...own.childNodes].map((n) => n.cloneNode(true)));
  }
  const list = doc.createElement('ol');
  list.className = 'handout-step-notes';
  list.start = from + 1;
  for (let s = from; s <= step; s++) {
    const note = slide.querySelector(`.scene-step[data-fragment-index="${String(s)}"] aside.notes`);
    if (!note) continue;
    const item = doc.createElement('li');
    const label = doc.createElement('strong');
    label.textContent = `Step ${String(s + 1)}. `;
    item.append(label, ...[...note.childNodes].map((n) => n.cloneNode(true)));
    list.append(item);
  }
  if (list.children.length > 0) parts.push(list);
  notes.replaceChildren(...parts);
  printedStep.set(key, step);
}

/** A slide that reaches below its region is moved to the top and, if still too tall, scaled down. */
function fitSlide(slide: HTMLElement): void {
  const height = slide.scrollHeight;
  if (slide.offsetTop + height <= NOTES_PAGE.slideRegion) return;
  slide.style.top = '0px';
  // Reveal's print CSS pins `transform: none` on sections; zoom scales the layout box, so the region holds it.
  if (height > NOTES_PAGE.slideRegion) slide.style.setProperty('zoom', String(NOTES_PAGE.slideRegion / height));
}

/** Long notes get a smaller font rather than being cut off at the page's foot. */
function fitText(box: HTMLElement): void {
  for (let size = LARGEST_PX; size >= SMALLEST_PX; size--) {
    box.style.fontSize = `${size}px`;
    if (box.scrollHeight <= box.clientHeight) return;
  }
}

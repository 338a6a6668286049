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
  for (const page of pages) {
    const slide = page.querySelector<HTMLElement>(':scope > section');
    if (slide) fitSlide(slide);
    const notes = page.querySelector<HTMLElement>(':scope > .speaker-notes-pdf');
    if (notes) fitText(notes);
  }
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

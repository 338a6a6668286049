/**
 * The deck's one status region (WCAG 4.1.3): the reading feature makes it, and whatever else has something to
 * say (a countdown's cue) says it here, so a screen reader hears each thing once, from one place.
 */
const SELECTOR = '.deck-announcer[role="status"]';

export function mountAnnouncer(parent: HTMLElement): HTMLElement {
  const region = parent.ownerDocument.createElement('div');
  region.className = 'deck-announcer sr-only';
  region.setAttribute('role', 'status');
  parent.append(region);
  return region;
}

/** Says `words` in the page's status region; a page without one (print) says nothing. */
export function announce(document: Document, words: string): void {
  const region = document.querySelector(SELECTOR);
  if (region) region.textContent = words;
}

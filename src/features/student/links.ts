import { deckStacks, parseLink, slideAt, type SlideRef } from './deck-links';

/** The page a hash points at: a page's id, or a deck link's slide; null when it names nothing here. */
export function linkedPage(pages: ParentNode, hash: string, stacks: () => ReturnType<typeof deckStacks>): HTMLElement | null {
  const target = parseLink(hash);
  if (!target) return null;
  if (target.kind === 'id') {
    const page = pages.ownerDocument?.getElementById(target.id) ?? null;
    return page?.closest<HTMLElement>('.page') ?? page;
  }
  const slide: SlideRef | undefined = slideAt(stacks(), target.h, target.v);
  if (!slide) return null;
  return pages.querySelector<HTMLElement>(`.page[data-block="${CSS.escape(slide.blockId)}"][data-slide-index="${String(slide.slide)}"]`);
}

/**
 * Scrolls to the page the URL's hash names, now and whenever the hash changes. `#/5/0` from the deck maps
 * through the day's slide order; a hash that names nothing leaves the page where it is.
 */
export function followLinks(pages: ParentNode, stacks: () => ReturnType<typeof deckStacks>): void {
  const go = (): void => {
    const page = linkedPage(pages, location.hash, stacks);
    if (!page) return;
    for (const old of pages.querySelectorAll('.page[data-linked]')) old.removeAttribute('data-linked');
    page.dataset.linked = '';
    page.scrollIntoView({ block: 'start' });
  };
  window.addEventListener('hashchange', go);
  go();
}

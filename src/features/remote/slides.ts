/** A slide as the phone shows it: title and speaker notes, in reveal's h/v order. */
export interface RemoteSlide {
  readonly title: string;
  readonly notes: string;
}

/**
 * The deck's slides, read from the deck page itself (the class server gives it to the lecturer and a paired
 * phone only). DOMParser runs no script and loads nothing; only text is taken.
 */
export function readSlides(html: string): RemoteSlide[][] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const slide = (section: Element): RemoteSlide => ({
    title: section.querySelector('h1, h2, h3')?.textContent.trim() ?? '',
    notes: [...section.querySelectorAll('aside.notes')].map((n) => n.textContent.trim()).join('\n\n'),
  });
  return [...doc.querySelectorAll('.reveal .slides > section')].map((top) => {
    const inner = [...top.querySelectorAll(':scope > section')];
    return inner.length > 0 ? inner.map(slide) : [slide(top)];
  });
}

/** A slide as the phone shows it: title and speaker notes, in reveal's h/v order. */
export interface RemoteSlide {
  readonly title: string;
  /** The slide's own notes, outside its fragments. */
  readonly notes: string;
  /** A step's own notes (a scene step's), by fragment index. */
  readonly stepNotes: ReadonlyMap<number, string>;
}

const words = (notes: readonly Element[]): string => notes.map((n) => n.textContent.trim()).join('\n\n');

/** The notes the speaker view shows at a step: the step's own when it has some, else the slide's (as reveal's notes plugin does). */
export const notesAt = (slide: RemoteSlide, step: number): string => slide.stepNotes.get(step) ?? slide.notes;

/**
 * The deck's slides, read from the deck page itself (the class server gives it to the lecturer and a paired
 * phone only), laid out by `layOut` as the deck lays itself out. DOMParser runs no script and loads nothing;
 * only text is taken.
 */
export function readSlides(html: string, layOut: (slides: HTMLElement) => void): RemoteSlide[][] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // The deck adds a slide per break (and a copy of a countdown a break splits) before reveal starts: the same
  // here, or every position after the first break would name the slide before it.
  const slides = doc.querySelector<HTMLElement>('.reveal .slides');
  if (slides) layOut(slides);
  const slide = (section: Element): RemoteSlide => {
    const all = [...section.querySelectorAll('aside.notes')];
    const stepNotes = new Map<number, string>();
    [...section.querySelectorAll('.fragment')].forEach((fragment, order) => {
      const own = [...fragment.querySelectorAll('aside.notes')];
      const index = Number(fragment.getAttribute('data-fragment-index') ?? order);
      if (own.length > 0 && !stepNotes.has(index)) stepNotes.set(index, words(own));
    });
    return {
      title: section.querySelector('h1, h2, h3')?.textContent.trim() ?? '',
      notes: words(all.filter((n) => n.closest('.fragment') === null)),
      stepNotes,
    };
  };
  return [...doc.querySelectorAll('.reveal .slides > section')].map((top) => {
    const inner = [...top.querySelectorAll(':scope > section')];
    return inner.length > 0 ? inner.map(slide) : [slide(top)];
  });
}

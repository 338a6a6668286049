/**
 * The deck as a document for a screen reader. Reveal marks the deck `role="application"`, which keeps NVDA and
 * JAWS out of reading mode (reveal.js #3772), and it announces each change in a live region of its own, on top
 * of which a scene's caption would be announced again. This feature lifts the role (reveal's keys still work:
 * it listens on the document), silences reveal's region and announces each change once, in one region:
 * a new slide as its words, a new step as its fragment's words and what the scene now shows.
 */
import { mountAnnouncer } from '../../platform/announce';
import { disposer, type Disposer, type Feature } from '../../platform/feature';
import type { Deck } from '../../platform/reveal';
import type { WindowRole } from '../../platform/speaker/role';
import { readText } from './read-text';

/** The speaker view holds two copies of the deck: each landmark says which it is. */
const MAIN_LABEL: Readonly<Record<WindowRole, string>> = { main: 'Slides', speaker: 'Current slide', copy: 'Next slide' };

type ReadingDeck = Pick<Deck, 'on' | 'off' | 'getRevealElement' | 'getCurrentSlide' | 'isPrintView'>;

export function readingFeature(): Feature<{ speaker: { role: WindowRole } }> {
  let owner = disposer();
  return {
    id: 'reading',
    init(deck: ReadingDeck, context: { speaker: { role: WindowRole } }) {
      owner.dispose();
      owner = disposer();
      const wrapper = deck.getRevealElement();
      if (!wrapper) return;
      liftRole(wrapper, owner);
      wrapper.setAttribute('aria-label', MAIN_LABEL[context.speaker.role]);
      owner.defer(() => {
        wrapper.removeAttribute('aria-label');
      });
      silence(wrapper.querySelector<HTMLElement>('.aria-status'), owner);
      if (deck.isPrintView()) {
        // Paper announces nothing, but it is read: the tagged handout takes its structure from what a screen
        // reader would get, and reveal leaves every slide but the first marked aria-hidden.
        const unhide = (): void => {
          revealPages(wrapper);
        };
        owner.onDeck(deck, 'pdf-ready', unhide);
        unhide();
        return;
      }
      // The speaker view's "Next slide" copy says nothing: a screen reader there would hear the slide after the
      // current one on every key press, and reading its words out of the slide cost a frame's work each time.
      if (context.speaker.role === 'copy') return;
      const region = mountAnnouncer(wrapper);
      owner.defer(() => {
        region.remove();
      });

      // After the frame that shows the change: by then the scenes have written the step's words, and the browser
      // has computed the styles the words are read through. Read inside the key press, they were computed there
      // first: a forced style recalculation of the whole slide, about a fifth of a key press on a slow laptop.
      const announce = (words: () => string): void => {
        requestAnimationFrame(() => {
          setTimeout(() => {
            region.textContent = words();
          }, 0);
        });
      };
      owner.onDeck(deck, 'slidechanged', () => {
        announce(() => readText(deck.getCurrentSlide()));
      });
      const stepped = (event: Event): void => {
        const fragments = (event as Event & { fragments?: Element[] }).fragments ?? [];
        const shown = event.type === 'fragmentshown' ? fragments : [];
        announce(() => [...shown.map(readText), ...sceneWords(deck.getCurrentSlide())].filter((t) => t !== '').join(' '));
      };
      owner.onDeck(deck, 'fragmentshown', stepped);
      owner.onDeck(deck, 'fragmenthidden', stepped);
    },
    destroy() {
      owner.dispose();
    },
  };
}

function liftRole(wrapper: HTMLElement, owner: Disposer): void {
  const role = wrapper.getAttribute('role');
  if (role === null) return;
  wrapper.removeAttribute('role');
  owner.defer(() => {
    wrapper.setAttribute('role', role);
  });
}

/** Reveal keeps writing to its region; hidden and no longer live, nobody hears it, and print leaves it out. */
function silence(status: HTMLElement | null, owner: Disposer): void {
  if (!status) return;
  const live = status.getAttribute('aria-live');
  status.removeAttribute('aria-live');
  status.hidden = true;
  owner.defer(() => {
    status.hidden = false;
    if (live !== null) status.setAttribute('aria-live', live);
  });
}

/**
 * Every printed slide is on its page for every reader: none stays hidden from the tagged PDF. A scene's picture
 * takes what it shows as its alt text (the PDF's Figure has no description of its own), said once.
 */
function revealPages(wrapper: HTMLElement): void {
  for (const slide of wrapper.querySelectorAll('.pdf-page section[aria-hidden]')) slide.removeAttribute('aria-hidden');
  for (const scene of wrapper.querySelectorAll('.pdf-page .scene')) {
    const svg = scene.querySelector(':scope > .scene-svg');
    const words = scene.querySelector(':scope > .scene-description');
    const title = svg?.querySelector(':scope > title')?.textContent ?? '';
    if (!svg || !words?.textContent) continue;
    svg.setAttribute('aria-label', `${title}. ${words.textContent}`);
    words.setAttribute('aria-hidden', 'true');
  }
}

/** A scene's caption and what its picture now shows, as the scenes wrote them for this step. */
function sceneWords(slide: Element | undefined): string[] {
  if (!slide) return [];
  return [...slide.querySelectorAll('.scene-caption, .scene-description')].map(readText);
}

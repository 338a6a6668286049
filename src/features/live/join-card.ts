import './join-card.css';
import * as v from 'valibot';
import { ClassInfoSchema, type ClassInfo } from '../../model/live';
import type { Disposer } from '../../platform/feature';
import type { Deck } from '../../platform/reveal';

/** The slide the class waits on while students arrive: the deck's first. */
const isJoinSlide = (deck: Pick<Deck, 'getIndices'>): boolean => {
  const { h, v: down } = deck.getIndices();
  return h === 0 && (down ?? 0) === 0;
};

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const made = doc.createElement(tag);
  made.className = className;
  made.textContent = text;
  return made;
}

/** The card's words for the link the server reports: what to scan or type, or why students cannot join yet. */
async function fillCard(card: HTMLElement, info: ClassInfo): Promise<void> {
  const doc = card.ownerDocument;
  const heading = make(doc, 'p', 'class-join-heading', 'Follow this class on your laptop or phone');
  if (info.studentReach === 'no-network') {
    const words = make(doc, 'div', 'class-join-words');
    words.append(
      heading,
      make(
        doc,
        'p',
        'class-join-problem',
        'Students cannot join yet: this laptop has no network address they can reach. Connect it to the class Wi-Fi or cable, then start npm run class again.',
      ),
    );
    card.replaceChildren(words);
    return;
  }
  // The QR library loads only when a code is drawn: the deck's start-up stays as it was.
  const { qrSvg } = await import('../../platform/live/qr');
  const link = make(doc, 'p', 'class-join-link', info.studentLink);
  const parts = [heading, make(doc, 'p', 'class-join-how', 'Scan the code, or open:'), link];
  if (info.studentReach === 'this-laptop')
    parts.push(make(doc, 'p', 'class-join-problem', 'Only this laptop can open it: the class server listens on this laptop alone.'));
  const words = make(doc, 'div', 'class-join-words');
  words.append(...parts);
  card.replaceChildren(words, qrSvg(doc, info.studentLink, `QR code of the students' link, ${info.studentLink}`));
}

/**
 * The students' link and its QR code on the first slide while the class runs, in slide space over reveal's
 * slides (so it scales with them and never moves a slide's layout). Only the class server's lecturer pages
 * load this: the plain deck, the single file and the handout never show it.
 */
export function joinCard(deck: Deck, owner: Disposer): void {
  const slides = deck.getSlidesElement();
  if (!slides) return;
  const doc = slides.ownerDocument;
  const card = make(doc, 'aside', 'class-join');
  card.setAttribute('aria-label', 'How students join');
  card.hidden = true;
  // First, not last: reveal's isLastSlide() asks whether the current slide has a next sibling.
  slides.prepend(card);
  owner.defer(() => {
    card.remove();
  });
  let filled = false;
  const show = (): void => {
    card.hidden = !filled || !isJoinSlide(deck);
  };
  owner.onDeck(deck, 'slidechanged', show);
  void fetch(new URL('class/info', location.href), { cache: 'no-store', credentials: 'same-origin' })
    .then(async (response) => (response.ok ? v.parse(ClassInfoSchema, await response.json()) : undefined))
    .then(async (info) => {
      if (!info || !card.isConnected) return;
      await fillCard(card, info);
      filled = true;
      show();
    })
    .catch((error: unknown) => {
      // No card beats a wrong one: the terminal still prints the link.
      console.warn("The join card could not read the students' link:", error);
    });
}

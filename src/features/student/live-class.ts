/**
 * The student view in a live class: loaded only when the class server served the page. It follows the
 * lecturer's slide and step (the scene drawn at that step) until the student moves on their own, then offers
 * "Back to live"; it says how the connection is; and it lands on the current slide and step whenever it
 * (re)connects, with no reload. Without the server, the page is the class-clock view it always was.
 */
import './live.css';
import { applyInk, NO_INK, type InkState } from '../../model/ink-state';
import type { ClientMessage, Position, ServerMessage } from '../../model/live';
import { openChannel, type ChannelStatus } from '../../platform/live/channel';
import { deviceId } from '../../platform/live/device';
import { safeLocalStorage } from '../../platform/storage';
import { liveBar } from './live-bar';
import { linkedPage } from './links';
import { liveMarks } from './live-marks';
import { liveQuestions } from './live-questions';
import type { deckStacks } from './deck-links';
import type { LaserMessage, LiveInk } from './live-ink';

/** The student view's scenes draw the step this event carries (features/student/scenes.ts listens). */
export const SCENE_STEP_EVENT = 'scene-step';

export interface LiveClassOptions {
  readonly pages: HTMLElement;
  /** The practice's task sheet, where each task gets Done and Stuck. */
  readonly sheet: HTMLElement;
  readonly stacks: () => ReturnType<typeof deckStacks>;
  /** The pages as built, before this view added its buttons: the lecturer's slide is copied from them. */
  readonly pristine: ParentNode;
  /** The deck's styles for that copy, loaded with it. */
  readonly slideStyle: () => Promise<string>;
}

/** What a student does that means "I am reading on my own": scrolling, keys that scroll, a link, a scene's buttons. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

export function joinClass({ pages, sheet, stacks, pristine, slideStyle }: LiveClassOptions): void {
  const doc = pages.ownerDocument;
  const bar = liveBar(doc);
  let following = true;
  let status: ChannelStatus = { kind: 'connecting' };
  let position: Position | null = null;
  let shownPage: HTMLElement | null = null;
  let livePage: HTMLElement | null = null;
  const ink = lecturerInk(pristine, slideStyle, () => (livePage && position ? { page: livePage, position } : null));

  const show = (): void => {
    bar.show(status, following);
  };
  const land = (): void => {
    if (!position) return;
    const page = markLivePage(pages, position, stacks);
    livePage = page;
    if (!page) return;
    ink.draw();
    if (!following) return;
    const samePage = page === shownPage;
    shownPage = page;
    stepScenes(page, position.f, samePage);
    if (!samePage) page.scrollIntoView({ block: 'start' });
  };
  const setFollowing = (on: boolean): void => {
    if (following === on) return;
    following = on;
    shownPage = null;
    if (on) land();
    show();
  };

  const send = (message: ClientMessage): boolean => channel.send(message);
  const marks = liveMarks(sheet, send);
  const questions = liveQuestions(doc, send);
  bar.element.prepend(questions.element);
  const receive = (message: ServerMessage): void => {
    if (message.kind === 'state' || message.kind === 'position') {
      position = message.position;
      land();
    }
    if (message.kind === 'state' || message.kind === 'questions') questions.show(message.questions);
    if (message.kind === 'state' || message.kind === 'marks') marks.show(message.marks);
    ink.receive(message);
  };
  const device = deviceId(safeLocalStorage());
  const channel = openChannel({
    hello: () => ({ kind: 'hello', device }),
    onMessage: receive,
    onStatus: (next) => {
      status = next;
      show();
    },
  });

  listenForFollowing(pages, bar.back, setFollowing);
  show();
}

/** The lecturer's ink on the live page (`where`, when there is one); its code and the deck's styles load the first time there is ink. */
function lecturerInk(
  pristine: ParentNode,
  slideStyle: () => Promise<string>,
  where: () => { page: HTMLElement; position: Position } | null,
): { draw(): void; receive(message: ServerMessage): void } {
  let ink: InkState = NO_INK;
  let laser: LaserMessage | null = null;
  let view: LiveInk | undefined;
  let loading = false;
  const draw = (): void => {
    if (view) {
      const at = where();
      if (at) view.show({ ...at, ink, laser });
      return;
    }
    if (loading || (ink.strokes.length === 0 && !laser?.point)) return;
    loading = true;
    void Promise.all([import('./live-ink'), slideStyle()]).then(([{ liveInk }, style]) => {
      view = liveInk(pristine, style);
      draw();
    });
  };
  const receive = (message: ServerMessage): void => {
    if (message.kind === 'state') {
      ink = message.ink;
      draw();
    }
    if (message.kind === 'ink') {
      if (message.ink.type === 'laser') laser = message.ink;
      else ink = applyInk(ink, message.ink);
      draw();
    }
  };
  return { draw, receive };
}

/** The lecturer's page, marked as the live one (and no other page is). */
function markLivePage(pages: HTMLElement, position: Position, stacks: LiveClassOptions['stacks']): HTMLElement | null {
  const page = linkedPage(pages, `#/${String(position.h)}/${String(position.v)}`, stacks);
  for (const old of pages.querySelectorAll('.page[data-live]')) if (old !== page) old.removeAttribute('data-live');
  if (page) page.dataset.live = '';
  return page;
}

/** The page's scenes go to the lecturer's step, animated only when it is the next or previous step on the same page. */
function stepScenes(page: HTMLElement, step: number, samePage: boolean): void {
  for (const scene of page.querySelectorAll('.scene[data-scene]')) {
    const from = Number((scene as HTMLElement).dataset.step);
    scene.dispatchEvent(new CustomEvent(SCENE_STEP_EVENT, { detail: { step, animate: samePage && Math.abs(from - step) === 1 } }));
  }
}

/** "Back to live" follows the lecturer again; reading on one's own (scrolling, a link, a scene's buttons) stops following. */
function listenForFollowing(pages: HTMLElement, back: HTMLElement, setFollowing: (on: boolean) => void): void {
  back.addEventListener('click', () => {
    setFollowing(true);
  });
  const browse = (): void => {
    setFollowing(false);
  };
  window.addEventListener('wheel', browse, { passive: true });
  window.addEventListener('touchmove', browse, { passive: true });
  window.addEventListener('hashchange', browse);
  window.addEventListener('keydown', (event) => {
    if (SCROLL_KEYS.has(event.key) && !(event.target instanceof HTMLElement && event.target.closest('input, textarea, button'))) browse();
  });
  pages.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.scene-button, a[href]')) browse();
  });
}

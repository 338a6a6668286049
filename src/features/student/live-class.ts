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
  let ink: InkState = NO_INK;
  let laser: LaserMessage | null = null;
  let inkView: LiveInk | undefined;
  let inkLoading = false;

  /** The lecturer's ink on the live page; its code and the deck's styles load the first time there is ink. */
  const drawInk = (): void => {
    if (inkView) {
      if (livePage && position) inkView.show({ page: livePage, position, ink, laser });
      return;
    }
    if (inkLoading || (ink.strokes.length === 0 && !laser?.point)) return;
    inkLoading = true;
    void Promise.all([import('./live-ink'), slideStyle()]).then(([{ liveInk }, style]) => {
      inkView = liveInk(pristine, style);
      drawInk();
    });
  };

  const show = (): void => {
    bar.show(status, following);
  };
  const land = (): void => {
    if (!position) return;
    const page = linkedPage(pages, `#/${String(position.h)}/${String(position.v)}`, stacks);
    for (const old of pages.querySelectorAll('.page[data-live]')) if (old !== page) old.removeAttribute('data-live');
    livePage = page;
    if (!page) return;
    page.dataset.live = '';
    drawInk();
    if (!following) return;
    const samePage = page === shownPage;
    shownPage = page;
    for (const scene of page.querySelectorAll('.scene[data-scene]')) {
      const from = Number((scene as HTMLElement).dataset.step);
      scene.dispatchEvent(
        new CustomEvent(SCENE_STEP_EVENT, { detail: { step: position.f, animate: samePage && Math.abs(from - position.f) === 1 } }),
      );
    }
    if (!samePage) page.scrollIntoView({ block: 'start' });
  };
  const setFollowing = (on: boolean): void => {
    if (following === on) return;
    following = on;
    shownPage = null;
    if (on) land();
    show();
  };
  const browse = (): void => {
    setFollowing(false);
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
    if (message.kind === 'state') {
      ink = message.ink;
      drawInk();
    }
    if (message.kind === 'ink') {
      if (message.ink.type === 'laser') laser = message.ink;
      else ink = applyInk(ink, message.ink);
      drawInk();
    }
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

  bar.back.addEventListener('click', () => {
    setFollowing(true);
  });
  window.addEventListener('wheel', browse, { passive: true });
  window.addEventListener('touchmove', browse, { passive: true });
  window.addEventListener('hashchange', browse);
  window.addEventListener('keydown', (event) => {
    if (SCROLL_KEYS.has(event.key) && !(event.target instanceof HTMLElement && event.target.closest('input, textarea, button'))) browse();
  });
  pages.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.scene-button, a[href]')) browse();
  });
  show();
}

import type { PageParams } from '../params';

/** What this window of the deck is: the projector's, the speaker view's current-slide copy, or another copy. */
export type WindowRole = 'main' | 'speaker' | 'copy';

export interface SpeakerView {
  readonly role: WindowRole;
  /** The speaker view's controls column, where features add their panels; null unless `role` is 'speaker'. */
  readonly controls: HTMLElement | null;
}

/**
 * The one answer to "is this the speaker view?". reveal's speaker view is an about:blank popup the notes plugin
 * writes; it loads the deck twice more in iframes (`?receiver`), and only the current-slide one has
 * `postMessageEvents=true`. From that iframe the popup's document is reachable (same origin), so features add
 * their lines to its controls column, between the timer and the notes.
 */
export function speakerView(params: PageParams): SpeakerView {
  if (!inSpeakerView(params)) return { role: 'main', controls: null };
  const controls = params.get('postMessageEvents') === 'true' && window.parent !== window ? parentControls() : null;
  return { role: controls ? 'speaker' : 'copy', controls };
}

/** A copy of the deck reveal's speaker view loaded (`?receiver`), before asking which copy: cheap, and DOM-free. */
export function inSpeakerView(params: Pick<PageParams, 'has'>): boolean {
  return params.has('receiver');
}

function parentControls(): HTMLElement | null {
  try {
    return window.parent.document.querySelector<HTMLElement>('#speaker-controls');
  } catch {
    // A parent on another origin: not reveal's speaker view.
    return null;
  }
}

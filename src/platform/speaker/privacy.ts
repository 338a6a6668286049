import { ON_PROJECTOR_KEY, readOnProjector, saveOnProjector } from './settings';
import type { SafeStorage } from '../storage';
import type { WindowRole } from './role';
import { channelName } from '../../model/keys';

/**
 * Where the lecturer's notices (the toasts after + / - / Q, the timing HUD, the rehearsal badge) may be drawn.
 * They belong to the speaker view. The main window, which is the projector's, draws them only when the
 * lecturer chose "show on projector", or while no speaker view is open: then it is the lecturer's only screen.
 *
 * The speaker view's current-slide copy of the deck says it is there on a BroadcastChannel (same origin, any
 * window); the main window counts it gone when it says so on closing, or after a few silent seconds.
 */

const CHANNEL = channelName('speaker');
const HEARTBEAT_MS = 1000;
// Ten heartbeats: on a busy 2-core machine the speaker view's heartbeats arrived more than 3.5 s apart, the
// projector took the view for closed and drew the lecturer's notices (1 run in 12 under load; 0 in 16 at 10 s).
// A closed view says so on pagehide, so only a crashed one waits this long.
const SILENCE_MS = 10_000;
/** How long a freshly loaded main window waits for an open speaker view to answer before drawing notices. */
const PROBE_MS = 1500;

type Message =
  | { readonly type: 'here' | 'gone' | 'who' }
  | { readonly type: 'projector'; readonly on: boolean }
  | { readonly type: 'told'; readonly message: string; readonly refused: boolean };

const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

export interface NoticePrivacy {
  /** True when this window may draw the lecturer's notices (always false in the speaker view's copies). */
  readonly open: boolean;
  readonly onProjector: boolean;
  /** Turns "show on projector" on or off in every window of the deck; false when storage would not remember it. */
  setOnProjector(on: boolean): boolean;
  /** Called when `open` or `onProjector` may have changed; returns what stops it. */
  onChange(listener: () => void): () => void;
  /** Main window: a notice for the lecturer, passed on to the speaker view. */
  tell(message: string, refused: boolean): void;
  /** Speaker view: notices the main window passed on. */
  onTold(listener: (message: string, refused: boolean) => void): () => void;
  /** Main window: it draws the speaker view's panel itself (from a file, where no copy can announce itself). */
  hostSpeaker(open: boolean): void;
}

const made = new WeakMap<object, NoticePrivacy>();

/**
 * The window's one `NoticePrivacy`, for the features that share `context`: made on first use, in the chunk of
 * the feature that first asks (print view never opens its channel, and the start-up script does not carry it).
 */
export function privacyOf(context: { readonly storage: SafeStorage; readonly speaker: { readonly role: WindowRole } }): NoticePrivacy {
  let found = made.get(context);
  if (!found) {
    found = noticePrivacy(context.storage, context.speaker.role);
    made.set(context, found);
  }
  return found;
}

/**
 * `role`: the projector's window, the speaker view's current-slide copy (which announces itself), or another
 * copy. One per window, made by the features' shared context: the agenda and the rehearsal must see the same
 * answer, and it outlives any one feature.
 */
export function noticePrivacy(storage: SafeStorage, role: WindowRole): NoticePrivacy {
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : null;
  const listeners = new Set<() => void>();
  const told = new Set<(message: string, refused: boolean) => void>();
  let onProjector = readOnProjector(storage);
  // Without BroadcastChannel no speaker view can be heard: the main window is then the lecturer's screen.
  let speaker: 'probing' | 'present' | 'absent' = channel ? 'probing' : 'absent';
  let silence: ReturnType<typeof setTimeout> | undefined;
  let hosted = false;
  const post = (message: Message): void => {
    channel?.postMessage(message);
  };
  const changed = (): void => {
    for (const listener of listeners) listener();
  };
  const setSpeaker = (next: typeof speaker): void => {
    if (next === speaker) return;
    speaker = next;
    changed();
  };
  const heard = (): void => {
    clearTimeout(silence);
    setSpeaker('present');
    silence = setTimeout(() => {
      setSpeaker('absent');
    }, SILENCE_MS);
  };
  const takeProjector = (on: boolean): void => {
    if (on === onProjector) return;
    onProjector = on;
    changed();
  };

  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isMessage(message)) return;
    if (message.type === 'projector') takeProjector(message.on);
    else if (role === 'main' && message.type === 'here') heard();
    else if (role === 'main' && message.type === 'gone') {
      clearTimeout(silence);
      setSpeaker('absent');
    } else if (role === 'speaker' && message.type === 'who') post({ type: 'here' });
    else if (role === 'speaker' && message.type === 'told') for (const listener of told) listener(message.message, message.refused);
  });
  // Another window stored the choice (BroadcastChannel missing, or a window opened later reads it at start).
  window.addEventListener('storage', (event) => {
    if (event.key === ON_PROJECTOR_KEY) takeProjector(readOnProjector(storage));
  });

  if (role === 'main') {
    post({ type: 'who' });
    silence = setTimeout(() => {
      setSpeaker('absent');
    }, PROBE_MS);
  } else if (role === 'speaker') {
    post({ type: 'here' });
    setInterval(() => {
      post({ type: 'here' });
    }, HEARTBEAT_MS);
    window.addEventListener('pagehide', () => {
      post({ type: 'gone' });
    });
  }

  return {
    get open() {
      return role === 'main' && (onProjector || (speaker === 'absent' && !hosted));
    },
    get onProjector() {
      return onProjector;
    },
    setOnProjector(on) {
      const saved = saveOnProjector(storage, on);
      post({ type: 'projector', on });
      takeProjector(on);
      return saved;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tell(message, refused) {
      if (role === 'main') post({ type: 'told', message, refused });
    },
    onTold(listener) {
      told.add(listener);
      return () => told.delete(listener);
    },
    hostSpeaker(open) {
      if (open === hosted) return;
      hosted = open;
      changed();
    },
  };
}

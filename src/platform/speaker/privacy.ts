import { ON_PROJECTOR_KEY, readOnProjector, saveOnProjector } from './settings';
import type { SafeStorage } from '../storage';
import type { WindowRole } from './role';
import { crossWindow, crossWindowWorks, type CrossWindow } from '../cross-window';
import type { SpeakerMessage } from '../../model/window-messages';

/**
 * Where the lecturer's notices (the toasts after + / - / Q, the timing HUD, the rehearsal badge) may be drawn.
 * They belong to the speaker view. The main window, which is the projector's, draws them only when the
 * lecturer chose "show on projector", or while no speaker view is open: then it is the lecturer's only screen.
 *
 * The speaker view's current-slide copy of the deck says it is there on the deck's `speaker` channel (same origin,
 * any window); the main window counts it gone when it says so on closing, or after a few silent seconds.
 */

const HEARTBEAT_MS = 1000;
// Ten heartbeats: on a busy 2-core machine the speaker view's heartbeats arrived more than 3.5 s apart, the
// projector took the view for closed and drew the lecturer's notices (1 run in 12 under load; 0 in 16 at 10 s).
// A closed view says so on pagehide, so only a crashed one waits this long.
const SILENCE_MS = 10_000;
/** How long a freshly loaded main window waits for an open speaker view to answer before drawing notices. */
const PROBE_MS = 1500;

type Presence = 'probing' | 'present' | 'absent';
type ToldListener = (message: string, refused: boolean) => void;

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
  const channel = crossWindow('speaker');
  const listeners = new Set<() => void>();
  const told = new Set<ToldListener>();
  let hosted = false;
  const changed = (): void => {
    for (const listener of listeners) listener();
  };
  // Without BroadcastChannel no speaker view can be heard: the main window is then the lecturer's screen.
  const presence = speakerPresence(crossWindowWorks() ? 'probing' : 'absent', changed);
  const projector = projectorChoice(storage, changed);
  channel.listen((message) => {
    if (message.type === 'projector') projector.take(message.on);
  });
  if (role === 'main') hearSpeakerView(channel, presence);
  else if (role === 'speaker') announceSpeakerView(channel, told);

  return {
    get open() {
      return role === 'main' && (projector.on || (presence.state === 'absent' && !hosted));
    },
    get onProjector() {
      return projector.on;
    },
    setOnProjector(on) {
      const saved = saveOnProjector(storage, on);
      channel.post({ type: 'projector', on });
      projector.take(on);
      return saved;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tell(message, refused) {
      if (role === 'main') channel.post({ type: 'told', message, refused });
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

/** The speaker view as the projector's window hears it: present while its heartbeats come, absent after a silence. */
function speakerPresence(start: Presence, changed: () => void) {
  let state = start;
  let silence: ReturnType<typeof setTimeout> | undefined;
  const set = (next: Presence): void => {
    if (next === state) return;
    state = next;
    changed();
  };
  const absentAfter = (ms: number): void => {
    clearTimeout(silence);
    silence = setTimeout(() => {
      set('absent');
    }, ms);
  };
  return {
    get state() {
      return state;
    },
    probe() {
      absentAfter(PROBE_MS);
    },
    heard() {
      set('present');
      absentAfter(SILENCE_MS);
    },
    gone() {
      clearTimeout(silence);
      set('absent');
    },
  };
}

/** "Show on projector", as stored and as changed by any window of the deck. */
function projectorChoice(storage: SafeStorage, changed: () => void) {
  let on = readOnProjector(storage);
  const take = (next: boolean): void => {
    if (next === on) return;
    on = next;
    changed();
  };
  // Another window stored the choice (BroadcastChannel missing, or a window opened later reads it at start).
  window.addEventListener('storage', (event) => {
    if (event.key === ON_PROJECTOR_KEY) take(readOnProjector(storage));
  });
  return {
    get on() {
      return on;
    },
    take,
  };
}

/** The projector's window: asks whether a speaker view is open, then follows its heartbeats. */
function hearSpeakerView(channel: CrossWindow<SpeakerMessage>, presence: ReturnType<typeof speakerPresence>): void {
  channel.listen((message) => {
    if (message.type === 'here') presence.heard();
    else if (message.type === 'gone') presence.gone();
  });
  channel.post({ type: 'who' });
  presence.probe();
}

/** The speaker view's copy: says it is there (when asked, and once a second) and when it goes; hears notices. */
function announceSpeakerView(channel: CrossWindow<SpeakerMessage>, told: ReadonlySet<ToldListener>): void {
  const here = (): void => {
    channel.post({ type: 'here' });
  };
  channel.listen((message) => {
    if (message.type === 'who') here();
    else if (message.type === 'told') for (const listener of told) listener(message.message, message.refused);
  });
  here();
  setInterval(here, HEARTBEAT_MS);
  window.addEventListener('pagehide', () => {
    channel.post({ type: 'gone' });
  });
}

import * as v from 'valibot';
import { channelName } from '../model/keys';
import { WINDOW_CHANNELS, type WindowChannel, type WindowMessage } from '../model/window-messages';

/**
 * The one way the deck's windows on this machine talk: the projector's, the speaker view's copies in their
 * iframes, another tab. Same origin only (a BroadcastChannel per name in `WINDOW_CHANNELS`, named by
 * `model/keys.ts`); every message is checked against its channel's schema on arrival, whoever sent it, and a
 * message that fails never reaches a listener. Without BroadcastChannel (an old embedded browser) nothing is
 * sent and nothing arrives. No other file opens a BroadcastChannel (a unit test scans `src/` for one).
 *
 * Where this stops, on purpose:
 * - reveal.js's own `postMessage` protocol between the speaker view's popup and its iframes
 *   (`speaker/panel.ts`, `speaker/popup.ts`, `speaker/receiver-start.ts`, `speaker/role.ts`) is reveal's: its
 *   notes plugin speaks it, so its shape is reveal's to change, not ours.
 * - `storage` events carry state already written to localStorage (the agenda's day, "show on projector"): a
 *   window that opens later reads the same state, which a message would have missed.
 */
export interface CrossWindow<T> {
  post(message: T): void;
  /** Returns what stops listening. */
  listen(listener: (message: T) => void): () => void;
  close(): void;
}

export function crossWindow<N extends WindowChannel>(name: N): CrossWindow<WindowMessage<N>> {
  type Message = WindowMessage<N>;
  const schema: v.GenericSchema<unknown, Message> = WINDOW_CHANNELS[name];
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(channelName(name)) : null;
  const listeners = new Set<(message: Message) => void>();
  const receive = (event: MessageEvent<unknown>): void => {
    const parsed = v.safeParse(schema, event.data);
    if (!parsed.success) return;
    for (const listener of listeners) listener(parsed.output);
  };
  channel?.addEventListener('message', receive);
  return {
    post(message) {
      channel?.postMessage(message);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.removeEventListener('message', receive);
      channel?.close();
    },
  };
}

/** Whether this window can hear other windows at all: without it, no speaker view can be heard. */
export const crossWindowWorks = (): boolean => 'BroadcastChannel' in window;

import type { InkMessage, Stroke } from '../../model/ink';
import type { ClassInk, ClientMessage } from '../../model/live';
import { openChannel } from '../live/channel';
import type { InkTransport } from './transport';

/** A growing stroke goes to the server at most this often: the channel allows ten messages a second. */
const STROKE_EVERY_MS = 200;
/** The laser's latest point goes at most this often (the students' dot moves in steps its trail smooths). */
const LASER_EVERY_MS = 150;

/** The class's ink as the messages that draw it: what a deck opened fresh (empty storage) applies. */
export function inkMessages(ink: ClassInk): InkMessage[] {
  return [
    ...ink.strokes.map((stroke): InkMessage => ({ type: 'stroke', stroke })),
    ...ink.keep.map((slide): InkMessage => ({ type: 'keep', slide, keep: true })),
  ];
}

/**
 * Ink over the class channel, for the lecturer's deck the class server served: what is drawn here goes to the
 * server, which keeps it for the day; the day's ink comes back in the state sent on every (re)connect. The
 * laser goes to the students, its latest point only and never queued; the lecturer's own windows have it from
 * the local transport, so a copy coming back late is ignored. What could not be sent while the channel was
 * down goes after the next connect.
 */
export function liveInkTransport(): InkTransport {
  const listeners = new Set<(message: InkMessage) => void>();
  const growing = new Map<string, Stroke>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const emit = (message: InkMessage): void => {
    for (const listener of listeners) listener(message);
  };
  const out = outbox((message) => channel.send(message));
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    for (const stroke of growing.values()) out.put({ kind: 'ink', ink: { type: 'stroke', stroke } });
    growing.clear();
  };
  const laser = laserThrottle((message) => channel.send({ kind: 'ink', ink: message }));

  const channel = openChannel({
    onMessage(message) {
      if (message.kind === 'state') {
        for (const ink of inkMessages(message.ink)) emit(ink);
        out.retry();
      } else if (message.kind === 'ink' && message.ink.type !== 'laser') emit(message.ink);
    },
    onStatus() {
      // The live feature's own channel shows the lecturer how the class is connected.
    },
  });

  return {
    send(message) {
      if (message.type === 'laser') {
        laser.send(message);
        return;
      }
      if (message.type === 'stroke') {
        growing.set(message.stroke.id, message.stroke);
        timer ??= setTimeout(flush, STROKE_EVERY_MS);
        return;
      }
      // An erase or keep after a stroke still waiting must not arrive before it.
      flush();
      out.put({ kind: 'ink', ink: message });
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      flush();
      clearTimeout(timer);
      laser.stop();
      channel.close();
    },
  };
}

/** Messages in order: once one could not be sent, the later ones wait behind it until `retry`. */
function outbox(send: (message: ClientMessage) => boolean): { put(message: ClientMessage): void; retry(): void } {
  let unsent: ClientMessage[] = [];
  const put = (message: ClientMessage): void => {
    if (unsent.length > 0 || !send(message)) unsent.push(message);
  };
  return {
    put,
    retry() {
      const waiting = unsent;
      unsent = [];
      for (const message of waiting) put(message);
    },
  };
}

/** The laser's latest point, at most every LASER_EVERY_MS; the points between are dropped, never queued. */
function laserThrottle(deliver: (message: InkMessage) => void): { send(message: InkMessage): void; stop(): void } {
  let laser: InkMessage | undefined;
  let laserTimer: ReturnType<typeof setTimeout> | undefined;
  let laserSent = 0;
  return {
    send(message) {
      laser = message;
      laserTimer ??= setTimeout(
        () => {
          laserTimer = undefined;
          laserSent = Date.now();
          if (laser) deliver(laser);
          laser = undefined;
        },
        Math.max(0, laserSent + LASER_EVERY_MS - Date.now()),
      );
    },
    stop() {
      clearTimeout(laserTimer);
    },
  };
}

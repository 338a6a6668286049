/**
 * The class channel in the browser: one WebSocket to the class server that reconnects on its own (with
 * backoff), resyncs from the whole state the server sends on every connect, and says how it is doing. Every
 * message that arrives is parsed by the shared schema; anything else is ignored. Nothing here reloads a page.
 */
import * as v from 'valibot';
import { CHANNEL_PATH, ServerMessageSchema, type ClientMessage, type ServerMessage } from '../../model/live';
import { backoffMs } from './backoff';

export type ChannelStatus =
  | { readonly kind: 'connecting' }
  /** `delayMs`: half the last round trip, once measured. */
  | { readonly kind: 'live'; readonly delayMs: number | undefined }
  | { readonly kind: 'reconnecting'; readonly inMs: number }
  /** Several attempts failed: the server is gone or the network is. Attempts go on. */
  | { readonly kind: 'offline'; readonly inMs: number };

export interface ChannelOptions {
  /** Sent first on every connect (the device's hello), before anything queued. */
  readonly hello?: () => ClientMessage | undefined;
  readonly onMessage: (message: ServerMessage) => void;
  readonly onStatus: (status: ChannelStatus) => void;
  /** The page's URL, to find the channel beside it. */
  readonly base?: string;
}

export interface Channel {
  /** False when not connected: the caller keeps what it meant to send (a position is sent again on connect). */
  send(message: ClientMessage): boolean;
  close(): void;
}

const PING_MS = 5000;
/** Failed attempts before the status says offline rather than reconnecting. */
const OFFLINE_AFTER = 3;

export function channelUrl(base: string): string {
  const url = new URL(CHANNEL_PATH, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = '';
  url.hash = '';
  return url.href;
}

export function openChannel({ hello, onMessage, onStatus, base = location.href }: ChannelOptions): Channel {
  const url = channelUrl(base);
  let socket: WebSocket | undefined;
  let failures = 0;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let ping: ReturnType<typeof setInterval> | undefined;
  let awaitingPong = false;

  const schedule = (): void => {
    if (closed || retry !== undefined) return;
    const inMs = backoffMs(failures, Math.random());
    failures++;
    onStatus(failures > OFFLINE_AFTER ? { kind: 'offline', inMs } : { kind: 'reconnecting', inMs });
    retry = setTimeout(() => {
      retry = undefined;
      connect();
    }, inMs);
  };

  const drop = (): void => {
    clearInterval(ping);
    ping = undefined;
    const old = socket;
    socket = undefined;
    if (old) {
      old.onopen = old.onmessage = old.onclose = old.onerror = null;
      old.close();
    }
  };

  const connect = (): void => {
    if (closed) return;
    drop();
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      failures = 0;
      awaitingPong = false;
      const first = hello?.();
      if (first) ws.send(JSON.stringify(first));
      onStatus({ kind: 'live', delayMs: undefined });
      const sendPing = (): void => {
        // A laptop that slept keeps a socket that looks open and carries nothing: no answer, a new connection.
        if (awaitingPong) {
          drop();
          schedule();
          return;
        }
        awaitingPong = true;
        ws.send(JSON.stringify({ kind: 'ping', t: performance.now() } satisfies ClientMessage));
      };
      sendPing();
      ping = setInterval(sendPing, PING_MS);
    };
    ws.onmessage = (event: MessageEvent<unknown>) => {
      if (typeof event.data !== 'string') return;
      let json: unknown;
      try {
        json = JSON.parse(event.data);
      } catch {
        return;
      }
      const parsed = v.safeParse(ServerMessageSchema, json);
      if (!parsed.success) return;
      if (parsed.output.kind === 'pong') {
        awaitingPong = false;
        onStatus({ kind: 'live', delayMs: Math.max(0, (performance.now() - parsed.output.t) / 2) });
        return;
      }
      onMessage(parsed.output);
    };
    ws.onclose = () => {
      drop();
      schedule();
    };
  };

  // Back on the network, or the laptop woke: try now rather than at the end of a long backoff.
  const now = (): void => {
    if (closed || socket?.readyState === WebSocket.OPEN) return;
    clearTimeout(retry);
    retry = undefined;
    connect();
  };
  window.addEventListener('online', now);
  onStatus({ kind: 'connecting' });
  connect();

  return {
    send(message) {
      if (socket?.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    close() {
      closed = true;
      clearTimeout(retry);
      window.removeEventListener('online', now);
      drop();
    },
  };
}

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
  const link: Link = { url: channelUrl(base), hello, onMessage, onStatus, failures: 0, closed: false, awaitingPong: false };
  // Back on the network, or the laptop woke: try now rather than at the end of a long backoff.
  const now = (): void => {
    if (link.closed || link.socket?.readyState === WebSocket.OPEN) return;
    clearTimeout(link.retry);
    link.retry = undefined;
    connect(link);
  };
  window.addEventListener('online', now);
  onStatus({ kind: 'connecting' });
  connect(link);

  return {
    send(message) {
      if (link.socket?.readyState !== WebSocket.OPEN) return false;
      link.socket.send(JSON.stringify(message));
      return true;
    },
    close() {
      link.closed = true;
      clearTimeout(link.retry);
      window.removeEventListener('online', now);
      drop(link);
    },
  };
}

/** The channel between connections: one record, so the named parts below share it. */
interface Link {
  readonly url: string;
  readonly hello: ChannelOptions['hello'];
  readonly onMessage: ChannelOptions['onMessage'];
  readonly onStatus: ChannelOptions['onStatus'];
  socket?: WebSocket | undefined;
  failures: number;
  closed: boolean;
  retry?: ReturnType<typeof setTimeout> | undefined;
  ping?: ReturnType<typeof setInterval> | undefined;
  awaitingPong: boolean;
}

function schedule(link: Link): void {
  if (link.closed || link.retry !== undefined) return;
  const inMs = backoffMs(link.failures, Math.random());
  link.failures++;
  link.onStatus(link.failures > OFFLINE_AFTER ? { kind: 'offline', inMs } : { kind: 'reconnecting', inMs });
  link.retry = setTimeout(() => {
    link.retry = undefined;
    connect(link);
  }, inMs);
}

function drop(link: Link): void {
  clearInterval(link.ping);
  link.ping = undefined;
  const old = link.socket;
  link.socket = undefined;
  if (old) {
    old.onopen = old.onmessage = old.onclose = old.onerror = null;
    old.close();
  }
}

function connect(link: Link): void {
  if (link.closed) return;
  drop(link);
  const ws = new WebSocket(link.url);
  link.socket = ws;
  ws.onopen = () => {
    opened(link, ws);
  };
  ws.onmessage = (event: MessageEvent<unknown>) => {
    const message = parseServerMessage(event.data);
    if (!message) return;
    if (message.kind === 'pong') {
      link.awaitingPong = false;
      link.onStatus({ kind: 'live', delayMs: Math.max(0, (performance.now() - message.t) / 2) });
      return;
    }
    link.onMessage(message);
  };
  ws.onclose = () => {
    drop(link);
    schedule(link);
  };
}

/** Connected: the hello first, then a ping every PING_MS whose pong measures the delay. */
function opened(link: Link, ws: WebSocket): void {
  link.failures = 0;
  link.awaitingPong = false;
  const first = link.hello?.();
  if (first) ws.send(JSON.stringify(first));
  link.onStatus({ kind: 'live', delayMs: undefined });
  const sendPing = (): void => {
    // A laptop that slept keeps a socket that looks open and carries nothing: no answer, a new connection.
    if (link.awaitingPong) {
      drop(link);
      schedule(link);
      return;
    }
    link.awaitingPong = true;
    ws.send(JSON.stringify({ kind: 'ping', t: performance.now() } satisfies ClientMessage));
  };
  sendPing();
  link.ping = setInterval(sendPing, PING_MS);
}

/** A message the shared schema accepts, else undefined (ignored by the caller). */
function parseServerMessage(data: unknown): ServerMessage | undefined {
  if (typeof data !== 'string') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(ServerMessageSchema, json);
  return parsed.success ? parsed.output : undefined;
}

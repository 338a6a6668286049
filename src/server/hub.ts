/**
 * The one WebSocket channel: who is connected in which role, every message checked (size, rate, schema, role)
 * before a handler sees it, and the class state fanned out. Whatever is dropped is counted, never relayed.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { LIVE_LIMITS, type ClientMessage, type Role, type ServerMessage } from '../model/live';
import { checkMessage } from './check-message';
import * as state from './class-state';
import { DROP_REASONS, noDrops, rateLimiter, type DropCounts, type DropReason, type RateLimiter } from './limits';
import type { StateStore } from './store';

export interface Connection {
  readonly socket: WebSocket;
  readonly role: Role;
  readonly limiter: RateLimiter;
  device?: string;
  alive: boolean;
}

export interface Hub {
  /** Takes over an HTTP upgrade request, in the role the request's cookies earned. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, role: Role): void;
  stats(): { connections: Record<Role, number>; dropped: DropCounts };
  close(): void;
}

type Handlers = { [K in ClientMessage['kind']]: (hub: HubCore, from: Connection, message: Extract<ClientMessage, { kind: K }>) => void };

interface HubCore {
  readonly state: state.ClassState;
  readonly connections: Set<Connection>;
  send(to: Connection, message: ServerMessage): void;
  /** One serialisation for every receiver: a slide change reaches a thousand students at the cost of one. */
  broadcast(message: ServerMessage, to?: (c: Connection) => boolean): void;
  changed(): void;
  sendPractice(): void;
  sendQuestions(): void;
  sendMarks(device: string): void;
}

const staff = (c: Connection): boolean => c.role !== 'student';

/** One handler per kind: a new kind of message is one schema in model/live.ts and one line here. */
const HANDLERS: Handlers = {
  hello(hub, from, { device }) {
    if (from.device !== undefined) return;
    from.device = device;
    hub.sendMarks(device);
    hub.send(from, { kind: 'questions', questions: state.questionsFor(hub.state, device) });
    if (from.role === 'student') hub.sendPractice();
  },
  ping(hub, from, { t }) {
    hub.send(from, { kind: 'pong', t });
  },
  go(hub, _from, { position }) {
    if (!state.setPosition(hub.state, position)) return;
    hub.broadcast({ kind: 'position', position });
    hub.changed();
  },
  step(hub, _from, { by }) {
    hub.broadcast({ kind: 'step', by }, (c) => c.role === 'lecturer');
  },
  mark(hub, from, { task, mark }) {
    if (from.device === undefined || !state.setMark(hub.state, from.device, task, mark)) return;
    hub.sendMarks(from.device);
    hub.sendPractice();
    hub.changed();
  },
  ask(hub, from, { text }) {
    if (from.device === undefined || !state.ask(hub.state, from.device, text, Date.now())) return;
    hub.sendQuestions();
    hub.changed();
  },
  vote(hub, from, { id, up }) {
    if (from.device === undefined || !state.vote(hub.state, from.device, id, up)) return;
    hub.sendQuestions();
    hub.changed();
  },
  ink(hub, from, { ink }) {
    // The laser is relayed and never kept; other ink is kept for the day and reaches the other connections.
    const lasting = state.applyClassInk(hub.state, ink);
    if (!lasting && ink.type !== 'laser') return;
    hub.broadcast({ kind: 'ink', ink }, (c) => c !== from);
    if (lasting) hub.changed();
  },
  answered(hub, _from, { id, answered }) {
    if (!state.markAnswered(hub.state, id, answered)) return;
    hub.sendQuestions();
    hub.changed();
  },
};

function dispatch(hub: HubCore, from: Connection, message: ClientMessage): void {
  // The variant narrows `message` for its own handler; TypeScript cannot follow that through an index.
  (HANDLERS[message.kind] as (hub: HubCore, from: Connection, message: ClientMessage) => void)(hub, from, message);
}

function connectedStudents(connections: Iterable<Connection>): Set<string> {
  const devices = new Set<string>();
  for (const c of connections) if (c.role === 'student' && c.device !== undefined) devices.add(c.device);
  return devices;
}

export function createHub(classState: state.ClassState, store: StateStore, heartbeatMs = 30_000): Hub {
  const server = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024, perMessageDeflate: false });
  const connections = new Set<Connection>();
  const dropped = noDrops();
  const core = hubCore(classState, store, connections);
  const heartbeat = startHeartbeat(connections, heartbeatMs);

  return {
    upgrade(request, socket, head, role) {
      server.handleUpgrade(request, socket, head, (ws) => {
        attach(core, dropped, ws, role);
      });
    },
    stats() {
      const count: Record<Role, number> = { lecturer: 0, student: 0, remote: 0 };
      for (const c of connections) count[c.role]++;
      return { connections: count, dropped: Object.fromEntries(DROP_REASONS.map((r) => [r, dropped[r]])) as Record<DropReason, number> };
    },
    close() {
      clearInterval(heartbeat);
      for (const c of connections) c.socket.terminate();
      server.close();
      store.flush();
    },
  };
}

/** What the handlers may do: send to one, to many, and save the state they changed. */
function hubCore(classState: state.ClassState, store: StateStore, connections: Set<Connection>): HubCore {
  const core: HubCore = {
    state: classState,
    connections,
    send(to, message) {
      if (to.socket.readyState === to.socket.OPEN) to.socket.send(JSON.stringify(message));
    },
    broadcast(message, to = () => true) {
      const text = JSON.stringify(message);
      for (const c of connections) if (to(c) && c.socket.readyState === c.socket.OPEN) c.socket.send(text);
    },
    changed() {
      store.save(classState);
    },
    sendPractice() {
      core.broadcast({ kind: 'practice', practice: state.practice(classState, connectedStudents(connections)) }, staff);
    },
    sendQuestions() {
      // Each device sees which questions are its own: one list per device, not per connection.
      const lists = new Map<string | undefined, string>();
      for (const c of connections) {
        if (c.socket.readyState !== c.socket.OPEN) continue;
        const key = c.role === 'student' ? c.device : undefined;
        let text = lists.get(key);
        if (text === undefined) {
          text = JSON.stringify({ kind: 'questions', questions: state.questionsFor(classState, key) } satisfies ServerMessage);
          lists.set(key, text);
        }
        c.socket.send(text);
      }
    },
    sendMarks(device) {
      const text = JSON.stringify({ kind: 'marks', marks: state.myMarks(classState, device) } satisfies ServerMessage);
      for (const c of connections) if (c.device === device && c.socket.readyState === c.socket.OPEN) c.socket.send(text);
    },
  };
  return core;
}

/** A new connection: every message it sends checked, then dispatched; the whole state sent to it first. */
function attach(core: HubCore, dropped: DropCounts, socket: WebSocket, role: Role): void {
  const { connections, state: classState } = core;
  const connection: Connection = {
    socket,
    role,
    limiter: rateLimiter(LIVE_LIMITS.burst, LIVE_LIMITS.perSecond, Date.now()),
    alive: true,
  };
  connections.add(connection);
  socket.on('message', (data, binary) => {
    receive(core, dropped, connection, data, binary);
  });
  socket.on('pong', () => {
    connection.alive = true;
  });
  // A message over ws's own cap closes the socket with an error: counted like any oversized one.
  socket.on('error', () => {
    dropped.oversized++;
  });
  socket.on('close', () => {
    connections.delete(connection);
    if (connection.role === 'student' && connection.device !== undefined) core.sendPractice();
  });
  core.send(connection, {
    kind: 'state',
    role,
    position: classState.position,
    practice: state.practice(classState, connectedStudents(connections)),
    questions: state.questionsFor(classState, undefined),
    marks: {},
    ink: classState.ink,
  });
}

function receive(core: HubCore, dropped: DropCounts, from: Connection, data: RawData, binary: boolean): void {
  const message = checkMessage(data, binary, from.role, from.limiter, Date.now());
  if (typeof message === 'string') dropped[message]++;
  else dispatch(core, from, message);
}

/** A laptop that slept or left the Wi-Fi never says goodbye: a connection that misses a ping is closed. */
function startHeartbeat(connections: Set<Connection>, heartbeatMs: number): ReturnType<typeof setInterval> {
  const heartbeat = setInterval(() => {
    for (const c of connections) {
      if (!c.alive) {
        c.socket.terminate();
        continue;
      }
      c.alive = false;
      c.socket.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();
  return heartbeat;
}

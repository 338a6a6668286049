import type { InkMessage } from '../../model/ink';
import { crossWindow } from '../cross-window';

/**
 * How ink travels between the deck's windows: the speaker view draws, the projector shows. The local transport
 * is this machine's windows; the class server's channel can carry the same messages (same schema) to students.
 */
export interface InkTransport {
  send(message: InkMessage): void;
  /** Messages from the other windows, already checked against the schema. Returns what stops listening. */
  onMessage(listener: (message: InkMessage) => void): () => void;
  close(): void;
}

export function localInkTransport(): InkTransport {
  const channel = crossWindow('ink');
  return {
    send: (message) => {
      channel.post(message);
    },
    onMessage: (listener) => channel.listen(listener),
    close: () => {
      channel.close();
    },
  };
}

/**
 * The local transport and one that arrives later (the class channel, loaded only in a live class): both carry
 * what is sent; what either receives reaches the listeners. Until `later` resolves only the local one works.
 */
export function withLaterTransport(local: InkTransport, later: Promise<InkTransport>): InkTransport {
  const listeners = new Set<(message: InkMessage) => void>();
  let remote: InkTransport | undefined;
  let closed = false;
  void later.then((transport) => {
    if (closed) {
      transport.close();
      return;
    }
    remote = transport;
    transport.onMessage((message) => {
      for (const listener of listeners) listener(message);
    });
  });
  return {
    send(message) {
      local.send(message);
      remote?.send(message);
    },
    onMessage(listener) {
      listeners.add(listener);
      const stop = local.onMessage(listener);
      return () => {
        listeners.delete(listener);
        stop();
      };
    },
    close() {
      closed = true;
      local.close();
      remote?.close();
    },
  };
}

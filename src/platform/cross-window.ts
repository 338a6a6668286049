/**
 * Messages between the windows of the deck on this machine: the projector's, the speaker view's copies in their
 * iframes, another tab. Same origin only (a BroadcastChannel); every message is checked by `parse` on arrival,
 * whoever sent it. Without BroadcastChannel (an old embedded browser) nothing is sent and nothing arrives.
 */
export interface CrossWindow<T> {
  post(message: T): void;
  /** Returns what stops listening. */
  listen(listener: (message: T) => void): () => void;
  close(): void;
}

export function crossWindow<T>(name: string, parse: (value: unknown) => T | undefined): CrossWindow<T> {
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(name) : null;
  const listeners = new Set<(message: T) => void>();
  const receive = (event: MessageEvent<unknown>): void => {
    const message = parse(event.data);
    if (message === undefined) return;
    for (const listener of listeners) listener(message);
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

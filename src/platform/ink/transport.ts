import { InkMessageSchema, type InkMessage } from '../../model/ink';
import { parsedBy } from '../../core/parsed-by';
import { crossWindow } from '../cross-window';
import { channelName } from '../../model/keys';

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

const CHANNEL = channelName('ink');

export function localInkTransport(): InkTransport {
  const channel = crossWindow(CHANNEL, parsedBy(InkMessageSchema));
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

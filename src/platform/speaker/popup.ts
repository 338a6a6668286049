/**
 * The speaker view's popup, as the projector's window knows it. reveal's notes plugin keeps its window to
 * itself, but the popup talks to its opener (handshake, state, heartbeat), and each message carries its
 * window as `source`. A feature that must show something to the lecturer (the rehearsal dialog) draws it in
 * that document while the popup is open. `file://` keeps the two apart: then there is no document to reach.
 */
export interface SpeakerPopup {
  /** The open popup's document; undefined when none is open or the browser keeps it out of reach. */
  document(): Document | undefined;
  dispose(): void;
}

export function speakerPopup(home: Window = window): SpeakerPopup {
  let popup: Window | undefined;
  const heard = (event: MessageEvent<unknown>): void => {
    const source = event.source;
    if (source === null || source === home || !('opener' in source)) return;
    try {
      if (source.opener === home) popup = source;
    } catch {
      // Another origin's window: not the speaker view.
    }
  };
  home.addEventListener('message', heard);
  return {
    document() {
      if (!popup || popup.closed) return undefined;
      try {
        return popup.document;
      } catch {
        return undefined;
      }
    },
    dispose() {
      home.removeEventListener('message', heard);
      popup = undefined;
    },
  };
}

import type { ChannelStatus } from '../../platform/live/channel';

/** Above this, the status line says how far behind the lecturer this screen is. */
const SHOW_DELAY_MS = 250;

export function liveStatusText(status: ChannelStatus, following: boolean): string {
  switch (status.kind) {
    case 'connecting':
      return 'Connecting to the class…';
    case 'live': {
      const delay =
        status.delayMs !== undefined && status.delayMs > SHOW_DELAY_MS ? `, ${(status.delayMs / 1000).toFixed(1)} s behind` : '';
      return following ? `Live: following the lecturer${delay}` : `Live · you are browsing on your own${delay}`;
    }
    case 'reconnecting':
      return `Reconnecting to the class in ${String(Math.ceil(status.inMs / 1000))} s…`;
    case 'offline':
      return 'Offline: the class server does not answer. The clock and countdown still run; trying again.';
  }
}

export interface LiveBar {
  show(status: ChannelStatus, following: boolean): void;
  readonly back: HTMLButtonElement;
  readonly element: HTMLElement;
}

/** The strip at the bottom of the student view: the channel in words (role="status") and "Back to live". */
export function liveBar(doc: Document): LiveBar {
  const bar = doc.createElement('div');
  bar.className = 'live-bar';
  const line = bar.appendChild(doc.createElement('p'));
  line.className = 'live-status';
  line.setAttribute('role', 'status');
  const back = bar.appendChild(doc.createElement('button'));
  back.type = 'button';
  back.className = 'live-back';
  back.textContent = 'Back to live';
  back.hidden = true;
  doc.body.append(bar);
  doc.body.classList.add('has-live-bar');
  return {
    back,
    element: bar,
    show(status, following) {
      const text = liveStatusText(status, following);
      // Only a change of words is announced: the delay is measured every few seconds.
      if (line.textContent !== text) line.textContent = text;
      bar.dataset.status = status.kind;
      if (status.kind === 'live' && status.delayMs !== undefined) bar.dataset.delay = String(Math.round(status.delayMs));
      back.hidden = following;
    },
  };
}

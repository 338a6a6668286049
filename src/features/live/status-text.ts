import type { ChannelStatus } from '../../platform/live/channel';

/** The channel's state in words, for the speaker view and the phone. */
export function statusText(status: ChannelStatus, students: number): string {
  switch (status.kind) {
    case 'connecting':
      return 'Connecting to the class server…';
    case 'live':
      return `Live · ${String(students)} student${students === 1 ? '' : 's'} connected`;
    case 'reconnecting':
      return `Class server lost · reconnecting in ${String(Math.ceil(status.inMs / 1000))} s`;
    case 'offline':
      return `Class server offline · trying again in ${String(Math.ceil(status.inMs / 1000))} s`;
  }
}

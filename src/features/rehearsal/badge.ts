import { formatDurationMs } from '../../model/time';
import type { Disposer } from '../../platform/feature';
import { reserveTop } from '../../platform/reserve-top';
import type { RehearsalMessage } from '../../model/window-messages';
import type { CrossWindow } from '../../platform/cross-window';
import type { RehearsalStatus } from './status';
import { keyOf } from '../../model/keymap';

export interface RehearsalBadge {
  /** Shows a status on the badge, and sends it to the speaker view. `open`: the badge may show on this screen. */
  show(status: RehearsalStatus, open: boolean): void;
}

/** The badge at the top of the recording window, and what the speaker view is sent to show the same. */
export function rehearsalBadge(held: Disposer, channel: Pick<CrossWindow<RehearsalMessage>, 'post'>): RehearsalBadge {
  const badge = document.createElement('div');
  badge.className = 'rehearsal-badge';
  badge.setAttribute('role', 'status');
  badge.hidden = true;
  document.body.append(badge);
  held.defer(() => {
    badge.remove();
  });
  held.defer(reserveTop(badge, 'badge'));
  return {
    show(status, open) {
      if ('notice' in status) {
        badge.hidden = !open || status.notice === '';
        badge.classList.toggle('notice', status.notice !== '');
        badge.textContent = status.notice;
        channel.post({ type: 'notice', notice: status.notice });
        return;
      }
      const { keeping, ...run } = status;
      badge.hidden = !open;
      badge.classList.remove('notice');
      badge.classList.toggle('paused', run.paused);
      badge.classList.toggle('unsaved', !keeping);
      // Storage refused the run: the lecturer must know before rehearsing for an hour, not after a reload.
      const kept = keeping ? '' : ` · NOT SAVED (storage refused): press ${keyOf('rehearsal.dialog')}, Stop, Export JSON`;
      badge.textContent = `${run.paused ? '❚❚ Paused' : '● Rehearsing'} · slide ${formatDurationMs(run.onSlideMs)} / ${formatDurationMs(run.plannedSlideS * 1000)} · run ${formatDurationMs(run.totalMs)}${kept}`;
      channel.post({ type: 'run', run });
    },
  };
}

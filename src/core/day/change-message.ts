import { blockTitle, formatSpan, type Schedule } from '../agenda';
import { sameClockTime } from '../../model/time';
import type { AgendaState } from './agenda-state';
import { formatDelta } from './format';

/**
 * A change to the day in a line the room can read: "Install Docker +5 min · Container Fun now 10:55–14:00".
 * Made from the two states and schedules, so a window that only learns of the change through storage (the
 * speaker view's, or the projector's when the keys were pressed in the speaker view) says the same.
 */
export function describeChange(
  before: { readonly state: AgendaState; readonly schedule: Schedule },
  after: { readonly state: AgendaState; readonly schedule: Schedule },
): string | undefined {
  const title = (id: string): string => blockTitle(after.schedule, id) ?? blockTitle(before.schedule, id) ?? id;
  const parts: string[] = [];
  const paused = after.state.pause;
  const resumed = before.state.pause;
  if (resumed && resumed.blockId !== paused?.blockId) parts.push(`Resumed ${title(resumed.blockId)}`);
  if (paused && paused.blockId !== resumed?.blockId) parts.push(`Paused ${title(paused.blockId)} for questions · Q resumes`);

  const ids = new Set([...Object.keys(before.state.adjustments), ...Object.keys(after.state.adjustments)]);
  const changed = [...ids].filter((id) => (after.state.adjustments[id] ?? 0) !== (before.state.adjustments[id] ?? 0));
  for (const id of changed) {
    parts.push(`${title(id)} ${formatDelta((after.state.adjustments[id] ?? 0) - (before.state.adjustments[id] ?? 0))}`);
  }
  // The blocks that gave or took the time: their length changed though nobody adjusted them.
  for (const block of after.schedule.blocks) {
    const old = before.schedule.blocks.find((b) => b.id === block.id);
    if (changed.includes(block.id) || !old || sameClockTime(old.minutes, block.minutes)) continue;
    parts.push(`${block.title} now ${formatSpan(block.start, block.end)}`);
  }
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

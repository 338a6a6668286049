import { formatClock, formatDurationMs, isGap, positionAt, type BlockKind, type Schedule, type ScheduleItem } from '../../core/agenda';
import { spokenCountdown } from '../../core/day/countdown-cue';
import { countdownState, type CountdownState, type CountdownTarget, type PauseAt } from '../../core/day/countdown-state';
import { countdownText, type CountdownPhase } from '../../core/day/countdown-text';

/** What the student view's header says at a moment of the day: plain strings, tested without a page. */
export interface StudentNow {
  readonly phase: CountdownPhase | 'before-class' | 'after-class';
  /** The schedule item the clock is in; undefined before and after class. */
  readonly index: number | undefined;
  /** The block running now; undefined before and after class and during a break. */
  readonly blockId: string | undefined;
  readonly kind: BlockKind | 'break' | 'free' | undefined;
  /** "Install Docker", "Lunch", or "Class" before and after it. */
  readonly title: string;
  /** The big line: time left, "starts at 09:00", "over". */
  readonly main: string;
  readonly label: string;
  readonly next: string;
  /** The count itself, for the cues a screen reader hears (core/day/countdown-cue); none outside class. */
  readonly countdown?: CountdownState;
  /** The header in one sentence, as the status region says it. */
  readonly spoken?: string;
}

const nextLine = (next: ScheduleItem | undefined): string => (next ? `Next: ${next.title} at ${formatClock(next.start)}` : '');

/**
 * The block (or break) the class clock is in at `minutes` since midnight, with its countdown as the deck's
 * countdown slides word it. A pause the lecturer holds for questions freezes it, as on the projector.
 */
export function studentNow(schedule: Schedule, minutes: number, pause?: PauseAt): StudentNow {
  const position = positionAt(schedule, minutes);
  if (position.phase === 'before') {
    return {
      phase: 'before-class',
      index: undefined,
      blockId: undefined,
      kind: undefined,
      title: 'Class',
      main: `starts at ${formatClock(schedule.start)}`,
      label: `in ${formatDurationMs(position.msLeft)}`,
      next: nextLine(position.next),
    };
  }
  if (position.phase === 'after') {
    return {
      phase: 'after-class',
      index: undefined,
      blockId: undefined,
      kind: undefined,
      title: 'Class',
      main: 'is over',
      label: `ended ${formatClock(schedule.end)}`,
      next: '',
    };
  }
  const { item } = position;
  const gap = isGap(item);
  const target: CountdownTarget = gap ? { kind: 'gap', start: item.start, end: item.end } : { kind: 'block', blockId: item.blockId };
  const countdown = countdownState(schedule, target, minutes, pause);
  const text = countdownText(countdown, { title: item.title, gap, classEnd: schedule.end });
  return {
    phase: text.phase,
    index: position.index,
    blockId: gap ? undefined : item.blockId,
    kind: item.kind,
    title: item.title,
    main: text.main,
    // The deck's wording tells the lecturer which key resumes; a student only needs to know why it stopped.
    label: text.phase === 'paused' ? 'paused for questions' : text.label,
    next: text.next,
    countdown,
    spoken: spokenCountdown(countdown, text),
  };
}

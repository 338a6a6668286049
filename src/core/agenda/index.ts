/** The class agenda: pure schedule, per-slide timing, clock and URL parameters. */
export type {
  AgendaBlock,
  BlockItem,
  BlockKind,
  BlockLength,
  Break,
  GapItem,
  Schedule,
  ScheduledBlock,
  ScheduleInput,
  ScheduleItem,
} from './model';
export { isGap } from './model';
export { blockTitle } from './block-title';
export { AGENDA_DEFAULTS, MAX_BREAKS } from '../../model/config';
export { formatClock, formatDurationMs, formatLengthMinutes, formatSpan, parseClock, parseDate } from '../../model/time';
export { computeSchedule, nearestSaneSchedule, type ScheduleResult } from './schedule';
export { NO_BREAKS, readAgendaParams, type AgendaOptions, type ClassTimes, type QueryValues } from './params';
export { clockMinutes, clockStartingAt, minutesOfDay, realClock, type Clock } from './clock';
export { minutesAhead, positionAt, type Position } from './position';
export { agendaBlocks, slideTimings, type BlockSlides, type SlideTime, type SlideTimings, type TimedEntry } from './timing';

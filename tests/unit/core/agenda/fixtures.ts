import { expect } from 'vitest';
import { formatClock, parseClock, type AgendaBlock, type Schedule, type ScheduleResult } from '../../../../src/core/agenda';

/** Minutes since midnight from "HH:MM", failing loudly on a typo in a test. */
export function at(text: string): number {
  const minutes = parseClock(text);
  if (minutes === undefined) throw new Error(`bad clock time in test: ${text}`);
  return minutes;
}

/** The seed's class day, with the lecture's slides summing to 50 minutes. */
export const SEED: readonly AgendaBlock[] = [
  { id: 'lecture', title: 'VMs vs Docker', kind: 'lecture', length: { type: 'fixed', minutes: 50 } },
  { id: 'install', title: 'Install Docker', kind: 'practice', length: { type: 'fixed', minutes: 30 } },
  { id: 'demo', title: 'Container Demo', kind: 'demo', length: { type: 'fixed', minutes: 10 } },
  { id: 'short', title: 'First Containers', kind: 'practice', length: { type: 'fixed', minutes: 20 } },
  { id: 'long', title: 'Container Fun', kind: 'practice', length: { type: 'until-before-end', minutes: 60 } },
  { id: 'planning-lecture', title: 'Project Planning', kind: 'lecture', length: { type: 'fixed', minutes: 15 } },
  { id: 'planning', title: 'Project Planning Time', kind: 'planning', length: { type: 'fixed', minutes: 45 } },
];

export const seedDay = { blocks: SEED, start: at('09:00'), end: at('15:00') };

/** The schedule as readable lines: "09:00–09:50 lecture". */
export function lines(schedule: Schedule): string[] {
  return schedule.items.map(
    (item) => `${formatClock(item.start)}–${formatClock(item.end)} ${'blockId' in item ? item.blockId : item.kind}`,
  );
}

export function scheduleOf(result: ScheduleResult): Schedule {
  if (!result.ok) throw new Error(`expected a schedule, got: ${result.errors.join(' / ')}`);
  return result.schedule;
}

export function errorsOf(result: ScheduleResult): string[] {
  if (result.ok) throw new Error('expected errors, got a schedule');
  return result.errors;
}

export function expectTiles(schedule: Schedule): void {
  expect(schedule.items[0]?.start).toBe(schedule.start);
  expect(schedule.items.at(-1)?.end).toBe(schedule.end);
  schedule.items.forEach((item, i) => {
    expect(item.end).toBeGreaterThan(item.start);
    if (i > 0) expect(item.start).toBe(schedule.items[i - 1]?.end);
  });
}

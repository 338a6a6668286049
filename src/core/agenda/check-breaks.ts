import { AGENDA_DEFAULTS } from '../../model/config.ts';
import type { Break } from './model.ts';
import { toMinutes, toSeconds, type TitledSpan } from './plan.ts';
import type { Report } from './report.ts';
import type { Span } from './spans.ts';
import { formatSpan } from '../../model/time.ts';

/** The breaks layout can use: inside the class, sorted, disjoint. `day` is in seconds. */
export function checkBreaks(breaks: readonly Break[], day: Span, report: Report): TitledSpan[] {
  const dayLabel = formatSpan(toMinutes(day.start), toMinutes(day.end));
  const kept: TitledSpan[] = [];
  const sorted = [...breaks].sort((a, b) => a.start - b.start);
  for (const pause of sorted) {
    const label = `break ${formatSpan(pause.start, pause.end)}`;
    const start = toSeconds(pause.start);
    const end = toSeconds(pause.end);
    if (!(start < end)) {
      report.problem(`${label} does not end after it starts`, 'ignored');
      continue;
    }
    const inside = { start: Math.max(start, day.start), end: Math.min(end, day.end) };
    if (inside.start >= inside.end) {
      report.problem(`${label} is outside the class (${dayLabel})`, 'ignored');
      continue;
    }
    if (inside.start !== start || inside.end !== end) {
      report.problem(
        `${label} runs outside the class (${dayLabel})`,
        `shortened to ${formatSpan(toMinutes(inside.start), toMinutes(inside.end))}`,
      );
    }
    const previous = kept.at(-1);
    if (previous && inside.start < previous.end) {
      const previousLabel = formatSpan(toMinutes(previous.start), toMinutes(previous.end));
      report.problem(`breaks ${previousLabel} and ${formatSpan(pause.start, pause.end)} overlap`, `${label} ignored`);
      continue;
    }
    kept.push({ ...inside, title: pause.title ?? AGENDA_DEFAULTS.breakTitle });
  }
  return kept;
}

import { classDateText } from '../model/class-day';
import { formatSpan } from '../model/time';

/**
 * The title slide's date line (`[[date]]` in a slide file): the day the deck runs (the URL's `date=`, the class
 * file's, else today) and its class times, which `start=`/`end=` and the lecturer's changes may move.
 */
export function fillClassDates(root: ParentNode, iso: string, schedule: { start: number; end: number }): void {
  const text = `${classDateText(iso)} · ${formatSpan(schedule.start, schedule.end)}`;
  for (const element of root.querySelectorAll<HTMLElement>('[data-class-date]')) {
    if (element.textContent !== text) element.textContent = text;
  }
}

// Kept after first use, like the long date's: the speaker view's clock asks for it every second.
let shortDate: Intl.DateTimeFormat | undefined;

/** "Wed 9 Dec": the class date where a short one fits (the speaker view's clock). */
export function shortClassDate(iso: string): string {
  shortDate ??= new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return shortDate.format(new Date(`${iso}T00:00:00Z`));
}

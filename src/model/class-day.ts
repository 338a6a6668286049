import type { Paper } from './paper.ts';

/** The class day as the class file (`slides/class.yaml`) gives it: plain data, serialisable into `virtual:deck`. */

export interface ClassBreak {
  /** Minutes since midnight, like every clock time of the agenda. */
  readonly start: number;
  readonly end: number;
  readonly title?: string;
}

export interface ClassDay {
  /** The course labels, each optional: "Docker lecture", "37", "3". */
  readonly course?: string;
  readonly week?: string;
  readonly day?: string;
  /** ISO `YYYY-MM-DD`; absent means the day the deck is opened. */
  readonly date?: string;
  readonly start: number;
  readonly end: number;
  readonly breaks: readonly ClassBreak[];
  /** The handout's paper; absent means the locale's (`npm run handout`) or the browser language's. */
  readonly paper?: Paper;
}

/** "Docker lecture · week 37 · day 3": the labels as one line, for the page title and the handout cover. */
export function classLine(day: Pick<ClassDay, 'course' | 'week' | 'day'>): string {
  return [day.course, day.week && `week ${day.week}`, day.day && `day ${day.day}`].filter(Boolean).join(' · ');
}

/** The page title: the lecture's title, then the course labels. */
export function pageTitle(lecture: string, day: Pick<ClassDay, 'course' | 'week' | 'day'>): string {
  return [lecture, classLine(day)].filter(Boolean).join(' · ');
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * An ISO day's weekday, day, month and year as names, read as a calendar day wherever the machine's clock is set.
 * Not Intl: the first DateTimeFormat a page makes costs tens of ms (its locale data loads), and the student view
 * writes this date before it is drawn; the names are English either way.
 */
export function calendarDay(iso: string): { weekday: string; day: number; month: string; year: number } {
  const date = new Date(`${iso}T00:00:00Z`);
  return {
    weekday: WEEKDAYS[date.getUTCDay()] ?? '',
    day: date.getUTCDate(),
    month: MONTHS[date.getUTCMonth()] ?? '',
    year: date.getUTCFullYear(),
  };
}

/** "Wednesday, 10 September 2025", as Intl's en-GB long date writes it. */
export function classDateText(iso: string): string {
  const { weekday, day, month, year } = calendarDay(iso);
  return `${weekday}, ${String(day)} ${month} ${String(year)}`;
}

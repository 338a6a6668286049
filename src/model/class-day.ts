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

// Made on first use and kept: building an Intl.DateTimeFormat costs milliseconds on a slow laptop, and the
// presenter's clock asks for the date every second.
let longDate: Intl.DateTimeFormat | undefined;

/** "Wednesday 10 September 2025": the ISO day read as a calendar day, wherever the machine's clock is set. */
export function classDateText(iso: string): string {
  longDate ??= new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

import { classDateText, classLine, type ClassDay } from '../../model/class-day.ts';

/**
 * The class file's labels in the slides: `[[class]]` becomes "Docker lecture · week 37 · day 3" and `[[date]]`
 * the class date, written at build time so a slide never says another week than the class file. The date is
 * an element the deck fills again at run time (`?date=`, or today when the class file names no date).
 */
export const CLASS_TOKENS = { class: '[[class]]', date: '[[date]]' } as const;

const escapeHtml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function fillClassTokens(markup: string, day: ClassDay): string {
  const date = day.date === undefined ? '' : classDateText(day.date);
  return markup
    .replaceAll(CLASS_TOKENS.class, () => escapeHtml(classLine(day)))
    .replaceAll(CLASS_TOKENS.date, () => `<span class="class-date" data-class-date>${escapeHtml(date)}</span>`);
}

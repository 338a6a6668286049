import { afterEach, describe, expect, it, vi } from 'vitest';

// The student view writes the class date before it is drawn: the first Intl.DateTimeFormat a page makes costs tens
// of ms (its locale data loads), so the long date uses none. The speaker view's short date ("Wed 9 Sept"), asked
// for every second, makes its format once.
const Real = Intl.DateTimeFormat;

describe('class date texts', () => {
  afterEach(() => {
    Intl.DateTimeFormat = Real;
    vi.resetModules();
  });

  it('make one date format, for the short date, however often the clock asks', async () => {
    // The unit tests share one module graph (vitest.config.ts: isolate false): a fresh graph makes the count this test's own.
    vi.resetModules();
    let made = 0;
    Intl.DateTimeFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    } as typeof Real;
    const { classDateText } = await import('../../../src/model/class-day');
    const { shortClassDate } = await import('../../../src/platform/class-date');
    expect(classDateText('2025-09-10')).toBe('Wednesday, 10 September 2025');
    expect(classDateText('2028-02-29')).toBe('Tuesday, 29 February 2028');
    for (let i = 0; i < 5; i++) expect(shortClassDate('2025-12-09')).toMatch(/^Tue,? 9 Dec$/);
    expect(made).toBe(1);
  });

  it("agree with Intl's en-GB long date on every day of a leap year", async () => {
    const { classDateText } = await import('../../../src/model/class-day');
    const long = new Real('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let day = 0; day < 366; day++) {
      const iso = new Date(Date.UTC(2028, 0, 1 + day)).toISOString().slice(0, 10);
      expect(classDateText(iso)).toBe(long.format(new Date(`${iso}T00:00:00Z`)));
    }
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';

// The presenter's clock asks for the class date every second; a new Intl.DateTimeFormat each time cost
// milliseconds per tick on a 4x-throttled CPU.
const Real = Intl.DateTimeFormat;

describe('class date texts', () => {
  afterEach(() => {
    Intl.DateTimeFormat = Real;
    vi.resetModules();
  });

  it('build each date format once, however often the clock asks', async () => {
    // The unit tests share one module graph (vitest.config.ts: isolate false): another file may have loaded these
    // modules, formats made, before this test counts. A fresh graph makes the count this test's own.
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
    for (let i = 0; i < 5; i++) {
      expect(classDateText('2025-09-10')).toMatch(/^Wednesday,? 10 September 2025$/);
      expect(shortClassDate('2025-12-09')).toMatch(/^Tue,? 9 Dec$/);
    }
    expect(made).toBe(2);
  });
});

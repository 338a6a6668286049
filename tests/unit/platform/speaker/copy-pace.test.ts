// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaintOf, paceCopy } from '../../../../src/platform/speaker/copy-pace';

/** What reveal's own listener would hear, registered after the pacing as reveal's is. */
function revealListener(): { heard: string[]; stop: () => void } {
  const heard: string[] = [];
  const listener = (event: MessageEvent): void => {
    heard.push(String(event.data));
  };
  window.addEventListener('message', listener);
  return {
    heard,
    stop: () => {
      window.removeEventListener('message', listener);
    },
  };
}

const post = (method: string, args: unknown[] = []): string => {
  const data = JSON.stringify({ method, args });
  window.dispatchEvent(new MessageEvent('message', { data }));
  return data;
};

/** A schedule run by hand: `run()` is the idle moment. */
function manual() {
  let pending: (() => void) | undefined;
  let cancelled = 0;
  return {
    schedule: (run: () => void) => {
      pending = run;
      return () => {
        cancelled++;
        pending = undefined;
      };
    },
    run: () => {
      const next = pending;
      pending = undefined;
      next?.();
    },
    get waiting() {
      return pending !== undefined;
    },
    get cancelled() {
      return cancelled;
    },
  };
}

const undo: (() => void)[] = [];
afterEach(() => {
  for (const u of undo.splice(0)) u();
});

/** The pacing installed with a schedule run by hand, then reveal's listener after it; both undone after the test. */
function paced() {
  const clock = manual();
  undo.push(paceCopy(window, clock.schedule));
  const reveal = revealListener();
  undo.push(reveal.stop);
  return { clock, reveal };
}

describe("the speaker view's copies follow when their schedule says", () => {
  it('holds setState and next back from reveal until the idle moment, then passes them in order', () => {
    const { clock, reveal } = paced();
    const state = post('setState', [{ indexh: 3 }]);
    const next = post('next');
    expect(reveal.heard).toEqual([]);
    expect(clock.waiting).toBe(true);
    clock.run();
    expect(reveal.heard).toEqual([state, next]);
  });

  it('a newer setState replaces the moves still waiting: a run of presses costs one move', () => {
    const { clock, reveal } = paced();
    post('setState', [{ indexh: 3 }]);
    post('next');
    const state = post('setState', [{ indexh: 4 }]);
    const next = post('next');
    clock.run();
    expect(reveal.heard).toEqual([state, next]);
  });

  it('any other message first gets the moves owed, then passes at once', () => {
    const { clock, reveal } = paced();
    const state = post('setState', [{ indexh: 5 }]);
    const other = post('getState');
    const plain = 'not reveal';
    window.dispatchEvent(new MessageEvent('message', { data: plain }));
    expect(reveal.heard).toEqual([state, other, plain]);
    expect(clock.cancelled).toBe(1);
    expect(clock.waiting).toBe(false);
  });

  it('uninstalled, it lets every message through at once and cancels what waited', () => {
    const clock = manual();
    const uninstall = paceCopy(window, clock.schedule);
    post('setState', [{ indexh: 1 }]);
    uninstall();
    expect(clock.cancelled).toBe(1);
    const reveal = revealListener();
    undo.push(reveal.stop);
    const state = post('setState', [{ indexh: 2 }]);
    expect(reveal.heard).toEqual([state]);
  });
});

describe("the current slide's copy follows just after the projector's frame is painted", () => {
  /** A projector window whose frames and tasks run by hand. */
  function projector() {
    const frames: (() => void)[] = [];
    const tasks: (() => void)[] = [];
    return {
      requestAnimationFrame: (run: () => void) => frames.push(run),
      setTimeout: (run: () => void) => tasks.push(run),
      paint: () => {
        for (const run of frames.splice(0)) run();
      },
      runTasks: () => {
        for (const run of tasks.splice(0)) run();
      },
    };
  }

  it("runs once, in the task after the projector's next frame, not in the frame itself", () => {
    vi.useFakeTimers();
    const win = projector();
    const runs: string[] = [];
    afterPaintOf(win as unknown as Window)(() => runs.push('moved'));
    expect(runs).toEqual([]);
    win.paint();
    expect(runs).toEqual([]);
    win.runTasks();
    expect(runs).toEqual(['moved']);
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual(['moved']);
    vi.useRealTimers();
  });

  it('runs after 250 ms where the projector draws no frame, and never when cancelled', () => {
    vi.useFakeTimers();
    const win = projector();
    const runs: string[] = [];
    afterPaintOf(win as unknown as Window)(() => runs.push('late'));
    vi.advanceTimersByTime(249);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['late']);
    win.paint();
    win.runTasks();
    expect(runs).toEqual(['late']);
    const cancel = afterPaintOf(win as unknown as Window)(() => runs.push('cancelled'));
    cancel();
    win.paint();
    win.runTasks();
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual(['late']);
    vi.useRealTimers();
  });
});

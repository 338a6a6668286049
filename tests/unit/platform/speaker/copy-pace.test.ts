// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterStillOf, inTurn, paceCopy } from '../../../../src/platform/speaker/copy-pace';

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

describe('every move a copy replays runs inside its wrapper (the current copy keeps them from the popup)', () => {
  it('scheduled, and owed before another message, alike', () => {
    const clock = manual();
    const inside: boolean[] = [];
    let wrapped = false;
    undo.push(
      paceCopy(window, clock.schedule, (moves) => {
        wrapped = true;
        moves();
        wrapped = false;
      }),
    );
    const listener = (): void => {
      inside.push(wrapped);
    };
    window.addEventListener('message', listener);
    undo.push(() => {
      window.removeEventListener('message', listener);
    });
    post('setState', [{ indexh: 1 }]);
    clock.run();
    post('setState', [{ indexh: 2 }]);
    post('getState');
    expect(inside, 'two replayed moves inside, then the other message as it came').toEqual([true, true, false]);
  });
});

describe('two schedules in turn: the next copy waits for rest, then for an idle moment', () => {
  it('runs after both, and a cancel stops whichever is waiting', () => {
    const first = manual();
    const second = manual();
    const both = inTurn(first.schedule, second.schedule);
    const runs: string[] = [];
    both(() => runs.push('moved'));
    expect(second.waiting).toBe(false);
    first.run();
    expect(runs).toEqual([]);
    second.run();
    expect(runs).toEqual(['moved']);
    const cancelFirst = both(() => runs.push('never'));
    cancelFirst();
    expect([first.cancelled, second.cancelled]).toEqual([1, 0]);
    const cancelSecond = both(() => runs.push('never'));
    first.run();
    cancelSecond();
    second.run();
    expect([first.cancelled, second.cancelled]).toEqual([1, 1]);
    expect(runs).toEqual(['moved']);
  });
});

describe("the speaker view's copies follow once the projector has come to rest", () => {
  /** A projector window whose frames and tasks run by hand, and which rests when the test says. */
  function projector() {
    const frames: (() => void)[] = [];
    const tasks = new Map<number, { run: () => void; delay: number }>();
    let id = 0;
    let checks = 0;
    const state = { still: false };
    return {
      state,
      requestAnimationFrame: (run: () => void) => frames.push(run),
      setTimeout: (run: () => void, delay = 0) => {
        tasks.set(++id, { run, delay });
        return id;
      },
      clearTimeout: (task: number) => tasks.delete(task),
      still: () => {
        checks++;
        return state.still;
      },
      get checks() {
        return checks;
      },
      paint: () => {
        for (const run of frames.splice(0)) run();
      },
      /** Runs the tasks due now, and the delays they asked for. */
      runTasks: () => {
        const due = [...tasks.values()];
        tasks.clear();
        for (const task of due) task.run();
        return due.map((task) => task.delay);
      },
    };
  }
  const schedule = (win: ReturnType<typeof projector>) => afterStillOf(win as unknown as Window, win.still);

  it("asks first in the task after the projector's next frame, and moves then when it is at rest", () => {
    vi.useFakeTimers();
    const win = projector();
    win.state.still = true;
    const runs: string[] = [];
    schedule(win)(() => runs.push('moved'));
    win.paint();
    expect(runs, 'not in the frame itself').toEqual([]);
    expect(win.runTasks()).toEqual([0]);
    expect(runs).toEqual(['moved']);
    vi.advanceTimersByTime(2000);
    win.paint();
    expect(win.runTasks()).toEqual([]);
    expect(runs, 'once').toEqual(['moved']);
    vi.useRealTimers();
  });

  it('while the projector moves, asks again every 100 ms and moves at the first answer of rest', () => {
    vi.useFakeTimers();
    const win = projector();
    const runs: string[] = [];
    schedule(win)(() => runs.push('moved'));
    win.paint();
    expect(win.runTasks()).toEqual([0]);
    for (let i = 0; i < 5; i++) expect(win.runTasks(), 'a check 100 ms later').toEqual([100]);
    expect(runs).toEqual([]);
    win.state.still = true;
    expect(win.runTasks()).toEqual([100]);
    expect(runs).toEqual(['moved']);
    expect(win.runTasks(), 'no more checks').toEqual([]);
    expect(win.checks).toBe(7);
    vi.useRealTimers();
  });

  it('moves after 1.5 s at most, where the projector never rests or draws no frame; never when cancelled', () => {
    vi.useFakeTimers();
    const moving = projector();
    const runs: string[] = [];
    schedule(moving)(() => runs.push('never still'));
    moving.paint();
    moving.runTasks();
    vi.advanceTimersByTime(1499);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['never still']);
    expect(moving.runTasks(), 'its checks stop').toEqual([]);
    const hidden = projector();
    schedule(hidden)(() => runs.push('no frame'));
    vi.advanceTimersByTime(1500);
    expect(runs).toEqual(['never still', 'no frame']);
    const cancelled = projector();
    cancelled.state.still = true;
    const cancel = schedule(cancelled)(() => runs.push('cancelled'));
    cancelled.paint();
    cancel();
    expect(cancelled.runTasks(), 'its check was taken back').toEqual([]);
    vi.advanceTimersByTime(2000);
    expect(runs).toEqual(['never still', 'no frame']);
    vi.useRealTimers();
  });
});

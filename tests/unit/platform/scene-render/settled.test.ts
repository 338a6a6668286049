import { describe, expect, it } from 'vitest';
import { latestOnly, whenAllEnd } from '../../../../src/platform/scene-render/settled';

/** A transition's end, settled by the test: resolved when it runs out, rejected when it is interrupted. */
function transitionEnd() {
  let end = (): void => undefined;
  let interrupt = (): void => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    end = resolve;
    interrupt = () => {
      reject(new Error('interrupted'));
    };
  });
  return { promise, end, interrupt };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestOnly', () => {
  it('keeps only the newest ticket current', () => {
    const take = latestOnly();
    const first = take();
    expect(first()).toBe(true);
    const second = take();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });
});

describe('whenAllEnd', () => {
  it('reports the picture drawn only after the last of its transitions ends', async () => {
    const a = transitionEnd();
    const b = transitionEnd();
    const drawn: string[] = [];
    whenAllEnd(
      [a.promise, b.promise],
      () => true,
      () => drawn.push('drawn'),
    );
    a.end();
    await flush();
    expect(drawn).toEqual([]);
    b.end();
    await flush();
    expect(drawn).toEqual(['drawn']);
  });

  it('reports at once (after the current task) when nothing had to move', async () => {
    const drawn: string[] = [];
    whenAllEnd(
      [],
      () => true,
      () => drawn.push('drawn'),
    );
    await flush();
    expect(drawn).toEqual(['drawn']);
  });

  it('never reports an animation that was interrupted, even if its other transitions end', async () => {
    const a = transitionEnd();
    const b = transitionEnd();
    const drawn: string[] = [];
    whenAllEnd(
      [a.promise, b.promise],
      () => true,
      () => drawn.push('old step'),
    );
    a.interrupt();
    b.end();
    await flush();
    expect(drawn).toEqual([]);
  });

  it('never reports an animation that a later render overtook, though all its transitions ran out', async () => {
    const take = latestOnly();
    const old = transitionEnd();
    const drawn: string[] = [];
    whenAllEnd([old.promise], take(), () => drawn.push('old step'));
    whenAllEnd([], take(), () => drawn.push('new step'));
    old.end();
    await flush();
    expect(drawn).toEqual(['new step']);
  });
});

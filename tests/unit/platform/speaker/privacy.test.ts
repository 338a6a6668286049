// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelName } from '../../../../src/model/keys';
import { noticePrivacy, type NoticePrivacy } from '../../../../src/platform/speaker/privacy';
import { memory } from '../../features/presenter/fixtures';

// Timers are faked (the probe, the silence, the heartbeat); the channel between the two windows is real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Resolves on the first change `privacy` reports after which `holds` (windows of earlier tests still talk). */
const changeTo = (privacy: NoticePrivacy, holds: () => boolean): Promise<void> =>
  new Promise((resolve) => {
    const stop = privacy.onChange(() => {
      if (!holds()) return;
      stop();
      resolve();
    });
  });

describe('notice privacy between the projector and the speaker view', () => {
  it('draws notices on the projector once no speaker view answers its probe', () => {
    const main = noticePrivacy(memory().storage, 'main');
    expect(main.open).toBe(false);
    vi.advanceTimersByTime(1500);
    expect(main.open).toBe(true);
  });

  it('keeps them off the projector while the speaker view is there and takes them back when it goes', async () => {
    const main = noticePrivacy(memory().storage, 'main');
    // The first speaker view of this file: the change the projector hears is its `here`.
    const present = changeTo(main, () => true);
    noticePrivacy(memory().storage, 'speaker');
    await present;
    expect(main.open).toBe(false);
    vi.advanceTimersByTime(1500);
    expect(main.open).toBe(false);

    const gone = changeTo(main, () => main.open);
    window.dispatchEvent(new Event('pagehide'));
    await gone;
    expect(main.open).toBe(true);
  });

  it('shows the speaker view the notices the projector tells, and no forged one', async () => {
    const main = noticePrivacy(memory().storage, 'main');
    const speaker = noticePrivacy(memory().storage, 'speaker');
    const told: [string, boolean][] = [];
    const last = new Promise<void>((resolve) => {
      speaker.onTold((message, refused) => {
        told.push([message, refused]);
        if (message === 'last') resolve();
      });
    });
    const outsider = new BroadcastChannel(channelName('speaker'));
    outsider.postMessage({ type: 'told', message: { html: '<img onerror=alert(1)>' }, refused: false });
    outsider.postMessage({ type: 'told', message: 'no refused flag' });
    outsider.postMessage({ type: 'projector', on: 'yes' });
    main.tell('Five more minutes for this block', false);
    main.tell('last', true);
    await last;
    outsider.close();
    expect(told).toEqual([
      ['Five more minutes for this block', false],
      ['last', true],
    ]);
    expect(main.onProjector).toBe(false);
  });

  it('turns "show on projector" on in every window of the deck', async () => {
    const main = noticePrivacy(memory().storage, 'main');
    const speaker = noticePrivacy(memory().storage, 'speaker');
    const changed = changeTo(main, () => main.onProjector);
    expect(speaker.setOnProjector(true)).toBe(true);
    await changed;
    expect(main.onProjector).toBe(true);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { formatDurationMs } from '../../../../src/model/time';
import { disposer } from '../../../../src/platform/feature';
import { rehearsalBadge } from '../../../../src/features/rehearsal/badge';
import type { RehearsalMessage } from '../../../../src/model/window-messages';

/** The speaker view's side of the channel, as messages sent. */
function channel() {
  const sent: RehearsalMessage[] = [];
  return { sent, post: { post: (m: RehearsalMessage) => sent.push(m) } };
}

const held = disposer();
afterEach(() => {
  held.dispose();
  document.body.replaceChildren();
});
const badge = () => document.querySelector<HTMLElement>('.rehearsal-badge');
const run = { paused: false, onSlideMs: 65_000, plannedSlideS: 120, totalMs: 600_000, plannedSoFarS: 540 };

describe('the rehearsal badge', () => {
  it('shows a run against its plan and sends the speaker view the same numbers, without the storage flag', () => {
    const { sent, post } = channel();
    rehearsalBadge(held, post).show({ ...run, keeping: true }, true);
    expect(badge()?.hidden).toBe(false);
    expect(badge()?.getAttribute('role')).toBe('status');
    // Counts read through the deck's own formatter: its units may change, the numbers may not.
    const [slide, planned, total] = [65_000, 120_000, 600_000].map(formatDurationMs);
    expect(badge()?.textContent).toBe(`● Rehearsing · slide ${slide} / ${planned} · run ${total}`);
    expect(sent).toEqual([{ type: 'run', run }]);
  });

  it('says a paused run, and one storage refused, in words and classes', () => {
    const { post } = channel();
    rehearsalBadge(held, post).show({ ...run, paused: true, keeping: false }, true);
    expect(badge()?.textContent).toMatch(/^❚❚ Paused .* NOT SAVED/);
    expect([...(badge()?.classList ?? [])].sort()).toEqual(['paused', 'rehearsal-badge', 'unsaved']);
  });

  it('shows a notice with no run, hides with none, and stays off a screen it may not show on', () => {
    const { sent, post } = channel();
    const view = rehearsalBadge(held, post);
    view.show({ notice: 'Storage is full.' }, true);
    expect(badge()?.hidden).toBe(false);
    expect(badge()?.classList.contains('notice')).toBe(true);
    view.show({ notice: '' }, true);
    expect(badge()?.hidden).toBe(true);
    view.show({ ...run, keeping: true }, false);
    expect(badge()?.hidden).toBe(true);
    expect(sent).toEqual([
      { type: 'notice', notice: 'Storage is full.' },
      { type: 'notice', notice: '' },
      { type: 'run', run },
    ]);
  });

  it('leaves the page as it found it when its feature is destroyed', () => {
    rehearsalBadge(held, channel().post).show({ notice: 'x' }, true);
    held.dispose();
    expect(badge()).toBeNull();
    expect(document.documentElement.style.getPropertyValue('--top-badge')).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { kernelRequests as model } from '../../../../src/core/scenes/kernel-requests/scene';
import { kernelRequestsPicture } from '../../../../src/core/scenes/kernel-requests/picture';
import { ACCENT, INK } from '../../../../src/model/palette';
import { allWords, box, dot, text, words } from '../picture-query';

const picture = (step: number) => kernelRequestsPicture(model.state(step));

describe('kernel-requests picture', () => {
  it('shows the three layers, with nothing highlighted, before the first step', () => {
    const p = picture(-1);
    for (const key of [
      'browser',
      'editor',
      'server',
      'shell',
      'memory',
      'filesystem',
      'network',
      'scheduler',
      'drivers',
      'ram',
      'disk',
      'nic',
      'cpu',
    ]) {
      expect(box(p, key)?.stroke, key).toBe(INK);
    }
    expect(dot(p, 'token')).toBeUndefined();
    expect(box(p, 'call')).toBeUndefined();
  });

  it.each([
    [0, 'read()', ['editor', 'filesystem', 'drivers', 'disk']],
    [1, 'mmap()', ['browser', 'memory', 'ram']],
    [2, 'send()', ['server', 'network', 'drivers', 'nic']],
    [3, 'fork()/exec()', ['shell', 'scheduler', 'cpu']],
  ])('step %i: labels the crossing %s and highlights exactly its route', (step, call, route) => {
    const p = picture(step);
    expect(words(box(p, 'call'))).toEqual([call]);
    const highlighted = p.filter((i) => i.kind === 'box' && i.stroke === ACCENT && i.key !== 'call').map((i) => i.key);
    const expected = step === 3 ? [...route, 'new-process'] : route;
    expect(highlighted.sort()).toEqual([...expected].sort());
    // One arrow down and one back up between each pair of stops (caller, crossing, kernel parts, device).
    const arrows = p.filter((i) => i.kind === 'path' && i.key.endsWith(':shaft') && !i.key.startsWith('legend'));
    expect(arrows).toHaveLength(2 * route.length);
    expect(arrows.filter((a) => a.kind === 'path' && a.dashed)).toHaveLength(route.length);
  });

  it('rests the answered token on the caller, and shows it travelling the route on the way', () => {
    const p = picture(0);
    const editor = box(p, 'editor');
    const token = dot(p, 'token');
    if (!editor || !token) throw new Error('missing editor or token');
    expect(token.x).toBeGreaterThan(editor.x);
    expect(token.x).toBeLessThan(editor.x + editor.width);
    expect(token.y).toBe(editor.y + editor.height);
    const deepest = Math.max(...(token.via ?? []).map((v) => v.y));
    const disk = box(p, 'disk');
    expect(deepest).toBe((disk?.y ?? 0) + (disk?.height ?? 0) / 2);
  });

  it('adds the new process when one is started', () => {
    expect(box(picture(3), 'new-process')).toBeDefined();
    expect(box(picture(2), 'new-process')).toBeUndefined();
  });

  it('numbers the boot chain and says what waiting for boot means', () => {
    const p = picture(4);
    expect(['firmware', 'bootloader', 'kernel', 'init'].map((k) => words(dot(p, `boot:${k}`)))).toEqual([['1'], ['2'], ['3'], ['4']]);
    expect(words(text(p, 'boot:message'))).toEqual(['boot = firmware + bootloader + kernel + init’s services']);
    expect(box(p, 'kernel')?.stroke).toBe(ACCENT);
    expect(allWords(p)).not.toContain('browser');
    expect(dot(p, 'token')).toBeUndefined();
  });
});

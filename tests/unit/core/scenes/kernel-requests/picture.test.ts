import { describe, expect, it } from 'vitest';
import { kernelRequests as model } from '../../../../../src/core/scenes/kernel-requests/scene';
import { kernelRequestsPicture } from '../../../../../src/core/scenes/kernel-requests/picture';
import { ACCENT, GUIDE, INK } from '../../../../../src/model/palette';
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
    [1, 'mmap()', ['browser', 'memory']],
    [2, 'send()', ['server', 'network']],
    [3, 'fork()/exec()', ['shell', 'scheduler', 'cpu']],
  ])('step %i: labels the crossing %s and highlights exactly its route', (step, call, route) => {
    const p = picture(step);
    expect(words(box(p, 'call'))).toEqual([call]);
    const highlighted = p.filter((i) => i.kind === 'box' && i.stroke === ACCENT && i.key !== 'call').map((i) => i.key);
    const expected = step === 3 ? [...route, 'new-process'] : route;
    expect(highlighted.sort()).toEqual([...expected].sort());
    // One arrow down and one back up between each pair of stops (caller, crossing, kernel parts, device).
    const arrows = p.filter(
      (i) => i.kind === 'path' && i.key.endsWith(':shaft') && !i.key.startsWith('legend') && !i.key.includes(':later'),
    );
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

  it('never draws an answer from a device the caption leaves out: what the kernel does after the call returned is grey, one way, and in the legend', () => {
    for (const step of [0, 1, 2, 3]) {
      const state = model.state(step);
      const p = kernelRequestsPicture(state);
      const answeredBy = box(p, state.request?.route.at(-1) ?? '');
      const later = p.find((i) => i.kind === 'path' && i.key.endsWith(':later:shaft'));
      // A caption that says the call returns first ("sends it later", "only when … first uses it") has a later part.
      expect(Boolean(state.request?.later), `step ${step}: ${model.caption(step)}`).toBe(/\blater\b|only when/.test(model.caption(step)));
      const legendLines = p.filter((i) => i.key.startsWith('legend:') && i.kind === 'path' && i.key.endsWith(':shaft'));
      expect(answeredBy, `step ${step}`).toBeDefined();
      if (state.request?.later) {
        const device = box(p, state.request.later.at(-1) ?? '');
        expect(later?.kind === 'path' && later.stroke).toBe(GUIDE);
        expect(device?.stroke, `step ${step}: the device is not on the call's route`).toBe(INK);
        expect(allWords(p)).toContain('after it returned');
      } else {
        expect(later).toBeUndefined();
        expect(allWords(p)).not.toContain('after it returned');
      }
      expect(legendLines.length, `step ${step}`).toBe(state.request?.later ? 3 : 2);
    }
  });

  it('names in its legend only the lines it draws: the boot chain has no request and no answer', () => {
    expect(allWords(picture(4))).not.toContain('request');
    expect(allWords(picture(4))).not.toContain('answer');
    expect(allWords(picture(0))).toEqual(expect.arrayContaining(['request', 'answer']));
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

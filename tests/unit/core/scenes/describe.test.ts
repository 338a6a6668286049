import { describe, expect, it } from 'vitest';
import { SCENES } from '../../../../src/core/scenes/registry';
import { describePicture } from '../../../../src/core/scenes/describe';
import { WARNING } from '../../../../src/model/palette';

const steps = (n: number): number[] => Array.from({ length: n + 1 }, (_, i) => i - 1);

describe('scene descriptions', () => {
  for (const scene of SCENES.values()) {
    it(`${scene.id}: every step says what its picture shows, in words of its own`, () => {
      const all = steps(scene.steps).map((step) => scene.describe(step));
      for (const text of all) expect(text).toMatch(/^Shows \S/);
      expect(new Set(all).size).toBe(all.length);
      // Pure: the same step gives the same words, and a step out of range is the nearest one.
      expect(scene.describe(0)).toBe(all[1]);
      expect(scene.describe(scene.steps + 5)).toBe(all.at(-1));
    });
  }

  it('names what is highlighted, what is new and what is gone, never the legend', () => {
    const box = (key: string, text: string, stroke = '#1d2230') =>
      ({ kind: 'box', key, x: 0, y: 0, width: 1, height: 1, fill: '#fff', stroke, strokeWidth: 1, lines: [{ text, size: 20 }] }) as const;
    const before = [box('a', 'kernel'), box('b', 'disk')];
    const now = [box('a', 'kernel', '#aa3377'), box('c', 'RAM'), box('legend:x', 'hypervisor')];
    expect(describePicture(now, before)).toBe('Shows kernel; RAM. Highlighted: kernel. New: RAM. Gone: disk.');
  });

  it('says what a scene’s colours mean, and calls a box that keeps its key but changes its words changed', () => {
    const box = (key: string, text: string, stroke = '#1d2230') =>
      ({ kind: 'box', key, x: 0, y: 0, width: 1, height: 1, fill: '#fff', stroke, strokeWidth: 1, lines: [{ text, size: 20 }] }) as const;
    const before = [box('a', 'app A'), box('k', 'kernel')];
    const now = [box('a', 'malicious process', WARNING), box('k', 'kernel')];
    expect(describePicture(now, before)).toBe(
      'Shows malicious process; kernel. Marked: malicious process. Changed: app A → malicious process.',
    );
    expect(describePicture(now, before, { warning: 'Compromised or at risk' })).toContain('Compromised or at risk: malicious process.');
  });

  it('reads a numbered badge by its spoken words, not its bare number', () => {
    const last = SCENES.get('kernel-requests');
    if (!last) throw new Error('kernel-requests scene missing');
    const text = last.describe(last.steps - 1);
    expect(text).toContain('boot step 1: firmware');
    expect(text).not.toMatch(/; \d;/);
  });

  it('never calls an emphasised box an extra cost', () => {
    for (const scene of SCENES.values())
      for (let step = -1; step < scene.steps; step++) expect(scene.describe(step)).not.toContain('extra cost');
  });
});

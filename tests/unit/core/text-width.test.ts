import { describe, expect, it } from 'vitest';
import { lineHeight, textWidth, wrap } from '../../../src/core/text-width';

describe('text width', () => {
  it('grows with size, weight and length', () => {
    const base = textWidth({ text: 'kernel', size: 18 });
    expect(textWidth({ text: 'kernel', size: 36 })).toBeCloseTo(base * 2);
    expect(textWidth({ text: 'kernel', size: 18, bold: true })).toBeGreaterThan(base);
    expect(textWidth({ text: 'kernels', size: 18 })).toBeGreaterThan(base);
    expect(textWidth({ text: 'WWW', size: 18 })).toBeGreaterThan(textWidth({ text: 'iii', size: 18 }));
  });

  it('measures monospace by character count', () => {
    expect(textWidth({ text: 'read()', size: 20, mono: true })).toBeCloseTo(textWidth({ text: 'mmmmmm', size: 20, mono: true }));
  });

  it('errs wide of the deck font (measured in Chromium: estimates were 3-13% wider)', () => {
    expect(textWidth({ text: 'host OS kernel', size: 20 })).toBeGreaterThan(129);
    expect(textWidth({ text: 'VirtualBox · VMware Workstation · Parallels', size: 18 })).toBeGreaterThan(337);
  });

  it('wraps at spaces to fit a width, keeping over-long words whole', () => {
    const lines = wrap({ text: 'namespaces & cgroups', size: 18 }, 160).map((l) => l.text);
    expect(lines).toEqual(['namespaces &', 'cgroups']);
    expect(wrap({ text: 'supercalifragilistic', size: 18 }, 50).map((l) => l.text)).toEqual(['supercalifragilistic']);
    expect(wrap({ text: 'fits', size: 18 }, 500).map((l) => l.text)).toEqual(['fits']);
  });

  it('spaces lines a little more than their size', () => {
    expect(lineHeight(20)).toBe(24);
  });
});

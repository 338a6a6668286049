// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockOf, gapSections, isSlideSection, readSection, writeGap, writePart, writeTiming } from '../../../src/platform/sections';

const section = (html: string): HTMLElement => {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder.firstElementChild as HTMLElement;
};

describe('the plan on the deck’s sections', () => {
  it('reads a compiled slide, and a split countdown’s copy by its part', () => {
    const slide = section('<section data-block="intro" data-slide-index="3"></section>');
    expect(readSection(slide)).toEqual({ kind: 'slide', blockId: 'intro', slide: 3, part: 0 });
    writePart(slide, 1);
    expect(isSlideSection(slide, 'intro', 3, 1)).toBe(true);
    expect(isSlideSection(slide, 'intro', 3)).toBe(false);
    expect(blockOf(slide)).toBe('intro');
  });

  it('reads back what it wrote on a gap slide, and the speaker view’s seconds are whole', () => {
    const gap = document.createElement('section');
    writeGap(gap, 'break', 600, 615);
    writeTiming(gap, 900);
    expect(readSection(gap)).toEqual({ kind: 'gap', gap: 'break', start: 600, end: 615 });
    expect(gap.getAttribute('data-timing')).toBe('900');
    expect(blockOf(gap)).toBe('break');
  });

  it('says undefined for what a section lacks or garbles, never NaN', () => {
    expect(readSection(section('<section></section>'))).toBeUndefined();
    expect(readSection(section('<section data-block="free" data-gap-start="x"></section>'))).toEqual({
      kind: 'gap',
      gap: 'free',
      start: undefined,
      end: undefined,
    });
    expect(readSection(section('<section data-block="intro" data-slide-index="1.5"></section>'))).toMatchObject({ slide: undefined });
  });

  it('lists the gap slides of one kind in the deck’s order', () => {
    const root = section(
      '<div><section data-block="break" data-gap-start="1"></section><section data-block="a"></section>' +
        '<section data-block="free" data-gap-start="2"></section><section data-block="break" data-gap-start="3"></section></div>',
    );
    expect(gapSections(root, 'break').map((s) => s.dataset.gapStart)).toEqual(['1', '3']);
  });
});

import { describe, expect, it } from 'vitest';
import type { BoxItem } from '../../../../../src/core/scenes/picture/items';
import { VIEWBOX } from '../../../../../src/core/scenes/picture/items';
import { lineHeight, textWidth } from '../../../../../src/core/text-width';
import { SCENES } from '../../../../../src/core/scenes/registry';
import { boxOf, contains, extent, overlaps, pathPoints, texts } from '../picture-geometry';

/** Legible from the back of the room on a 1280x720 slide, where one viewBox unit is about one pixel. */
const MIN_TEXT = 18;
const PAD = 4;

const cases = [...SCENES.values()].flatMap((scene) =>
  Array.from({ length: scene.steps + 1 }, (_, i) => ({ id: scene.id, step: i - 1, picture: scene.picture(i - 1) })),
);

describe.each(cases)('$id at step $step', ({ picture }) => {
  it('keys each item once per kind', () => {
    const keys = picture.map((i) => `${i.kind}:${i.key}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('draws nothing outside the viewBox', () => {
    const outside = picture.filter((item) => {
      const b = extent(item);
      return b.x0 < 0 || b.y0 < 0 || b.x1 > VIEWBOX.width || b.y1 > VIEWBOX.height;
    });
    expect(outside.map((i) => i.key)).toEqual([]);
  });

  it('writes no text smaller than 18 units', () => {
    expect(
      texts(picture)
        .filter((t) => t.size < MIN_TEXT)
        .map((t) => t.key),
    ).toEqual([]);
  });

  it('fits every label inside its box', () => {
    const tooBig = picture
      .filter((i): i is BoxItem => i.kind === 'box')
      .flatMap((box) => {
        const height = box.lines.reduce((sum, l) => sum + lineHeight(l.size), 0);
        const wide = box.lines.filter((l) => textWidth(l) > box.width - 2 * PAD);
        return [
          ...(height > box.height - PAD / 2 ? [`${box.key}: ${String(box.lines.length)} lines in ${String(box.height)}`] : []),
          ...wide.map((l) => `${box.key}: "${l.text}" ${textWidth(l).toFixed(0)} in ${box.width.toFixed(0)}`),
        ];
      });
    expect(tooBig).toEqual([]);
  });

  it('keeps labelled boxes apart', () => {
    const labelled = picture.filter((i): i is BoxItem => i.kind === 'box' && i.lines.length > 0);
    const clashes = labelled.flatMap((a, i) =>
      labelled.slice(i + 1).flatMap((b) => (overlaps(boxOf(a), boxOf(b)) ? [`${a.key} / ${b.key}`] : [])),
    );
    expect(clashes).toEqual([]);
  });

  it('lets no two pieces of text touch', () => {
    const all = texts(picture);
    const clashes = all.flatMap((a, i) => all.slice(i + 1).flatMap((b) => (overlaps(a.box, b.box) ? [`${a.key} / ${b.key}`] : [])));
    expect(clashes).toEqual([]);
  });

  it('covers no text with a box, dot or line drawn over it, and runs no line through text', () => {
    const opaque = picture.flatMap((item, order) => (item.kind === 'box' ? [{ order, box: boxOf(item) }] : []));
    const clashes = texts(picture).flatMap((t) =>
      picture.flatMap((item, order) => {
        if (order === t.order) return [];
        const clash = `${t.key} / ${item.kind}:${item.key}`;
        if (item.kind === 'box') return order > t.order && overlaps(t.box, boxOf(item)) ? [clash] : [];
        if (item.kind === 'dot') {
          const dot = { x0: item.x - item.r, y0: item.y - item.r, x1: item.x + item.r, y1: item.y + item.r };
          return overlaps(t.box, dot) ? [clash] : [];
        }
        if (item.kind === 'path') {
          // A line is fine where a box painted after it hides it (the boundary line under a call's label).
          const crossing = pathPoints(item.d).some((p) => contains(t.box, p) && !opaque.some((o) => o.order > order && contains(o.box, p)));
          return crossing ? [clash] : [];
        }
        return [];
      }),
    );
    expect(clashes).toEqual([]);
  });
});

import type { Picture } from '../../core/scenes/picture/items';

/** The smallest type in a picture, in viewBox units; undefined when it has no text. */
export function smallestText(picture: Picture): number | undefined {
  const sizes = picture.flatMap((item) => {
    switch (item.kind) {
      case 'box':
      case 'text':
        return item.lines.map((line) => line.size);
      case 'dot':
        return item.label ? [item.label.size] : [];
      case 'axis':
        return [item.fontSize];
      case 'path':
        return [];
    }
  });
  return sizes.length === 0 ? undefined : Math.min(...sizes);
}

/**
 * The narrowest width (CSS px) at which a picture `viewBoxWidth` units wide shows type of `smallest` units at
 * `floorPx` or more: narrower than that, the figure scrolls sideways rather than shrink its labels.
 */
export function legibleWidth(viewBoxWidth: number, smallest: number | undefined, floorPx: number): number {
  if (smallest === undefined || smallest <= 0) return 0;
  return Math.ceil((viewBoxWidth * floorPx) / smallest);
}

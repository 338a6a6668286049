import type { AxisItem, BoxItem, DotItem, Item, PathItem, Picture, TextItem } from '../../core/scenes/picture/items';
import { drawAxes } from './draw-axes';
import { drawBoxes } from './draw-boxes';
import { drawDots } from './draw-dots';
import { drawPaths } from './draw-paths';
import { drawTexts } from './draw-texts';
import type { AnySelection, Pass } from './pass';

const rankKey = (item: Item): string => `${item.kind}:${item.key}`;

/**
 * Draws a picture into `layer` with one keyed join per kind of item, then puts the elements in the picture's
 * paint order. Elements on their way out sink to the back while they fade.
 */
export function drawPicture(layer: AnySelection<SVGGElement, unknown>, picture: Picture, pass: Pass): void {
  drawBoxes(
    layer,
    picture.filter((i): i is BoxItem => i.kind === 'box'),
    pass,
  );
  drawPaths(
    layer,
    picture.filter((i): i is PathItem => i.kind === 'path'),
    pass,
  );
  drawAxes(
    layer,
    picture.filter((i): i is AxisItem => i.kind === 'axis'),
    pass,
  );
  drawTexts(
    layer,
    picture.filter((i): i is TextItem => i.kind === 'text'),
    pass,
  );
  drawDots(
    layer,
    picture.filter((i): i is DotItem => i.kind === 'dot'),
    pass,
  );

  const rank = new Map(picture.map((item, i) => [rankKey(item), i]));
  layer.selectAll<SVGElement, Item>(':scope > [data-key]').sort((a, b) => (rank.get(rankKey(a)) ?? -1) - (rank.get(rankKey(b)) ?? -1));
}

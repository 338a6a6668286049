import type { BoxItem, DotItem, Item, Picture, TextItem } from '../../../../src/core/scenes/picture/items';

/** Finders for view tests: an item by kind and key, and the words a picture shows. */
export function box(picture: Picture, key: string): BoxItem | undefined {
  return picture.find((i): i is BoxItem => i.kind === 'box' && i.key === key);
}

export function dot(picture: Picture, key: string): DotItem | undefined {
  return picture.find((i): i is DotItem => i.kind === 'dot' && i.key === key);
}

export function text(picture: Picture, key: string): TextItem | undefined {
  return picture.find((i): i is TextItem => i.kind === 'text' && i.key === key);
}

export function words(item: Item | undefined): string[] {
  if (item?.kind === 'box' || item?.kind === 'text') return item.lines.map((l) => l.text);
  if (item?.kind === 'dot') return item.label ? [item.label.text] : [];
  return [];
}

/** Every piece of text in the picture, for "does it say ..." checks. */
export function allWords(picture: Picture): string[] {
  return picture.flatMap(words);
}

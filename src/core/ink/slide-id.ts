/**
 * A slide's lasting name for its ink: its block and its index in the block, which stay the same when breaks
 * move slides to other indices; a break's or free time's slide by its start. Undefined for a section the deck
 * did not name.
 */
export function slideId(data: {
  readonly block?: string | undefined;
  readonly slideIndex?: string | undefined;
  readonly gapStart?: string | undefined;
}): string | undefined {
  const { block, slideIndex, gapStart } = data;
  if (block === undefined || !/^[\w.-]{1,60}$/.test(block)) return undefined;
  if (slideIndex !== undefined && /^\d{1,5}$/.test(slideIndex)) return `${block}/${slideIndex}`;
  if (gapStart !== undefined && /^\d{1,5}$/.test(gapStart)) return `${block}@${gapStart}`;
  return undefined;
}

import type { ContentsEntry } from './front';

/**
 * The tagged PDF's outline follows the headings: Chromium nests a bookmark under the last heading of a higher
 * level, and it tags only what is painted (a visually hidden heading gave no bookmark). So each block's first
 * page carries the block's title as a small level-1 heading in its top margin, and a slide's own top heading
 * counts as level 2 under it. Bookmarks then read block, then its slides, as the contents page lists them.
 */
export function headBlocks(entries: readonly ContentsEntry[]): () => void {
  const added: HTMLElement[] = [];
  const demoted: HTMLElement[] = [];
  let block: string | undefined;
  for (const { block: title, page } of entries) {
    const section = page.querySelector<HTMLElement>('section[data-handout-slide]');
    if (!section) continue;
    for (const heading of section.querySelectorAll<HTMLElement>('h1')) {
      heading.setAttribute('aria-level', '2');
      demoted.push(heading);
    }
    if (title === block) continue;
    block = title;
    const heading = page.ownerDocument.createElement('h1');
    heading.className = 'handout-block-heading';
    heading.textContent = title;
    section.before(heading);
    added.push(heading);
  }
  return () => {
    for (const heading of added) heading.remove();
    for (const heading of demoted) heading.removeAttribute('aria-level');
  };
}

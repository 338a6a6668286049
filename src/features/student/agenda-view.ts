import { formatSpan, isGap, type Schedule } from '../../core/agenda';

/** The id of a block's first page, for links from the agenda and the header. */
export function firstPageId(pages: ParentNode, blockId: string): string | undefined {
  return pages.querySelector<HTMLElement>(`.page[data-block="${CSS.escape(blockId)}"]`)?.id;
}

/**
 * Today's agenda as a list: each block's times linking to its first page, breaks between them, the item the
 * clock is in marked as current. Drawn into the page's agenda and into every slide's `.agenda-timeline`.
 */
export function drawAgenda(list: HTMLElement, schedule: Schedule, pages: ParentNode, currentIndex: number | undefined): void {
  const document = list.ownerDocument;
  list.replaceChildren(
    ...schedule.items.map((item, index) => {
      const li = document.createElement('li');
      li.className = isGap(item) ? 'agenda-gap' : 'agenda-block';
      if (index === currentIndex) li.setAttribute('aria-current', 'time');
      const time = li.appendChild(document.createElement('span'));
      time.className = 'agenda-time';
      time.textContent = formatSpan(item.start, item.end);
      const id = isGap(item) ? undefined : firstPageId(pages, item.blockId);
      const name = li.appendChild(document.createElement(id === undefined ? 'span' : 'a'));
      name.className = 'agenda-name';
      name.textContent = item.title;
      if (id !== undefined) name.setAttribute('href', `#${id}`);
      return li;
    }),
  );
}

/** Each block's clock times in its heading band; a block the day has no room for says so. */
export function labelBlocks(pages: ParentNode, schedule: Schedule): void {
  for (const head of pages.querySelectorAll<HTMLElement>('.block[data-block] > .block-head')) {
    const blockId = head.parentElement?.dataset.block;
    const block = schedule.blocks.find((b) => b.id === blockId);
    const when = head.querySelector('.block-when');
    if (!when) continue;
    when.textContent = block ? formatSpan(block.start, block.end) : "not on today's agenda";
  }
}

/**
 * The task sheet of the practice running now, at the top of the page: the block's countdown instructions and
 * copies of its tasks, so a student types from their own screen rather than the projector. The pages below keep
 * the originals. `decorate` adds what the copies need (copy buttons); it runs once per sheet drawn.
 */
export function showTaskSheet(
  sheet: HTMLElement,
  pages: ParentNode,
  block: { readonly id: string; readonly title: string } | undefined,
  decorate: (root: HTMLElement) => void,
): void {
  const blockId = block?.id ?? '';
  if (sheet.dataset.block === blockId) return;
  sheet.dataset.block = blockId;
  const scope = block ? `.page[data-block="${CSS.escape(block.id)}"]` : '';
  const tasks = scope ? [...pages.querySelectorAll(`${scope} .task`)] : [];
  if (!block || tasks.length === 0) {
    sheet.replaceChildren();
    sheet.hidden = true;
    return;
  }
  const document = sheet.ownerDocument;
  const heading = document.createElement('h2');
  heading.className = 'sheet-title';
  heading.textContent = `Your tasks now · ${block.title}`;
  const instructions = pages.querySelector(`${scope} .countdown-instructions`);
  const lead = document.createElement('div');
  lead.className = 'sheet-lead';
  if (instructions) lead.append(...[...instructions.childNodes].map((node) => node.cloneNode(true)));
  sheet.replaceChildren(heading, ...(instructions ? [lead] : []), ...tasks.map((task) => task.cloneNode(true)));
  sheet.hidden = false;
  decorate(sheet);
}

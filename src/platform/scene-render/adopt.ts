/** What makes a drawn item the same item in two drawings: its kind (class) and its key. */
const identity = (element: Element): string => `${element.getAttribute('class') ?? ''}|${element.getAttribute('data-key') ?? ''}`;

/**
 * Gives `live` the children of `fresh` (a drawing made off the page), moving in only those whose markup differs.
 * An item whose markup is already the same stays as it is: replacing it would make the browser style and lay
 * out its text again for nothing, the bulk of a scene's frame on a slow machine. The children of `fresh` that
 * are moved in leave it.
 */
export function adoptChildren(live: Element, fresh: Element): void {
  const wanted = new Set([...fresh.children].map(identity));
  for (const child of [...live.children]) if (!wanted.has(identity(child))) child.remove();
  const existing = new Map([...live.children].map((child) => [identity(child), child]));
  let cursor = live.firstElementChild;
  for (const next of [...fresh.children]) {
    const old = existing.get(identity(next));
    if (old && old.outerHTML === next.outerHTML) {
      if (old === cursor) cursor = cursor.nextElementSibling;
      else live.insertBefore(old, cursor);
      continue;
    }
    if (old) {
      if (old === cursor) cursor = old.nextElementSibling;
      old.remove();
    }
    live.insertBefore(next, cursor);
  }
}

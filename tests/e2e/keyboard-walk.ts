import type { Page } from '@playwright/test';

/** What a keyboard can reach: found in the page, not listed by hand. */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, iframe, [tabindex]';

export interface Walk {
  /** Every visible control the page has, by a readable name. */
  controls: string[];
  /** The ones Tab reached, in order. */
  reached: string[];
  /** A focused control without a visible focus indicator, smaller than 24x24 px, or hidden under something else. */
  problems: string[];
}

/**
 * Presses Tab until the focus has gone round (or twice as many presses as controls), and at each stop checks
 * that the focus is visible (an outline or a ring), the target at least 24x24 CSS px (2.5.8) and not hidden
 * under a header, toast or badge (2.4.11).
 * Within `scope` (a dialog), the walk must never leave it.
 */
export async function tabWalk(page: Page, scope = 'body'): Promise<Walk> {
  const controls = await page.evaluate(
    ({ scope, selector }) => {
      const root = document.querySelector(scope) ?? document.body;
      let n = 0;
      return [...root.querySelectorAll<HTMLElement>(selector)]
        .filter((e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && !e.closest('[inert], [hidden], [aria-hidden="true"]'))
        .filter((e) => e.checkVisibility({ visibilityProperty: true }) && e.getBoundingClientRect().width > 0)
        .map((e) => {
          e.dataset.kbd ??= `${e.tagName.toLowerCase()}#${String(n++)} ${(e.getAttribute('aria-label') ?? e.textContent).trim().slice(0, 30)}`;
          return e.dataset.kbd;
        });
    },
    { scope, selector: FOCUSABLE },
  );
  const reached: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i < controls.length * 2 + 2; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((scope) => {
      const active = document.activeElement as HTMLElement | null;
      if (!active || active === document.body) return { name: null, problem: null };
      const name = active.dataset.kbd ?? `unlisted ${active.tagName.toLowerCase()} ${active.textContent.trim().slice(0, 30)}`;
      if (!active.closest(scope)) return { name, problem: `${name}: the focus left ${scope}` };
      const style = getComputedStyle(active);
      const ring = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      if (!ring && active.tagName !== 'IFRAME') return { name, problem: `${name}: no visible focus indicator` };
      const box = active.getBoundingClientRect();
      // A checkbox's target is its label too: a click anywhere on it toggles the box.
      const target = (active.closest('label') ?? active).getBoundingClientRect();
      // 2.5.8: 24x24 CSS px, unless a link sits in a line of text (the inline exception).
      const inline =
        getComputedStyle(active).display === 'inline' && (active.parentElement?.textContent.trim() ?? '') !== active.textContent.trim();
      if (active.tagName !== 'IFRAME' && !inline && (target.width < 23.5 || target.height < 23.5))
        return { name, problem: `${name}: a target of ${target.width.toFixed(1)}x${target.height.toFixed(1)} px, under 24x24` };
      const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      const covered = top !== null && top !== active && !active.contains(top) && !top.contains(active);
      return { name, problem: covered ? `${name}: hidden under ${top.tagName.toLowerCase()}.${top.className}` : null };
    }, scope);
    if (stop.problem) problems.push(stop.problem);
    if (stop.name === null) continue;
    if (reached.includes(stop.name) && reached.length >= controls.length) break;
    if (!reached.includes(stop.name)) reached.push(stop.name);
  }
  return { controls, reached, problems };
}

/**
 * A slide's words as a screen reader should hear them when it arrives: what is on screen, in reading order.
 * Reveal's own status text reads every SVG label and the fragments still to come; this reads a scene as its
 * name, caption and description, skips what is hidden (notes, later fragments) and the controls.
 */
const SKIP = 'aside.notes, [aria-hidden="true"], [hidden], .fragment:not(.visible), button, script, style';
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'FIGCAPTION']);

export function readText(node: Node): string {
  return collect(node).replace(/\s+/g, ' ').trim();
}

function collect(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.matches(SKIP)) return '';
  if (node instanceof SVGElement) return svgName(node);
  const view = node.ownerDocument.defaultView;
  if (view && view.getComputedStyle(node).display === 'none') return '';
  const inner = [...node.childNodes].map(collect).join('');
  return BLOCKS.has(node.tagName) ? ` ${stop(inner)} ` : inner;
}

/** A drawing with a name is read as "Picture: its name."; an unnamed one is decoration. */
function svgName(svg: SVGElement): string {
  if (svg.getAttribute('role') !== 'img') return '';
  const name = svg.getAttribute('aria-label') ?? svg.querySelector(':scope > title')?.textContent ?? '';
  return name === '' ? '' : ` Picture: ${stop(name)} `;
}

/** Ends a block with a full stop, so a reader pauses between a heading and the text under it. */
function stop(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?:;…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

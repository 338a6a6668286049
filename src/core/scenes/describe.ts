import { ACCENT, WARNING } from '../../model/palette.ts';
import type { Item, Picture } from './picture/items.ts';

/**
 * What a scene's two emphasis colours mean in its own picture: the words a reader hears instead of the colour.
 * One colour means different things in different scenes (an I/O path in one, a compromised tenant in another), so
 * a scene that uses one says what it means; otherwise the words stay neutral.
 */
export interface MarkWords {
  route?: string;
  warning?: string;
}

const NEUTRAL: Required<MarkWords> = { route: 'Highlighted', warning: 'Marked' };

/**
 * A step's picture in words, read from the picture itself: what a screen reader gets when it asks what the
 * drawing shows now, and the handout's alt text. The caption says what happens; this says what is drawn: the
 * labels in reading order, what is emphasised, what is faded, and what this step added, relabelled or took away.
 */
export function describePicture(picture: Picture, before: Picture | null, marks: MarkWords = {}): string {
  const words = { ...NEUTRAL, ...marks };
  const now = labelled(picture);
  const shown = now.filter((entry) => !entry.faded).map((entry) => entry.text);
  const parts = [`Shows ${list(shown)}.`];
  const marked = unique(now.filter((entry) => entry.mark === 'route').map((entry) => entry.text));
  if (marked.length > 0) parts.push(`${words.route}: ${list(marked)}.`);
  const warned = unique(now.filter((entry) => entry.mark === 'warning').map((entry) => entry.text));
  if (warned.length > 0) parts.push(`${words.warning}: ${list(warned)}.`);
  const faded = unique(now.filter((entry) => entry.faded).map((entry) => entry.text));
  if (faded.length > 0) parts.push(`Faded: ${list(faded)}.`);
  if (before) parts.push(...changes(now, labelled(before)));
  return parts.join(' ');
}

/** New, relabelled and gone items: a box that keeps its key but changes its words was relabelled, not replaced. */
function changes(now: readonly Entry[], before: readonly Entry[]): string[] {
  const visibleBefore = before.filter((entry) => !entry.faded);
  const visibleNow = now.filter((entry) => !entry.faded);
  const oldText = new Map(visibleBefore.map((entry) => [entry.key, entry.text]));
  const relabelled = visibleNow.filter((entry) => {
    const was = oldText.get(entry.key);
    return was !== undefined && was !== entry.text;
  });
  const renamedTo = new Set(relabelled.map((entry) => entry.text));
  const renamedFrom = new Set(relabelled.map((entry) => oldText.get(entry.key)));
  const was = new Set(visibleBefore.map((entry) => entry.text));
  const is = new Set(visibleNow.map((entry) => entry.text));
  const added = visibleNow.map((entry) => entry.text).filter((text) => !was.has(text) && !renamedTo.has(text));
  const gone = unique([...was].filter((text) => !is.has(text) && !renamedFrom.has(text)));
  const changed = unique(relabelled.map((entry) => `${oldText.get(entry.key) ?? ''} → ${entry.text}`));
  const parts: string[] = [];
  if (added.length > 0) parts.push(`New: ${list(added)}.`);
  if (changed.length > 0) parts.push(`Changed: ${list(changed)}.`);
  if (gone.length > 0) parts.push(`Gone: ${list(gone)}.`);
  return parts;
}

interface Entry {
  key: string;
  text: string;
  faded: boolean;
  mark: 'route' | 'warning' | null;
  x: number;
  y: number;
}

/** Items that carry words, top to bottom and left to right, as a reader scans the picture. */
function labelled(picture: Picture): Entry[] {
  // The legend explains colours, the same on every step: it is not what the picture shows.
  const entries = picture.flatMap((item) => (item.key.startsWith('legend:') ? [] : (entry(item) ?? [])));
  // Rows 20 viewBox units apart read as one line.
  return entries.sort((a, b) => Math.round(a.y / 20) - Math.round(b.y / 20) || a.x - b.x);
}

function entry(item: Item): Entry | null {
  const faded = (item.opacity ?? 1) < 0.5;
  const at = { key: `${item.kind}:${item.key}`, faded };
  if (item.kind === 'box' || item.kind === 'text') {
    const text = words(item.lines.map((line) => line.text));
    if (text === '') return null;
    const mark = item.kind === 'box' ? emphasis(item.stroke) : null;
    return { ...at, text, mark, x: item.x, y: item.y };
  }
  if (item.kind === 'dot' && item.label) {
    return { ...at, text: item.spoken ?? item.label.text, mark: emphasis(item.stroke), x: item.x, y: item.y };
  }
  return null;
}

function emphasis(stroke: string): Entry['mark'] {
  if (stroke === ACCENT) return 'route';
  if (stroke === WARNING) return 'warning';
  return null;
}

function words(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}

/** Each label once, with how many times it is drawn: "guest OS ×3". */
function list(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  if (counts.size === 0) return 'nothing yet';
  return [...counts].map(([text, n]) => (n > 1 ? `${text} ×${String(n)}` : text)).join('; ');
}

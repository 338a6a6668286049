import type { HudLine } from './hud-state';

/** Writes the HUD's lines as a description list; works in any document (the speaker view's too). */
export function renderHudLines(target: HTMLElement, lines: readonly HudLine[]): void {
  const doc = target.ownerDocument;
  let list = target.querySelector('dl');
  if (!list) {
    list = doc.createElement('dl');
    list.className = 'agenda-hud-lines';
    target.append(list);
  }
  while (list.children.length > lines.length * 2) list.lastElementChild?.remove();
  lines.forEach((line, index) => {
    const term = list.children[index * 2] ?? list.appendChild(doc.createElement('dt'));
    const value = list.children[index * 2 + 1] ?? list.appendChild(doc.createElement('dd'));
    if (term.textContent !== line.label) term.textContent = line.label;
    if (value.textContent !== line.value) value.textContent = line.value;
    value.classList.toggle('is-alert', line.alert === true);
  });
}

/**
 * Places labels in one row as close to their anchors as possible without overlap, keeping their order, so leader
 * lines from label to anchor never cross. Returns each label's centre.
 */
export interface LabelSlot {
  anchor: number;
  width: number;
}

export function spreadLabels(slots: readonly LabelSlot[], gap: number, min: number, max: number): number[] {
  const centres: number[] = [];
  let rightEdge = min - gap;
  for (const s of slots) {
    const c = Math.max(s.anchor, rightEdge + gap + s.width / 2);
    centres.push(c);
    rightEdge = c + s.width / 2;
  }
  // Pushed past the right end: walk back leftwards, shifting each label just enough.
  let leftEdge = max + gap;
  for (let i = slots.length - 1; i >= 0; i--) {
    const s = slots[i];
    const c = centres[i];
    if (s === undefined || c === undefined) continue;
    const shifted = Math.min(c, leftEdge - gap - s.width / 2);
    centres[i] = shifted;
    leftEdge = shifted - s.width / 2;
  }
  return centres;
}

/**
 * The view distances to raise reveal's to, one per idle moment: `chunk` more each time, from just past `from`
 * until `ceiling`, the distance at which no slide is left out from any place in the deck. Empty when reveal
 * already lays out that far.
 */
export function distancesAhead(from: number, ceiling: number, chunk: number): number[] {
  if (!(chunk >= 1)) throw new Error(`lay-out-ahead: chunk ${String(chunk)} is not a positive number`);
  const steps: number[] = [];
  for (let d = from + chunk; d < ceiling + chunk; d += chunk) steps.push(Math.min(d, ceiling));
  return steps;
}

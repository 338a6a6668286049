// The soak's random walk, pure and seeded: the same seed gives the same actions, so a failure can be replayed.

/**
 * @typedef {{ width: number, height: number }} Size
 * @typedef {{ h: number, v: number, steps: number, scene: boolean }} Slide
 * @typedef {{ kind: 'key', key: string } | { kind: 'hash', hash: string } | { kind: 'resize', size: Size }
 *   | { kind: 'motion', reduced: boolean } | { kind: 'rehearsal' } | { kind: 'reload' }} Action
 */

/** mulberry32: a small, fast PRNG with a 32-bit state. @param {number} seed @returns {() => number} in [0, 1) */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Window sizes a lecturer meets: projector, laptop, tall phone, small window, wide screen. @type {[Size, ...Size[]]} */
export const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
  { width: 800, height: 500 },
  { width: 1920, height: 1080 },
];

/**
 * What a careless lecturer does, with weights: mostly stepping, sometimes everything else. `+`/`-` change the
 * block on screen by 5 minutes, Q pauses for questions, T shows the timing overlay, R opens the rehearsal dialog
 * (closed again with Escape), o and Escape toggle the overview.
 */
/** @type {[string, number][]} */
const KEYS = [
  ['ArrowRight', 30],
  ['ArrowLeft', 18],
  ['Space', 6],
  ['PageDown', 5],
  ['PageUp', 4],
  ['Home', 1],
  ['End', 1],
  ['o', 2],
  ['Escape', 2],
  ['+', 1],
  ['-', 1],
  ['Equal', 1],
  ['Minus', 1],
  ['q', 1],
  ['t', 1],
];
/** @type {[Action['kind'], number][]} */
const KINDS = [
  ['key', 84],
  ['rehearsal', 1],
  ['hash', 8],
  ['resize', 3],
  ['motion', 2],
  ['reload', 2],
];

/** @template T @param {() => number} rnd @param {[T, number][]} weighted */
function pick(rnd, weighted) {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let left = rnd() * total;
  for (const [value, w] of weighted) {
    left -= w;
    if (left < 0) return value;
  }
  const last = weighted.at(-1);
  if (!last) throw new Error('pick: nothing to choose from');
  return last[0];
}

/** @template T @param {() => number} rnd @param {T[]} list */
function oneOf(rnd, list) {
  const value = list[Math.floor(rnd() * list.length)];
  if (value === undefined) throw new Error('oneOf: nothing to choose from');
  return value;
}

/**
 * The next action. Half of the hash jumps land on a scene slide at one of its steps, so that scenes are met
 * often enough to be compared; the rest go anywhere, steps beyond a slide's last included.
 * @param {() => number} rnd
 * @param {{ slides: Slide[] }} deck
 * @param {{ reduced: boolean }} now
 * @returns {Action}
 */
export function nextAction(rnd, deck, now) {
  const kind = pick(rnd, KINDS);
  if (kind === 'key') return { kind, key: pick(rnd, KEYS) };
  if (kind === 'hash') {
    const scenes = deck.slides.filter((s) => s.scene);
    const pool = scenes.length > 0 && rnd() < 0.5 ? scenes : deck.slides;
    const slide = oneOf(rnd, pool);
    const step = Math.floor(rnd() * (slide.steps + 2)) - 1;
    return { kind, hash: `#/${slide.h}/${slide.v}${step >= 0 ? `/${step}` : ''}` };
  }
  if (kind === 'resize') return { kind, size: oneOf(rnd, SIZES) };
  if (kind === 'motion') return { kind, reduced: !now.reduced };
  return { kind };
}

/** One line per action, for the log printed beside a failure. @param {Action} action */
export function describe(action) {
  if (action.kind === 'key') return `key ${action.key}`;
  if (action.kind === 'hash') return `hash ${action.hash}`;
  if (action.kind === 'resize') return `resize ${action.size.width}x${action.size.height}`;
  if (action.kind === 'motion') return `reduced motion ${action.reduced ? 'on' : 'off'}`;
  if (action.kind === 'rehearsal') return 'key r, Escape';
  return action.kind;
}

/**
 * Every key the deck answers, in one table: the features bind what is written here and spell no key themselves;
 * the README's key table and reveal.js's own bindings are checked against it (tests/unit/model/keymap.test.ts).
 *
 * A press is a key code, as reveal binds keys (`addKeyBinding` and the speaker view forward key codes), and the
 * `KeyboardEvent.key` a listener of our own compares. Main-keyboard codes first (Chromium), then Firefox's and
 * the number pad's.
 */

export interface Press {
  readonly code: number;
  readonly key: string;
  /** Heard with Shift by a listener of ours: reveal drops keys with modifiers it does not expect. */
  readonly shift?: boolean;
  readonly ctrl?: boolean;
}

export interface KeyRow {
  /** The keys as the README and reveal's help (?) name them. */
  readonly keys: readonly string[];
  /** What the key does, as reveal's help lists it. */
  readonly does: string;
  /** The feature that binds it. */
  readonly feature: 'reveal' | 'agenda' | 'rehearsal' | 'ink';
  /** The windows it works in. */
  readonly windows: string;
  readonly presses: readonly Press[];
  /** Set when the key takes one of reveal's own: why, and when. */
  readonly overrides?: string;
}

const letter = (key: string): Press => ({ code: key.charCodeAt(0), key: key.toLowerCase() });
const ESC: Press = { code: 27, key: 'Escape' };
const BOTH = 'projector and speaker view (which passes its keys to its copy of the deck)';

/** reveal.js's keys the README tells a lecturer about: ours must leave them alone, the test proves they are reveal's. */
export const REVEAL_KEYS: readonly KeyRow[] = [
  {
    keys: ['→', '←', 'PageDown', 'PageUp', 'Space'],
    does: 'Next / previous slide or step',
    feature: 'reveal',
    windows: BOTH,
    presses: [
      { code: 39, key: 'ArrowRight' },
      { code: 37, key: 'ArrowLeft' },
      { code: 34, key: 'PageDown' },
      { code: 33, key: 'PageUp' },
      { code: 32, key: ' ' },
    ],
  },
  { keys: ['S'], does: 'Speaker notes view', feature: 'reveal', windows: 'projector', presses: [letter('S')] },
  { keys: ['F'], does: 'Fullscreen', feature: 'reveal', windows: BOTH, presses: [letter('F')] },
  { keys: ['O', 'Esc'], does: 'Slide overview', feature: 'reveal', windows: BOTH, presses: [letter('O'), ESC] },
  { keys: ['B', '.'], does: 'Pause', feature: 'reveal', windows: BOTH, presses: [letter('B'), { code: 190, key: '.' }] },
  { keys: ['G'], does: 'Jump to slide', feature: 'reveal', windows: BOTH, presses: [letter('G')] },
  // A mouse gesture (reveal's zoom plugin), not a key: nothing to bind or collide with.
  { keys: ['Alt+click'], does: 'Zoom', feature: 'reveal', windows: 'projector', presses: [] },
  {
    keys: ['Ctrl+Shift+F'],
    does: 'Search',
    feature: 'reveal',
    windows: 'projector',
    presses: [{ code: 70, key: 'F', shift: true, ctrl: true }],
  },
  { keys: ['?'], does: 'Keyboard help', feature: 'reveal', windows: BOTH, presses: [{ code: 191, key: '?', shift: true }] },
];

const rows = {
  'agenda.extend': {
    keys: ['+', '='],
    does: 'Agenda: block on screen 5 minutes longer',
    feature: 'agenda',
    windows: BOTH,
    presses: [
      { code: 187, key: '=' },
      { code: 61, key: '=' },
      { code: 107, key: '+' },
      { code: 187, key: '+', shift: true },
    ],
  },
  'agenda.shorten': {
    keys: ['-', '_'],
    does: 'Agenda: block on screen 5 minutes shorter',
    feature: 'agenda',
    windows: BOTH,
    presses: [
      { code: 189, key: '-' },
      { code: 173, key: '-' },
      { code: 109, key: '-' },
      { code: 189, key: '_', shift: true },
    ],
  },
  'agenda.pause': { keys: ['Q'], does: 'Agenda: pause for questions / resume', feature: 'agenda', windows: BOTH, presses: [letter('Q')] },
  'agenda.hud': { keys: ['T'], does: 'Agenda: show / hide the timing overlay', feature: 'agenda', windows: BOTH, presses: [letter('T')] },
  'agenda.say': {
    keys: ['U'],
    does: 'Agenda: say the time left (for a screen reader)',
    feature: 'agenda',
    windows: BOTH,
    presses: [letter('U')],
  },
  'agenda.projector': {
    keys: ['D'],
    does: 'Lecturer notices (toasts, overlay, rehearsal badge) on the projector too / speaker view only',
    feature: 'agenda',
    windows: BOTH,
    presses: [letter('D')],
  },
  'rehearsal.dialog': {
    keys: ['R'],
    does: 'Rehearsal: start, pause, stop, report',
    feature: 'rehearsal',
    windows: `${BOTH}; the dialog opens in the speaker view while one is open, and R closes it`,
    presses: [letter('R')],
  },
  'rehearsal.close': {
    keys: ['Esc'],
    does: 'Rehearsal: close the dialog',
    feature: 'rehearsal',
    windows: 'the window showing the dialog',
    presses: [ESC],
    overrides: 'reveal’s overview, only while the rehearsal dialog is open (the dialog takes every key then)',
  },
  'ink.pen': { keys: ['I'], does: 'Ink: pen on / off', feature: 'ink', windows: BOTH, presses: [letter('I')] },
  'ink.highlighter': { keys: ['M'], does: 'Ink: highlighter (marker)', feature: 'ink', windows: BOTH, presses: [letter('M')] },
  'ink.eraser': { keys: ['E'], does: 'Ink: eraser', feature: 'ink', windows: BOTH, presses: [letter('E')] },
  'ink.laser': { keys: ['W'], does: 'Ink: laser pointer', feature: 'ink', windows: BOTH, presses: [letter('W')] },
  'ink.clear': { keys: ['X'], does: 'Ink: clear this step’s ink', feature: 'ink', windows: BOTH, presses: [letter('X')] },
  'ink.leave': {
    keys: ['Esc'],
    does: 'Ink: leave drawing',
    feature: 'ink',
    windows: BOTH,
    presses: [ESC],
    overrides: 'reveal’s overview, only while drawing (bound when drawing starts, given back when it ends)',
  },
} as const satisfies Record<string, KeyRow>;

export type KeyAction = keyof typeof rows;

/** The keys the deck's features bind, by what they do. */
export const KEYMAP: Readonly<Record<KeyAction, KeyRow>> = rows;

/** The key a sentence names, as the lecturer reads it on the keyboard: `press ${keyOf('rehearsal.dialog')}`. */
export const keyOf = (action: KeyAction): string => KEYMAP[action].keys[0] ?? '';

/** Key codes bound through reveal (no modifier): listed in its help and forwarded from the speaker view. */
export const revealCodes = (row: KeyRow): number[] => row.presses.filter((p) => !p.shift && !p.ctrl).map((p) => p.code);

/** `KeyboardEvent.key` values a listener of ours hears with Shift held. */
export const shiftedKeys = (row: KeyRow): string[] => row.presses.filter((p) => p.shift && !p.ctrl).map((p) => p.key);

/** The binding as reveal's help lists it: `{ keyCode, key: '+ , =', description }`. */
export const helpBinding = (row: KeyRow): { keyCode: number; key: string; description: string } => ({
  keyCode: revealCodes(row)[0] ?? 0,
  key: row.keys.join(' , '),
  description: row.does,
});

/** Whether a key event (by its `key`, any case) is one of the row's presses. */
export const isPress = (row: KeyRow, event: { readonly key: string }): boolean =>
  row.presses.some((p) => p.key.toLowerCase() === event.key.toLowerCase());

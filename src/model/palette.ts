/**
 * Every colour the deck draws with. Scenes speak one visual language, a fill per layer of the stack, so "orange"
 * means hypervisor on every slide; the agenda gives each block kind a fill (the kind table, `kinds.ts`, picks it
 * here). Fills are Paul Tol's "light" scheme, designed for colour-blind readers and for dark text on top; each
 * keeps at least 6:1 contrast with INK. Lines that carry meaning (requests, extra hops) use darker hues and also
 * differ in dash pattern, so they never rely on colour alone.
 */

/** Paul Tol's "light" scheme, and the greys beside it: every fill comes from here. */
export const LIGHT = {
  blue: '#77aadd',
  orange: '#ee8866',
  mint: '#44bb99',
  pink: '#ffaabb',
  yellow: '#eedd88',
  grey: '#dddddd',
  paleGrey: '#f0f0f0',
} as const;

/** Agenda time that belongs to no block: greys, set apart from each other by their pattern as well. */
export const GAP_FILL = { break: LIGHT.grey, free: LIGHT.paleGrey } as const;

export type LayerKind = 'hardware' | 'kernel' | 'hypervisor' | 'guestOs' | 'runtime' | 'process';

export interface LayerStyle {
  fill: string;
  /** A paler fill for a band that holds boxes of the same layer (the kernel around its subsystems). */
  tint: string;
  label: string;
}

export const LAYERS: Readonly<Record<LayerKind, LayerStyle>> = {
  hardware: { fill: LIGHT.grey, tint: LIGHT.paleGrey, label: 'hardware' },
  kernel: { fill: LIGHT.blue, tint: '#dae8f5', label: 'kernel' },
  hypervisor: { fill: LIGHT.orange, tint: '#fae0d7', label: 'hypervisor' },
  guestOs: { fill: LIGHT.mint, tint: '#d4efe7', label: 'guest OS' },
  runtime: { fill: LIGHT.pink, tint: '#ffe5ea', label: 'container runtime' },
  process: { fill: LIGHT.yellow, tint: '#faf5db', label: 'process / app' },
};

/** Text and outlines: the theme's text colour. */
export const INK = '#1d2230';
/** The slide background, for tokens' halos and plain boxes. */
export const PAPER = '#fdfdfb';
/** A request, its route and what it touches (Tol's wine: 6:1 on PAPER). */
export const ACCENT = '#aa3377';
/** The hop that costs extra (Okabe-Ito vermillion; reads apart from ACCENT for protan and deutan vision). */
export const WARNING = '#d55e00';
/** Guides that must not compete with content: leader lines, zoom cone, lane backgrounds. */
export const GUIDE = '#6b7080';
export const GUIDE_FILL = '#ececf0';

/**
 * The colours of the page around the pictures: the theme, the speaker view, the student and phone pages, the
 * handout. The CSS reads them, and only them, as custom properties (`--c-` and the key in kebab case, such as
 * `var(--c-link-hover)`), generated from this table into each page's first stylesheet. Figures are WCAG contrast
 * ratios on the background each colour is drawn on.
 */
export const UI = {
  // The slide page.
  /** The page behind the slides; INK on it is 15.2:1. */
  background: '#fbfaf7',
  ink: INK,
  /** Headings: 15.0:1 on the background. */
  heading: '#14233d',
  /** Secondary text (the theme's muted): 7.7:1 on the background, 7.3:1 on the speaker panel's mist. */
  muted: '#485066',
  /** Labels and meta lines: 5.8:1 on the background, 6.1:1 on white; white on it 6.1:1 (a badge). */
  slate: '#59627a',
  /** Times on the timeline: 9.7:1 on white. */
  slateDeep: '#3d4457',
  /** The speaker panel's detail lines: 9.0:1 on mist. */
  slateDeeper: '#3b4357',
  /** Links and the theme's accent: 6.2:1 on the background, white on it 6.4:1. */
  link: '#1f5fa8',
  /** 10.1:1 on the background. */
  linkHover: '#143f73',
  /** The speaker panel's buttons: 7.8:1 on white. */
  linkDeep: '#1a5296',
  selection: '#cfe0f5',
  /** Hairlines between parts (1.3:1: decoration, never the only sign of anything). */
  rule: '#d8dbe3',
  ruleSoft: '#e3e6ec',
  ruleCard: '#d5dae6',
  /** The handout's cell outline. */
  ruleHandout: '#c9ced8',
  /** Inline code's ground: INK on it 13.9:1. */
  codeGround: '#eef0f4',
  /** Text on INK (code blocks, the student bars): 14.4:1; also the speaker panel's ground. */
  mist: '#f3f4f7',
  white: '#fff',
  /** The request colour of the scenes, for the timeline's "now": 5.8:1 on the background. */
  accent: ACCENT,
  /** Keyboard focus rings on light ground, beside a dark outline or text (3 px wide). */
  focus: '#f0b400',
  // Warnings and errors: words say what they mean, the colour only repeats it.
  /** Error text (the theme's warn): 6.3:1 on the background, 5.9:1 on mist; white on it 6.5:1. */
  warn: '#b3261e',
  /** "Time's up" ink: 6.3:1 on alertTint; white on it 7.5:1. */
  alert: '#a61b12',
  alertEdge: '#c62a1f',
  /** The ground of an alert: INK on it 13.3:1. */
  alertTint: '#fde6e3',
  /** 8.3:1 on alertTint. */
  alertDeep: '#861510',
  /** The student view's warnings: INK on it 13.6:1. */
  alertSoft: '#fbeae8',
  /** The join card's problem line: 8.1:1 on white. */
  problem: '#9a2118',
  /** The ink toolbar's status line: 9.3:1 on white. */
  problemDeep: '#8a1c1c',
  /** Okabe-Ito orange, an edge beside words ("5 min left"). */
  amber: '#e69f00',
  /** 7.4:1 on amberTint. */
  amberInk: '#6e4500',
  amberTint: '#fff1c7',
  /** The rehearsal's "notice" badge: white on it 4.9:1. */
  olive: '#8a6d00',
  /** A paused countdown: 6.7:1 on pausedTint. */
  pausedInk: '#4a5266',
  pausedTint: '#eceef3',
  // Tasks: what the learner should see.
  good: '#2e7d4f',
  /** 5.9:1 on goodTint. */
  goodInk: '#1f6b40',
  /** INK on it 14.3:1. */
  goodTint: '#eef5f0',
  /** The rehearsal's message ground: INK on it 14.2:1. */
  linkTint: '#eef3fa',
  /** The student view's current block: INK on it 13.6:1. */
  currentTint: '#e8eef7',
  // Dark grounds: the HUD, the phone remote, the student view's live bar.
  /** The phone remote's ground: onNight on it 16.5:1. */
  night: '#10172a',
  nightRaised: '#1b2440',
  /** The remote's "previous" button: white on it 9.4:1. */
  nightButton: '#3a4566',
  onNight: '#f4f6fb',
  /** 8.6:1 on night, 7.4:1 on nightRaised. */
  onNightMuted: '#aab4cc',
  /** 11.8:1 on night, 9.4:1 on navy. */
  onNightSoft: '#c9d2e6',
  /** The student's live bar: white on it 14.3:1. */
  navy: '#1f2a44',
  /** The remote's "next" and the live bar's button: night on it 12.4:1, navy 9.9:1. */
  sun: '#ffd166',
  /** The live bar offline: white on it 9.2:1. */
  rust: '#6b3d00',
  /** The live bar's own blue: white on it 4.7:1. */
  liveBlue: '#2f6fde',
  /** The live marks' border (3.0:1 on white, a control's edge). */
  liveEdge: '#8a94ad',
  /** Light text on INK: 10.2:1. */
  onInkSoft: '#c9cfdc',
  /** The HUD's labels: 8.6:1 on INK. */
  onInkMuted: '#b9bfcc',
  /** Alerts on INK: 9.3:1. */
  onInkAlert: '#ffb4a8',
  /** Alerts on the remote's night: 10.5:1, on INK 9.3:1. */
  onNightAlert: '#ffb4a9',
  /** A disabled button's label: 3.2:1 on white (WCAG exempts disabled controls). */
  disabled: '#8a91a3',
  // The ink tools.
  /** The toolbar's text and pressed buttons: 15.9:1 on white. */
  charcoal: '#222',
  toolEdge: '#888',
  /** The laser's dot and trail. */
  laser: '#ff1a1a',
  // See-through colours: shadows, veils and a scrim.
  /** The HUD's ground: INK at 94 %. */
  hud: 'rgb(29 34 48 / 94%)',
  /** The shadow at the edge of long notes: INK at 35 %. */
  inkShade: 'rgb(29 34 48 / 35%)',
  /** What is behind the rehearsal dialog. */
  scrim: 'rgb(20 35 61 / 45%)',
  shadow: 'rgb(0 0 0 / 25%)',
  shadowLight: 'rgb(0 0 0 / 20%)',
  shadowInk: 'rgb(0 0 0 / 30%)',
  /** A hover on either code theme. */
  hover: 'rgb(127 127 127 / 25%)',
  /** The ink toolbar's ground over a slide. */
  veil: 'rgb(255 255 255 / 92%)',
  /** White fading out: the top of the notes' scroll shadow. */
  whiteClear: 'rgb(255 255 255 / 0%)',
} as const;

export type UiColour = keyof typeof UI;

/** The custom property a CSS file reads a UI colour by: `link-hover` is `--c-link-hover`. */
export const cssVariable = (name: UiColour): string => `--c-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

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

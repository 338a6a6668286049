/**
 * A picture is a flat list of keyed items in viewBox units: plain data, so a scene's picture for any step can be
 * computed and checked without a DOM, and the renderer can move an item from one step to the next by its key.
 * Keys are unique per kind of item.
 */
export interface Point {
  x: number;
  y: number;
}

export interface TextLine {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  mono?: boolean;
  fill?: string;
}

interface ItemBase {
  /** Unique within the picture; the same thing keeps its key across steps so it moves instead of reappearing. */
  key: string;
  /** Defaults to 1. */
  opacity?: number;
  /** Milliseconds to wait before animating into this step; ignored when drawn directly. */
  delay?: number;
}

/** A rectangle with centred lines of text: a layer, a subsystem, a device, a phase bar. */
export interface BoxItem extends ItemBase {
  kind: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dashed?: boolean;
  lines: readonly TextLine[];
  /** An entering bar grows from its left edge instead of fading in (time bars). */
  growFromLeft?: boolean;
}

/** Free text; `y` is the centre of the first line. */
export interface TextItem extends ItemBase {
  kind: 'text';
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: readonly TextLine[];
}

export interface PathItem extends ItemBase {
  kind: 'path';
  d: string;
  stroke: string;
  strokeWidth: number;
  dashed?: boolean;
  fill?: string;
}

/** A round marker: a request token or a numbered badge. */
export interface DotItem extends ItemBase {
  kind: 'dot';
  x: number;
  y: number;
  r: number;
  fill: string;
  stroke: string;
  label?: TextLine;
  /** What a reader hears instead of the label: a bare badge number says nothing without the picture. */
  spoken?: string;
  /** Points a moving token passes through on its way here, so a request visibly travels its route. */
  via?: readonly Point[];
}

/** A numeric axis drawn by d3-axis; `x`/`y` place its baseline, `range` is in viewBox units from `x`. */
export interface AxisItem extends ItemBase {
  kind: 'axis';
  x: number;
  y: number;
  side: 'top' | 'bottom';
  domain: readonly [number, number];
  range: readonly [number, number];
  ticks: readonly number[];
  decimals: number;
  fontSize: number;
}

export type Item = BoxItem | TextItem | PathItem | DotItem | AxisItem;

/** Items in paint order, back to front. */
export type Picture = readonly Item[];

/** The drawing area every scene uses; the caption sits under it in HTML. */
export const VIEWBOX = { width: 1100, height: 430 } as const;

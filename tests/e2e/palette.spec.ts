import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { cssVariable, UI, type UiColour } from '../../src/model/palette';

/**
 * The built deck's colours are the palette's: each page's first stylesheet (the one in its <head>, there before
 * reveal lays out) declares every UI colour with the value src/model/palette.ts gives it. Reads the built files;
 * Playwright's own `test`, as no page is opened.
 */

const DIST = 'dist';
const NAMES = Object.keys(UI) as UiColour[];

/** A colour as [r, g, b, alpha 0-255], whether the minifier wrote it as #rgb, #rrggbbaa or rgb(r g b / a%). */
function rgba(colour: string): number[] {
  const hex = /^#([0-9a-f]{3,8})$/i.exec(colour.trim())?.[1];
  if (hex) {
    const full = hex.length <= 4 ? hex.replace(/./g, '$&$&') : hex;
    const channels = (full.match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16));
    return channels.length === 3 ? [...channels, 255] : channels;
  }
  const fn = /^rgb\(\s*(\d+)\s+(\d+)\s+(\d+)\s*(?:\/\s*([\d.]+)(%?))?\s*\)$/.exec(colour.trim());
  if (!fn) throw new Error(`not a colour this check reads: ${colour}`);
  const alpha = fn[4] === undefined ? 1 : Number(fn[4]) / (fn[5] ? 100 : 1);
  return [Number(fn[1]), Number(fn[2]), Number(fn[3]), Math.round(alpha * 255)];
}

/** The custom properties the stylesheet's first `:root` rule declares. */
function rootProperties(css: string): Map<string, string> {
  const body = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return new Map([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

const firstLinkedStylesheet = (page: string): string => {
  const href = /<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/.exec(readFileSync(join(DIST, page), 'utf8'))?.[1];
  if (!href) throw new Error(`${page} links no stylesheet`);
  return readFileSync(join(DIST, href), 'utf8');
};
/** The single file carries its stylesheets inline; the first after the page's own start-up note is the deck's. */
const firstInlinedStylesheet = (page: string): string =>
  /<style rel="stylesheet"[^>]*>([\s\S]*?)<\/style>/.exec(readFileSync(join(DIST, page), 'utf8'))?.[1] ?? '';

test("each page's first stylesheet declares every palette colour with the palette's value", () => {
  const sheets = {
    'index.html': firstLinkedStylesheet('index.html'),
    'student.html': firstLinkedStylesheet('student.html'),
    'remote.html': firstLinkedStylesheet('remote.html'),
    'vm-vs-docker.html': firstInlinedStylesheet('vm-vs-docker.html'),
  };
  for (const [page, css] of Object.entries(sheets)) {
    const declared = rootProperties(css);
    const wrong = NAMES.filter((name) => {
      const value = declared.get(cssVariable(name));
      return value === undefined || rgba(value).join() !== rgba(UI[name]).join();
    }).map((name) => `${cssVariable(name)}: ${declared.get(cssVariable(name)) ?? 'missing'}, palette ${UI[name]}`);
    expect(wrong, page).toEqual([]);
  }
});

import { describe, expect, it } from 'vitest';
import { stylesheets } from './stylesheets';

/**
 * A `:has()` on the page's root or body is asked again after any change anywhere in the page, and Chromium answers
 * it by walking the page: `body:has(.agenda-hud:not([hidden]))` was half of all selector time on a key press
 * (27 of 55 ms over 30 presses, traced with SelectorStats). Such a state is an attribute on the root instead,
 * set by the code that changes it.
 */
const PAGE_WIDE_HAS = /(?:^|[\s,>+~}])(?:html|body|:root)(?:[.#[:][^\s,{>+~]*)?:has\(/g;

describe('stylesheets a slow laptop can afford', () => {
  it('finds the stylesheets it checks', () => {
    expect(stylesheets.length).toBeGreaterThan(10);
  });

  it('no selector asks :has() of the whole page (html, body or :root as its subject)', () => {
    const found = stylesheets.flatMap(({ file, css }) =>
      [...css.matchAll(PAGE_WIDE_HAS)].map((m) => {
        // The match may begin with the line break before the selector: its line is where the selector starts.
        const at = m.index + m[0].length - m[0].trimStart().length;
        return `${file}:${css.slice(0, at).split('\n').length}: ${m[0].trim()}`;
      }),
    );
    expect(found).toEqual([]);
  });

  it('the check sees a page-wide :has() in any of its spellings, and passes one scoped to an element', () => {
    const hits = (css: string): number => [...css.matchAll(PAGE_WIDE_HAS)].length;
    expect(hits('body:has(.hud:not([hidden])) .toast {}')).toBe(1);
    expect(hits('html body[data-layout]:has(.panel) {}')).toBe(1);
    expect(hits(':root:has(dialog[open]) {}')).toBe(1);
    expect(hits('a {}\nhtml.x:has(.y) .z {}')).toBe(1);
    expect(hits('.ink-dock:not(:has([data-drawing])) {}')).toBe(0);
    expect(hits('.student ol:has(> .agenda-block) {}')).toBe(0);
  });
});

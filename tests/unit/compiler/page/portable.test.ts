import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inlineScripts, withInlineIcon, withoutFontPreloads, withoutWoffFallbacks } from '../../../../src/compiler/page/portable';

describe('inlineScripts', () => {
  it('gives the exact text of each inline script, and skips scripts loaded from a URL', () => {
    const html =
      '<head><script type="module" src="./a.js"></script><script type="module" crossorigin>\nlet s = "<script>";\n</script></head><body><script>x()</script></body>';
    expect(inlineScripts(html)).toEqual(['\nlet s = "<script>";\n', 'x()']);
  });
});

describe('withoutFontPreloads', () => {
  it('drops font preloads, and only those', () => {
    const html = [
      '<head>',
      '    <link rel="preload" as="font" type="font/woff2" crossorigin href="/a.woff2" />',
      '    <link rel="preload" as="image" href="/b.png" />',
      '    <link rel="stylesheet" href="/c.css" />',
      '</head>',
    ].join('\n');
    expect(withoutFontPreloads(html)).toBe(
      ['<head>', '    <link rel="preload" as="image" href="/b.png" />', '    <link rel="stylesheet" href="/c.css" />', '</head>'].join(
        '\n',
      ),
    );
  });
});

describe('withoutWoffFallbacks', () => {
  it("keeps each face's inlined woff2 and drops its woff fallback", () => {
    const css = '@font-face{src:url(data:font/woff2;base64,d09GMg==)format("woff2"),url(data:font/woff;base64,d09GRg+/=)format("woff")}';
    expect(withoutWoffFallbacks(css)).toBe('@font-face{src:url(data:font/woff2;base64,d09GMg==)format("woff2")}');
  });
});

describe('withInlineIcon', () => {
  it('puts the public icon into the page as a data: URL, so the single file asks for nothing beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icon-'));
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const html = withInlineIcon('<link rel="icon" href="/favicon.svg" type="image/svg+xml" />', dir);
    expect(html).toBe(
      `<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}" type="image/svg+xml" />`,
    );
  });
});

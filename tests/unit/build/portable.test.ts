import { describe, expect, it } from 'vitest';
import { inlineScripts, withoutFontPreloads, withoutWoffFallbacks } from '../../../src/build/portable';

describe('inlineScripts', () => {
  it('gives the exact text of each inline script, and skips scripts loaded from a URL', () => {
    const html = '<head><script type="module" src="./a.js"></script><script type="module" crossorigin>\nlet s = "<script>";\n</script></head><body><script>x()</script></body>';
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
    expect(withoutFontPreloads(html)).toBe(['<head>', '    <link rel="preload" as="image" href="/b.png" />', '    <link rel="stylesheet" href="/c.css" />', '</head>'].join('\n'));
  });
});

describe('withoutWoffFallbacks', () => {
  it('keeps each face\'s inlined woff2 and drops its woff fallback', () => {
    const css = '@font-face{src:url(data:font/woff2;base64,d09GMg==)format("woff2"),url(data:font/woff;base64,d09GRg+/=)format("woff")}';
    expect(withoutWoffFallbacks(css)).toBe('@font-face{src:url(data:font/woff2;base64,d09GMg==)format("woff2")}');
  });
});

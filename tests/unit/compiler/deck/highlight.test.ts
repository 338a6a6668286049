import { describe, expect, it } from 'vitest';
import { highlightCode, highlightedLanguages } from '../../../../src/compiler/deck/highlight';

/** The text a browser shows for some markup: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('highlightCode', () => {
  it('gives a shell command coloured token spans carrying both themes', () => {
    const html = highlightCode('docker run -d -p 8080:80 --name "$NAME" nginx # start it\n', 'sh');
    const spans = html.match(/<span style="--code-dark:#[0-9A-F]{6};--code-light:#[0-9A-F]{6}">/gi) ?? [];
    expect(spans.length).toBeGreaterThanOrEqual(4);
    // Different kinds of token (command, string, comment) get different colours.
    expect(new Set(spans).size).toBeGreaterThanOrEqual(3);
  });

  it('keeps the text exactly, line breaks and spaces included', () => {
    for (const [code, lang] of [
      ['docker run --rm alpine uname -r\nwsl uname -r\n', 'sh'],
      ['Measure-Command { docker run --rm alpine true }\n', 'powershell'],
      ['FROM nginx\nCOPY site/ /usr/share/nginx/html/\n', 'dockerfile'],
      ['services:\n  web:\n    image: "nginx"\n', 'yaml'],
      ['{"a": [1, true, null]}\n', 'json'],
      ['  indented   twice  \n\n', 'bash'],
    ] as const) {
      expect(textOf(highlightCode(code, lang)), lang).toBe(code);
    }
  });

  it('escapes HTML in code: markup in a command stays text', () => {
    const code = 'echo "<script>alert(1)</script>" > index.html && echo \'<img src=x onerror=alert(1)>\'\n';
    const html = highlightCode(code, 'bash');
    expect(html).not.toMatch(/<(script|img)\b/i);
    expect(html).toContain('&lt;script&gt;');
    expect(textOf(html)).toBe(code);
  });

  it('leaves unknown languages and text to the plain, escaped fence', () => {
    expect(highlightCode('<b>bold</b>\n', 'cobol')).toBe('');
    expect(highlightCode('Hello from Docker!\n', 'text')).toBe('');
    expect(highlightCode('ls\n', '')).toBe('');
  });

  it('knows the shells by their usual names', () => {
    expect(highlightedLanguages()).toEqual(
      expect.arrayContaining(['sh', 'bash', 'shell', 'zsh', 'powershell', 'ps1', 'dockerfile', 'yaml', 'json']),
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notesPluginFile, notesPopupScript, writtenDocuments } from '../../../../src/compiler/page/notes-popup';

/** A plugin source that writes `html` into a popup, the way reveal's notes plugin does. */
const pluginWriting = (...documents: string[]) =>
  documents.map((html) => `const w = window.open('about:blank'); w.document.write(${JSON.stringify(html)});`).join('\n');
const popup = (body: string) => `<html><head><style>p { color: red }</style></head><body>${body}</body></html>`;

describe('writtenDocuments', () => {
  it('finds the literals written into a document, and nothing else that is called write', () => {
    const source = `${pluginWriting('<p>a</p>')}\nstream.write("no"); document.writeln("no"); w.document.write(html);`;
    expect(writtenDocuments(source)).toEqual(['<p>a</p>']);
  });
});

describe('notesPopupScript', () => {
  it('returns the one inline script of the popup, exactly as written', () => {
    const code = '\n  (function () { document.title = "</p>"; })();\n';
    expect(notesPopupScript(pluginWriting(popup(`<p>x</p><script>${code}</script>`)), 'notes.mjs')).toBe(code);
  });

  it.each([
    ['no popup at all', 'const x = 1;', /notes\.mjs: .*written by 0 document\.write calls/],
    ['two popups', pluginWriting(popup('<script>1</script>'), popup('<script>2</script>')), /2 document\.write calls/],
    ['two scripts', pluginWriting(popup('<script>1</script><script>2</script>')), /has 2 script elements/],
    ['a script from a URL', pluginWriting(popup('<script src="speaker.js"></script>')), /loads its script from a URL/],
    ['an inline handler', pluginWriting(popup('<button onclick="go()">Go</button><script>1</script>')), /inline event handler/],
    ['a javascript: link', pluginWriting(popup('<a href="javascript:go()">Go</a><script>1</script>')), /javascript: URL/],
    ['eval', pluginWriting(popup('<script>eval(code)</script>')), /uses eval\(\)/],
    ['new Function', pluginWriting(popup('<script>new Function("x", code)</script>')), /uses new Function\(\)/],
    ['a string timer', pluginWriting(popup(`<script>setTimeout('go()', 5)</script>`)), /timer given code as a string/],
  ])('refuses a popup with %s, naming the plugin file', (_, source, message) => {
    expect(() => notesPopupScript(source, 'notes.mjs')).toThrow(message);
  });

  it('reads the installed reveal.js notes plugin: one script that builds the speaker view', () => {
    const file = notesPluginFile(process.cwd());
    expect(file).toMatch(/reveal\.js[\\/]dist[\\/]plugin[\\/]notes\.mjs$/);
    const code = notesPopupScript(readFileSync(file, 'utf8'), file);
    expect(code).toContain("document.querySelector( '#connection-status' )");
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type ESTree, parseSync, Visitor } from 'vite';

/**
 * Reveal's speaker view is no page of its own: the notes plugin opens an about:blank popup and writes a whole
 * document into it, with one inline script. The popup inherits the deck's Content-Security-Policy, so that
 * script runs only if the policy carries its hash. It is read here from the plugin the build bundles, so an
 * upgrade of reveal.js changes the hash with it, and a change the hash cannot cover fails the build.
 */

const propertyName = (node: ESTree.Node): string | undefined =>
  node.type === 'MemberExpression' && node.property.type === 'Identifier' ? node.property.name : undefined;

/** `<anything>.document.write("<literal>")`: how the plugin fills its popup. */
function writtenLiteral(call: ESTree.CallExpression): string | undefined {
  const {
    callee,
    arguments: [first],
  } = call;
  if (callee.type !== 'MemberExpression' || propertyName(callee) !== 'write' || propertyName(callee.object) !== 'document')
    return undefined;
  return first?.type === 'Literal' && typeof first.value === 'string' ? first.value : undefined;
}

/** Every string literal the source writes into a document, in source order. */
export function writtenDocuments(source: string, file = 'source.js'): string[] {
  const { program, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${file}: not JavaScript the build can read (${errors[0]?.message ?? ''})`);
  const found: string[] = [];
  new Visitor({
    CallExpression(call) {
      const literal = writtenLiteral(call);
      if (literal !== undefined) found.push(literal);
    },
  }).visit(program);
  return found;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Hashes cover inline `<script>` elements only: handlers in markup, `javascript:` URLs and code built from strings stay blocked. */
const UNCOVERED: readonly [RegExp, string][] = [
  [/<[^>]*\son[a-z]+\s*=/i, 'an inline event handler attribute'],
  [/javascript:/i, 'a javascript: URL'],
];
const UNCOVERED_CODE: readonly [RegExp, string][] = [
  [/\beval\s*\(/, 'eval()'],
  [/\bnew\s+Function\b/, 'new Function()'],
  [/\bset(?:Timeout|Interval)\s*\(\s*['"`]/, 'a timer given code as a string'],
];

/**
 * The one inline script of the speaker view's popup, from the notes plugin's source. Throws, naming `file`,
 * when the popup no longer has exactly that shape, or needs more than a script hash to run.
 */
export function notesPopupScript(source: string, file: string): string {
  const fail = (what: string): never => {
    throw new Error(
      `${file}: reveal.js's speaker view ${what}, so the deck's Content-Security-Policy cannot allow it with a script hash. ` +
        'Check the notes plugin after a reveal.js upgrade (src/compiler/notes-popup.ts reads it).',
    );
  };
  const documents = writtenDocuments(source, file);
  if (documents.length !== 1) fail(`is written by ${String(documents.length)} document.write calls, not 1`);
  const popup = documents[0] ?? '';
  const scripts = [...popup.matchAll(SCRIPT)];
  if (scripts.length !== 1) fail(`has ${String(scripts.length)} script elements, not 1`);
  const [, attributes = '', code = ''] = scripts[0] ?? [];
  if (/\ssrc\s*=/i.test(attributes)) fail('loads its script from a URL');
  const markup = popup.replace(SCRIPT, '');
  for (const [pattern, what] of UNCOVERED) if (pattern.test(markup)) fail(`markup has ${what}`);
  for (const [pattern, what] of UNCOVERED_CODE) if (pattern.test(code)) fail(`script uses ${what}`);
  return code;
}

/** The notes plugin file Vite bundles: the `import` entry of `reveal.js/plugin/notes` in reveal's exports. */
export function notesPluginFile(root: string): string {
  const main = createRequire(join(root, 'package.json')).resolve('reveal.js');
  let dir = dirname(main);
  while (!existsSync(join(dir, 'package.json'))) {
    if (dirname(dir) === dir) throw new Error(`${main}: no package.json above reveal.js's main file`);
    dir = dirname(dir);
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports?: Record<string, { import?: string }> };
  const entry = manifest.exports?.['./plugin/notes']?.import;
  if (!entry) throw new Error(`${join(dir, 'package.json')}: reveal.js exports no ES module for ./plugin/notes`);
  return join(dir, entry);
}

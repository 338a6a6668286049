import type Token from 'markdown-it/lib/token.mjs';
import { ErrorCodes, Tokenizer, TokenizerMode, type Token as Html, type TokenHandler } from 'parse5';
import { checkAssetUrl, type AssetExists } from './asset-refs.ts';
import { SlideError } from './errors.ts';

/**
 * The raw-HTML policy (docs/authoring.md): raw HTML is the author's, but it must open and close its elements
 * within the part of the slide it stands in (the slide's face, or its notes), or it would cut the deck or move
 * notes onto the slide. Scripts, inline event handlers and `javascript:` URLs are refused unless the file's
 * front matter says `allow-scripts: true`: the deck runs under a Content-Security-Policy that blocks them.
 */
export interface RawHtmlRules {
  file: string;
  allowScripts: boolean;
  /** Where images are looked up; without it (a file compiled on its own) they are not checked. */
  assetExists?: AssetExists;
  lineOf: (token: Token | undefined, fallback: number) => number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag HTML lets the author leave out. */
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rtc',
  'rp',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
]);
/** Elements whose content is text up to their end tag, so a `<` inside them opens nothing. */
const TEXT_MODES: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background']);
const ALLOW =
  'the deck runs under a Content-Security-Policy that blocks it; move the code to src/, or put "allow-scripts: true" in this file\'s front matter';

type Open = { name: string; line: number };

/** Checks one run of tokens that the compiler renders as one piece (a slide's face, or its notes). */
export function checkRawHtml(rules: RawHtmlRules, tokens: readonly Token[], slideLine: number): void {
  const open: Open[] = [];
  for (const token of tokens) {
    const line = rules.lineOf(token, slideLine);
    checkAttributes(rules, token, line);
    if (token.type === 'html_block') scanHtml(rules, token.content, line, open);
    let breaks = 0;
    for (const child of token.children ?? []) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') breaks++;
      checkAttributes(rules, child, line + breaks);
      if (child.type === 'html_inline') scanHtml(rules, child.content, line + breaks, open);
    }
  }
  const unclosed = open.find((o) => !OPTIONAL_END.has(o.name));
  if (unclosed) {
    throw new SlideError(
      rules.file,
      unclosed.line,
      `raw HTML "<${unclosed.name}>" is not closed in this part of the slide: add "</${unclosed.name}>" before its notes or the next slide`,
    );
  }
}

/** Attributes the Markdown itself gives (links, `{onclick=...}` through markdown-it-attrs). */
function checkAttributes(rules: RawHtmlRules, token: Token, line: number): void {
  for (const [name, value] of token.attrs ?? []) checkAttribute(rules, token.tag, name, value, line);
}

function checkAttribute(rules: RawHtmlRules, tag: string, name: string, value: string, line: number): void {
  const attribute = name.toLowerCase();
  if (rules.assetExists) checkAssetUrl(rules.file, line, tag, attribute, value, rules.assetExists);
  if (rules.allowScripts) return;
  if (/^on/.test(attribute)) {
    throw new SlideError(rules.file, line, `"${attribute}=" on <${tag}> is an inline event handler: ${ALLOW}`);
  }
  // Browsers drop tabs, newlines and leading control characters from URLs before they read the scheme.
  const url = Array.from(value, (c) => (c.charCodeAt(0) > 0x20 ? c : '')).join('');
  if (URL_ATTRIBUTES.has(attribute) && /^javascript:/i.test(url)) {
    throw new SlideError(rules.file, line, `${attribute}="${value.slice(0, 30)}" on <${tag}> is a javascript: URL: ${ALLOW}`);
  }
}

/** Tokenises one piece of raw HTML as a browser would and keeps the stack of what it opened. */
function scanHtml(rules: RawHtmlRules, html: string, firstLine: number, open: Open[]): void {
  const lineOf = (token: Html.Location | null | undefined) => firstLine + (token ? token.startLine - 1 : 0);
  let problem: { line: number; message: string } | undefined;
  const fail = (line: number, message: string) => {
    problem ??= { line, message };
  };
  const handler: TokenHandler = {
    onStartTag(tag) {
      const line = lineOf(tag.location);
      const name = tag.tagName;
      if (name === 'script' && !rules.allowScripts) fail(line, `raw HTML "<script>": ${ALLOW}`);
      for (const attr of tag.attrs) checkAttribute(rules, name, attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value, line);
      const mode = TEXT_MODES[name];
      if (mode !== undefined) tokenizer.state = mode;
      if (VOID.has(name) || (tag.selfClosing && insideForeign(open))) return;
      const top = open.at(-1);
      if (top && top.name === name && OPTIONAL_END.has(name)) open.pop();
      open.push({ name, line });
    },
    onEndTag(tag) {
      const name = tag.tagName;
      if (VOID.has(name)) return;
      const at = open.map((o) => o.name).lastIndexOf(name);
      const line = lineOf(tag.location);
      if (at < 0) {
        fail(
          line,
          `raw HTML "</${name}>" closes an element this part of the slide did not open, so it would end the slide early or cut the deck: remove it`,
        );
        return;
      }
      const inner = open.slice(at + 1).find((o) => !OPTIONAL_END.has(o.name));
      if (inner) fail(inner.line, `raw HTML "<${inner.name}>" is not closed before "</${name}>" on line ${line}: add "</${inner.name}>"`);
      open.length = at;
    },
    onComment(comment) {
      comments.line = lineOf(comment.location);
    },
    onDoctype() {},
    onEof() {},
    onCharacter() {},
    onNullCharacter() {},
    onWhitespaceCharacter() {},
    onParseError(error) {
      comments.unclosed ||= error.code === ErrorCodes.eofInComment;
    },
  };
  const comments = { line: firstLine, unclosed: false };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(html, true);
  // The error is reported where the file ends; the comment token that follows it knows where it began.
  if (comments.unclosed) fail(comments.line, '"<!--" opens a comment that is never closed: end it with "-->"');
  if (problem) throw new SlideError(rules.file, problem.line, problem.message);
}

function insideForeign(open: readonly Open[]): boolean {
  return open.some((o) => o.name === 'svg' || o.name === 'math');
}

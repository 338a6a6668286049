import type Token from 'markdown-it/lib/token.mjs';
import type { AssetExists } from './asset-refs.ts';
import type { LocatedBlock } from './check-deck.ts';
import { SlideError } from './errors.ts';
import { parseFrontMatter } from './front-matter.ts';
import { createMarkdown } from './markdown.ts';
import type { CompiledBlock, CompiledSlide } from '../../model/deck.ts';
import { readNotesHeading } from './notes-heading.ts';
import { checkRawHtml, type RawHtmlRules } from './raw-html.ts';
import { checkSlideStructure } from './slide-structure.ts';
import { renderFace, type LineOf, type SceneEntry } from './face.ts';

const md = createMarkdown();

/**
 * What a slide file is compiled against. The scenes come in as data (vite.config.ts passes the scene list's
 * catalog): the compiler runs at build time and imports no scene code. Without them, no scene is known.
 */
export interface CompileContext {
  scenes?: readonly SceneEntry[];
  assetExists?: AssetExists;
}

/** Compiles one slide file (front matter + Markdown body) into its agenda block and slides. */
export function compileSlideFile(file: string, source: string, context: CompileContext = {}): CompiledBlock {
  return compileSlideSource(file, source, context).block;
}

/** The same, with the lines of the front-matter keys, for checks across files. */
export function compileSlideSource(file: string, source: string, context: CompileContext = {}): LocatedBlock {
  const { assetExists, scenes = [] } = context;
  const text = source.replace(/\r\n?/g, '\n');
  const front = parseFrontMatter(file, text);
  const body = text.split('\n').slice(front.lineCount).join('\n');
  const tokens = md.parse(body, {});
  // Token maps count from the body's first line; messages count from the file's.
  const lineOf = (token: Token | undefined, fallback: number) => (token?.map ? token.map[0] + front.lineCount + 1 : fallback);
  checkContainersClosed(file, body, tokens, lineOf);
  const rules: RawHtmlRules = { file, allowScripts: front.allowScripts, lineOf, ...(assetExists ? { assetExists } : {}) };

  const stacks: CompiledSlide[][] = [];
  let current: Token[] = [];
  let currentLine = front.lineCount + 1;
  let vertical = false;
  const flush = () => {
    const slide = compileSlide(rules, scenes, current, currentLine);
    const stack = stacks.at(-1);
    if (vertical && stack) stack.push(slide);
    else stacks.push([slide]);
  };
  for (const token of tokens) {
    if (token.type === 'hr' && token.level === 0) {
      flush();
      vertical = token.markup.startsWith('*');
      current = [];
      currentLine = lineOf(token, currentLine) + 1;
    } else {
      current.push(token);
    }
  }
  flush();

  const block = { id: front.id, title: front.title, kind: front.kind, length: front.length, file, stacks };
  return { block, keyLines: front.keyLines };
}

/**
 * An unclosed `:::` container runs on to the next `:::` line or the end of the file and swallows the slides
 * between, which then fail with a message about something else: name the container instead. A container holds
 * no slide separator and no other container, and its map ends on its closing line.
 */
function checkContainersClosed(file: string, body: string, tokens: readonly Token[], lineOf: LineOf): void {
  const lines = body.split('\n');
  const isOpen = (t: Token) => /^container_\w+_open$/.test(t.type);
  for (const [i, token] of tokens.entries()) {
    if (!isOpen(token) || !token.map) continue;
    const closeType = token.type.replace(/_open$/, '_close');
    const end = tokens.findIndex((t, j) => j > i && t.type === closeType && t.level === token.level);
    const swallowed = tokens.slice(i + 1, end < 0 ? tokens.length : end).find((t) => t.type === 'hr' || isOpen(t));
    if (swallowed || !/^\s*:{3,}\s*$/.test(lines[token.map[1]] ?? '')) {
      const before = swallowed ? ` before line ${String(lineOf(swallowed, 1))}` : '';
      throw new SlideError(
        file,
        lineOf(token, 1),
        `"${token.markup} ${token.info.trim()}" is not closed: end it with a line ":::"${before}`,
      );
    }
  }
}

function compileSlide(rules: RawHtmlRules, scenes: readonly SceneEntry[], tokens: Token[], startLine: number): CompiledSlide {
  const { file, lineOf } = rules;
  const line = lineOf(
    tokens.find((t) => t.map),
    startLine,
  );
  if (tokens.length === 0) throw new SlideError(file, startLine, 'empty slide: remove the extra separator or add content');

  const notesAt = tokens.findIndex(
    (t, i) => t.type === 'inline' && t.level === 1 && tokens[i - 1]?.type === 'paragraph_open' && readNotesHeading(t.content) !== null,
  );
  checkRawParts(rules, tokens, notesAt < 0 ? tokens.length : notesAt - 1, line);
  if (notesAt < 0) throw new SlideError(file, line, 'slide has no speaker notes: end it with a paragraph "Note (2 min): what to say"');
  const notesToken = tokens[notesAt];
  const heading = notesToken ? readNotesHeading(notesToken.content) : null;
  if (!notesToken || heading === null) throw new SlideError(file, line, 'slide has no speaker notes');
  if ('error' in heading) throw new SlideError(file, lineOf(notesToken, line), heading.error);

  const face = tokens.slice(0, notesAt - 1);
  const notes = tokens.slice(notesAt - 1);
  notes[1] = md.parseInline(heading.rest.trim(), {})[0] ?? notesToken;
  if (notes[1].content === '' && notes.length <= 3) {
    throw new SlideError(file, lineOf(notesToken, line), 'speaker notes are empty: say what to tell the room');
  }

  const titleAt = face.findIndex((t) => t.type === 'heading_open');
  const title = face[titleAt + 1]?.content;
  if (titleAt < 0 || !title) throw new SlideError(file, line, 'slide has no heading: start it with "## Title"');

  const { html, scene, countdown } = renderFace(md, file, face, lineOf, line, scenes);
  const notesHtml = md.renderer.render(notes, md.options, {});
  const slideHtml = `${html}<aside class="notes">${notesHtml}</aside>`;
  checkSlideStructure(file, line, slideHtml);
  return {
    title: plainText(face[titleAt + 1]),
    html: slideHtml,
    seconds: heading.seconds,
    countdown,
    scene,
    line,
  };
}

/** Raw HTML is checked per piece the compiler renders on its own: the face between containers, each container, the notes. */
function checkRawParts(rules: RawHtmlRules, tokens: readonly Token[], notesStart: number, line: number): void {
  let start = 0;
  for (let i = 0; i < notesStart; i++) {
    if (!/^container_\w+_(open|close)$/.test(tokens[i]?.type ?? '')) continue;
    checkRawHtml(rules, tokens.slice(start, i), line);
    start = i + 1;
  }
  checkRawHtml(rules, tokens.slice(start, notesStart), line);
  checkRawHtml(rules, tokens.slice(notesStart), line);
}

function plainText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .filter((c) => c.type === 'text' || c.type === 'code_inline')
    .map((c) => c.content)
    .join('')
    .trim();
}

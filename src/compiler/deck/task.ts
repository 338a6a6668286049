import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { SlideError } from './errors.ts';

/**
 * The task form: one exercise with what to type, what a good result looks like and what to do when it fails.
 *
 *     ::: task Run a web server
 *     What to do.                          <- "do": prose and at least one code block
 *     ```sh macOS · Linux · WSL            <- lang, then an optional platform label
 *     docker run -d -p 8080:80 nginx
 *     ```
 *     Expect: what a good result looks like <- "expect": required
 *     If it fails: the usual failure        <- "trouble": optional
 *     :::
 *
 * Renders to `<div class="task"><h3 class="task-title">…</h3><div class="task-do">…</div>
 * <div class="task-expect">…</div><div class="task-trouble">…</div></div>`, each code block as
 * `<figure class="task-code" data-platform="…"><figcaption>…</figcaption><pre><code class="language-…">`.
 */

export const EXPECT_LABEL = 'Expect:';
export const TROUBLE_LABEL = 'If it fails:';

type Section = 'do' | 'expect' | 'trouble';
type LineOf = (token: Token | undefined, fallback: number) => number;

export interface TaskSource {
  md: MarkdownIt;
  file: string;
  lineOf: LineOf;
}

/** The title written after `::: task`, or '' when there is none. */
export function taskTitle(open: Token): string {
  return open.info
    .trim()
    .replace(/^task\b/, '')
    .trim();
}

/** Markup for one `::: task` container; `inner` are the tokens between its open and close. */
export function renderTask(source: TaskSource, open: Token, inner: Token[], line: number): string {
  const { md, file, lineOf } = source;
  const title = taskTitle(open);
  if (!title) throw new SlideError(file, line, 'a task needs a title: "::: task Run a web server"');

  const level = open.level + 1;
  const sections: Record<Section, string> = { do: '', expect: '', trouble: '' };
  const counts: Record<Section, number> = { do: 0, expect: 0, trouble: 0 };
  let section: Section = 'do';
  let expectSeen = false;
  let i = 0;
  while (i < inner.length) {
    const token = inner[i];
    if (!token) break;
    const label = token.type === 'paragraph_open' && token.level === level ? labelOf(inner[i + 1]) : null;
    if (label) {
      const where = lineOf(token, line);
      if (label === EXPECT_LABEL) {
        if (expectSeen) throw new SlideError(file, where, `task "${title}" has a second "${EXPECT_LABEL}": one per task`);
        expectSeen = true;
        section = 'expect';
      } else {
        if (!expectSeen) throw new SlideError(file, where, `task "${title}": "${TROUBLE_LABEL}" comes after "${EXPECT_LABEL}"`);
        if (section === 'trouble') throw new SlideError(file, where, `task "${title}" has a second "${TROUBLE_LABEL}": one per task`);
        section = 'trouble';
      }
      const rest = labelledParagraph(md, inner[i + 1], label);
      sections[section] += rest.html;
      counts[section] += rest.empty ? 0 : 1;
      i += 3;
      continue;
    }
    if (token.type === 'fence' && token.level === level) {
      sections[section] += renderCode(md, token);
      counts[section] += 1;
      i += 1;
      continue;
    }
    // Any other run of tokens (paragraphs, lists) up to the next labelled paragraph or code block.
    let end = i + 1;
    while (end < inner.length && !startsPart(inner, end, level)) end++;
    sections[section] += md.renderer.render(inner.slice(i, end), md.options, {});
    counts[section] += 1;
    i = end;
  }

  const codeInDo = inner.findIndex((t) => t.type === 'fence' && t.level === level);
  const expectAt = inner.findIndex((t, j) => t.type === 'paragraph_open' && t.level === level && labelOf(inner[j + 1]) === EXPECT_LABEL);
  if (codeInDo < 0 || (expectAt >= 0 && codeInDo > expectAt)) {
    throw new SlideError(file, line, `task "${title}" has no code block to run: put at least one \`\`\` block before "${EXPECT_LABEL}"`);
  }
  if (!expectSeen) {
    throw new SlideError(file, line, `task "${title}" has no "${EXPECT_LABEL}" paragraph: say what a good result looks like`);
  }
  if (counts.expect === 0) {
    throw new SlideError(file, lineOf(inner[expectAt], line), `task "${title}": "${EXPECT_LABEL}" is empty: describe or show the result`);
  }

  const trouble = sections.trouble ? `<div class="task-trouble">${sections.trouble}</div>` : '';
  return (
    `<div class="task"><h3 class="task-title">${md.renderInline(title)}</h3>` +
    `<div class="task-do">${sections.do}</div><div class="task-expect">${sections.expect}</div>${trouble}</div>`
  );
}

/** Whether a new part (a code block or a labelled paragraph) starts at `j`. */
function startsPart(tokens: Token[], j: number, level: number): boolean {
  const t = tokens[j];
  if (!t || t.level !== level) return false;
  return t.type === 'fence' || (t.type === 'paragraph_open' && labelOf(tokens[j + 1]) !== null);
}

function labelOf(inline: Token | undefined): string | null {
  if (inline?.type !== 'inline') return null;
  if (inline.content.startsWith(EXPECT_LABEL)) return EXPECT_LABEL;
  if (inline.content.startsWith(TROUBLE_LABEL)) return TROUBLE_LABEL;
  return null;
}

/** `<p><strong class="task-label">Expect:</strong> the rest</p>`; `empty` when only the label was written. */
function labelledParagraph(md: MarkdownIt, inline: Token | undefined, label: string): { html: string; empty: boolean } {
  const children = (inline?.children ?? []).map((child, k) => {
    if (k !== 0 || child.type !== 'text') return child;
    const copy = Object.assign(Object.create(Object.getPrototypeOf(child) as object) as Token, child);
    copy.content = child.content.slice(label.length).trimStart();
    return copy;
  });
  const rest = md.renderer.renderInline(children, md.options, {});
  const text = rest.trim() === '' ? '' : ` ${rest}`;
  return { html: `<p><strong class="task-label">${label}</strong>${text}</p>\n`, empty: text === '' };
}

/** A code block with its platform label: the fence's info string is `lang` then an optional label. */
function renderCode(md: MarkdownIt, fence: Token): string {
  const [lang = '', ...words] = fence.info.trim().split(/\s+/);
  const platform = words.join(' ');
  const bare = Object.assign(Object.create(Object.getPrototypeOf(fence) as object) as Token, fence);
  bare.info = lang;
  const pre = md.renderer.render([bare], md.options, {}).trimEnd();
  // The longest line sets the type size (tasks.css), so a command fits on one line rather than breaking at a
  // hyphen, where a student copying it from the PDF would lose the line break or the hyphen.
  const columns = Math.max(1, ...fence.content.split('\n').map((line) => line.length));
  const open = `<figure class="task-code" style="--code-columns: ${String(columns)}"`;
  if (!platform) return `${open}>${pre}</figure>`;
  const label = md.utils.escapeHtml(platform);
  return `${open} data-platform="${label}"><figcaption>${label}</figcaption>${pre}</figure>`;
}

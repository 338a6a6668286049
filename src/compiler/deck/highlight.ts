import { createHighlighterCoreSync, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import docker from 'shiki/langs/docker.mjs';
import json from 'shiki/langs/json.mjs';
import powershell from 'shiki/langs/powershell.mjs';
import shellscript from 'shiki/langs/shellscript.mjs';
import yaml from 'shiki/langs/yaml.mjs';
import dark from 'shiki/themes/github-dark-high-contrast.mjs';
import light from 'shiki/themes/github-light-high-contrast.mjs';

/**
 * Syntax colours for fenced code, computed when the deck is built: the browser gets coloured spans and no
 * highlighter. Shiki's core with its JavaScript regex engine and grammars imported up front runs synchronously,
 * so the compiler stays sync; only the languages a lecture on the command line needs are loaded
 * (sh/bash/shell/zsh, powershell/ps1, dockerfile, yaml, json). Any other language, and `text`, stay plain.
 *
 * Each token carries both themes' colours as custom properties, `--code-dark` and `--code-light`: code.css picks
 * the one made for the block's ground (commands on dark, expected output on light), each at 4.5:1 or more.
 */
export const CODE_THEMES = { dark: dark.name ?? 'dark', light: light.name ?? 'light' } as const;

let highlighter: HighlighterCore | undefined;
/** A build compiles the slides twice (the page and `virtual:deck`): the second time costs nothing. */
const done = new Map<string, string>();

function instance(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({
    themes: [dark, light],
    langs: [shellscript, powershell, docker, yaml, json],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** The languages (names and aliases) that get colours. */
export function highlightedLanguages(): string[] {
  return instance().getLoadedLanguages();
}

/**
 * The inner HTML of `<code>` for `code` in `lang`: escaped text in coloured spans, whose text is exactly `code`.
 * '' for a language without colours, which tells markdown-it to escape the code as plain text itself.
 */
export function highlightCode(code: string, lang: string): string {
  const shiki = instance();
  const name = lang.trim().toLowerCase();
  if (!name || !shiki.getLoadedLanguages().includes(name)) return '';
  const key = `${name}\n${code}`;
  const html = done.get(key) ?? colour(shiki, code, name);
  done.set(key, html);
  return html;
}

function colour(shiki: HighlighterCore, code: string, lang: string): string {
  return (
    shiki
      // No time limit: shiki stops colouring a line after 500 ms by default, and the first line a process colours
      // also compiles the grammar; on a busy machine that took longer, and a build's first block (`uname -m`) came
      // out half coloured or plain in some builds and not others.
      .codeToTokensWithThemes(code, { lang, themes: CODE_THEMES, tokenizeTimeLimit: 0 })
      .map((tokens) => {
        let html = '';
        let open = '';
        for (const token of tokens) {
          // Blank runs need no colour; equal neighbours share one span.
          const style = token.content.trim() ? styleOf(token.variants) : open;
          if (style !== open) {
            if (open) html += '</span>';
            if (style) html += `<span style="${style}">`;
            open = style;
          }
          html += escapeHtml(token.content);
        }
        return open ? `${html}</span>` : html;
      })
      .join('\n')
  );
}

function styleOf(variants: Record<string, { color?: string }>): string {
  const onDark = variants.dark?.color;
  const onLight = variants.light?.color;
  return onDark && onLight ? `--code-dark:${onDark};--code-light:${onLight}` : '';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

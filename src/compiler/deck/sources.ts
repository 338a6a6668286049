import type { DeckModel } from '../../model/deck.ts';
import { htmlText } from './html-text.ts';

/**
 * The handout's sources page, made at build time from the speaker notes: every `Source:` / `Sources:` line of
 * every slide (scene step notes included), split into its entries, grouped by slide, each with its URL when the
 * note links one. The page carries it in a `<template>`; the handout prints it after the last slide.
 */
export interface SourceEntry {
  readonly text: string;
  readonly urls: readonly string[];
}

export interface SourceGroup {
  readonly block: string;
  readonly slide: string;
  readonly entries: readonly SourceEntry[];
}

export const SOURCES_TEMPLATE_ID = 'handout-sources';

const MARKER = /\bSources?:\s*/;

const decode = (html: string): string => htmlText(html).replace(/\s+/g, ' ').trim();

/** The HTML after each `Source:` marker in a slide's notes, to the end of its paragraph or step note. */
export function sourceLines(slideHtml: string): string[] {
  const lines: string[] = [];
  for (const [, aside = ''] of slideHtml.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)) {
    for (const chunk of aside.split(/<\/p>|<\/li>/)) {
      const marker = MARKER.exec(chunk);
      if (marker) lines.push(chunk.slice(marker.index + marker[0].length));
    }
  }
  return lines;
}

/** Splits a source line at `;` outside brackets, quotes, tags and entities: one entry per cited work. */
export function splitEntries(line: string): string[] {
  const entries: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '(' || c === '“' || c === '<' || c === '[') depth++;
    else if (c === ')' || c === '”' || c === '>' || c === ']') depth = Math.max(0, depth - 1);
    // A `;` that ends an HTML entity (`&quot;`) is part of the text, not a separator.
    else if (c === ';' && depth === 0 && !/&#?\w+$/.test(line.slice(Math.max(start, i - 10), i))) {
      entries.push(line.slice(start, i));
      start = i + 1;
    }
  }
  entries.push(line.slice(start));
  return entries.map((e) => e.trim()).filter((e) => decode(e) !== '');
}

function entryOf(html: string): SourceEntry {
  const urls = [...html.matchAll(/href="([^"]+)"/g)].map(([, url = '']) => decode(url));
  return { text: decode(html).replace(/\.$/, ''), urls };
}

export function sourceGroups(deck: DeckModel): SourceGroup[] {
  return deck.blocks.flatMap((block) =>
    block.stacks.flat().flatMap((slide) => {
      const entries = sourceLines(slide.html).flatMap(splitEntries).map(entryOf);
      const seen = new Set<string>();
      const unique = entries.filter((e) => !seen.has(e.text) && seen.add(e.text));
      return unique.length ? [{ block: block.title, slide: slide.title, entries: unique }] : [];
    }),
  );
}

const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The sources as a `<template>` the handout turns into pages: one `<div>` per slide (reveal positions every `section` in `.slides`). */
export function sourcesMarkup(deck: DeckModel): string {
  const groups = sourceGroups(deck).map((group) => {
    const items = group.entries.map((entry) => {
      const links = entry.urls.map((url) => ` <a class="handout-source-url" href="${escape(url)}">${escape(url)}</a>`).join('');
      return `<li><span class="handout-source-text">${escape(entry.text)}</span>${links}</li>`;
    });
    return (
      `<div class="handout-source-group" data-block="${escape(group.block)}" data-slide="${escape(group.slide)}">` +
      `<h3>${escape(group.block)} · ${escape(group.slide)}</h3><ul>${items.join('')}</ul></div>`
    );
  });
  return `<template id="${SOURCES_TEMPLATE_ID}">${groups.join('')}</template>`;
}

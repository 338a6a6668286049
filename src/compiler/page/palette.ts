import type { Plugin } from 'vite';
import { cssVariable, UI, type UiColour } from '../../model/palette.ts';

const PUBLIC_ID = 'virtual:palette.css';
const RESOLVED_ID = '\0virtual:palette.css';
/** A stylesheet imported as text (`?inline`): the speaker view puts it into a window of its own. */
const AS_TEXT = /\.css\?(?:.*&)?inline(?:&|$)/;
const IMPORTS = /@import\b/;
/** The custom properties a stylesheet reads. */
const READS = /var\(\s*(--c-[a-z0-9-]+)/g;

const NAMES = Object.keys(UI) as UiColour[];

/** The palette as a `:root` rule, with every colour or with those a stylesheet reads. */
export function paletteRule(only?: ReadonlySet<string>): string {
  const lines = NAMES.filter((name) => !only || only.has(cssVariable(name))).map((name) => `  ${cssVariable(name)}: ${UI[name]};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}

/** The palette's custom properties a stylesheet reads. */
export const paletteReads = (css: string): Set<string> => new Set([...css.matchAll(READS)].map((m) => m[1] ?? ''));

/**
 * The CSS's colours, from `src/model/palette.ts`. Each page's entry imports `virtual:palette.css` first, so the
 * custom properties come in its first stylesheet: no moment is drawn without them. A stylesheet taken as text goes
 * into another window (the speaker view), which this page's `:root` does not reach: it carries the colours it reads.
 */
export function palettePlugin(): Plugin {
  return {
    name: 'deck-palette',
    enforce: 'pre',
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      return id === RESOLVED_ID ? paletteRule() : undefined;
    },
    transform(code, id) {
      if (!AS_TEXT.test(id)) return undefined;
      // What an @import brings is not known yet: a stylesheet that imports others carries the whole palette. The
      // rule goes last, as nothing but @import may come before an @import.
      if (IMPORTS.test(code)) return { code: `${code}\n${paletteRule()}`, map: null };
      const reads = paletteReads(code);
      return reads.size === 0 ? undefined : { code: `${code}\n${paletteRule(reads)}`, map: null };
    },
  };
}

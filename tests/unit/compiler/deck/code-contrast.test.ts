import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightCode } from '../../../../src/compiler/deck/highlight';
import { loadDeck } from '../../../../src/compiler/deck/load';
import { SCENE_CATALOG } from '../../../../src/core/scenes/registry';
import { cssVariable, UI, type UiColour } from '../../../../src/model/palette';

const ROOT = join(import.meta.dirname, '../../../..');

/**
 * Code in every language the highlighter colours, with the token kinds a lecture's commands use: comments,
 * strings, variables, keywords, numbers, operators, options, paths. Slides of tomorrow will show these too.
 */
const SAMPLES: Record<string, string> = {
  sh: `# comment\nexport NAME="web $USER" && docker run -d -p 8080:80 --name "$NAME" nginx:1.27 | grep -v 'x' > /tmp/o 2>&1\nfor i in 1 2 3; do echo $((i + 1)); done\nif [ -f ~/.bashrc ]; then sudo systemctl start docker; fi\ncat <<EOF\nhere\nEOF\n`,
  powershell: `# comment\n$name = "web"; Measure-Command { docker run --rm alpine true } | Select-Object -Property TotalMilliseconds\nif ($true -and 3 -gt 2) { Write-Host 'yes' $env:PATH }\n[int]$n = 42; Get-ChildItem -Path C:\\ | Where-Object { $_.Length -gt 1KB }\n`,
  dockerfile: `# syntax=docker/dockerfile:1\nFROM nginx:1.27 AS base\nARG VERSION=1.0\nENV APP_HOME=/app PORT="8080"\nCOPY site/ /usr/share/nginx/html/\nRUN apt-get update && apt-get install -y curl # comment\nEXPOSE 80\nCMD ["nginx", "-g", "daemon off;"]\n`,
  yaml: `# comment\nservices:\n  web:\n    image: "nginx:1.27"\n    ports: ['8080:80']\n    replicas: 3\n    enabled: true\n    env: &anchor\n      - KEY=value\n    other: *anchor\n    none: null\n`,
  json: `{"name": "web", "ports": [8080, 80], "enabled": true, "none": null, "nested": {"k": -1.5e3}}\n`,
};

/** The `background` of one rule, read from the deck's own stylesheet: a palette colour, `var(--c-...)`. */
function groundOf(file: string, selector: string): string {
  const css = readFileSync(join(ROOT, 'src/entry/theme', file), 'utf8');
  const start = css.indexOf(`${selector} {`);
  const rule = start < 0 ? '' : css.slice(start, css.indexOf('}', start));
  const variable = /background:\s*var\((--c-[\w-]+)\)/.exec(rule)?.[1];
  const found = (Object.keys(UI) as UiColour[]).find((name) => cssVariable(name) === variable);
  if (!found || !/^#[0-9a-f]{6}$/i.test(UI[found])) throw new Error(`${file} has no "${selector}" rule with a #rrggbb palette background`);
  return UI[found];
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Every colour a ground's custom property takes in some markup. */
function colours(html: string, property: '--code-dark' | '--code-light'): Set<string> {
  return new Set([...html.matchAll(new RegExp(`${property}:(#[0-9a-fA-F]+)`, 'g'))].map((m) => m[1] ?? ''));
}

describe('syntax colours against their code ground', () => {
  const deckHtml = loadDeck(ROOT, undefined, SCENE_CATALOG)
    .deck.blocks.flatMap((b) => b.stacks.flat().map((s) => s.html))
    .join('\n');
  const sampleHtml = Object.entries(SAMPLES)
    .map(([lang, code]) => highlightCode(code, lang))
    .join('\n');
  const grounds = {
    '--code-dark': groundOf('deck.css', '.reveal pre'),
    '--code-light': groundOf('tasks.css', '.reveal .task-expect .task-code pre'),
  } as const;

  it('the deck and the samples are coloured at all', () => {
    expect(colours(deckHtml, '--code-dark').size).toBeGreaterThanOrEqual(3);
    expect(colours(sampleHtml, '--code-dark').size).toBeGreaterThanOrEqual(6);
  });

  for (const [property, ground] of Object.entries(grounds) as ['--code-dark' | '--code-light', string][]) {
    it(`every ${property} colour reads at 4.5:1 or more on ${ground}`, () => {
      const shipped = new Set([...colours(deckHtml, property), ...colours(sampleHtml, property)]);
      const low = [...shipped].filter((c) => !/^#[0-9a-f]{6}$/i.test(c) || contrast(c, ground) < 4.5);
      expect(low.map((c) => `${c} ${contrast(c, ground).toFixed(2)}:1`)).toEqual([]);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { paletteReads, palettePlugin, paletteRule } from '../../../../src/compiler/page/palette';
import { cssVariable, UI, type UiColour } from '../../../../src/model/palette';
import { stylesheets } from './stylesheets';

/** CSS's named colours (CSS Color 4), except the keywords that name no colour of their own. */
const NAMED =
  'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue ' +
  'chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey ' +
  'darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray ' +
  'darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen ' +
  'fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
  'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen ' +
  'lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime ' +
  'limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue ' +
  'mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive ' +
  'olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum ' +
  'powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
  'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke ' +
  'yellow yellowgreen';
const LITERAL = new RegExp(
  String.raw`#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(|(?<![\w-])(?:${NAMED.split(' ').join('|')})(?![\w-])`,
  'i',
);
/** The declarations of a stylesheet (`property: value`), with the line each starts on. */
function declarations(css: string): { line: number; text: string; value: string }[] {
  return [...css.matchAll(/([\w-]+)\s*:\s*([^;{}]+)(?=[;}])/g)].map((m) => ({
    line: css.slice(0, m.index).split('\n').length,
    text: m[0].trim(),
    // A custom property's name and a string are not colours; a var()'s fallback may be one.
    value: (m[2] ?? '').replace(/var\(\s*--[\w-]+/g, 'var(').replace(/'[^']*'|"[^"]*"/g, "''"),
  }));
}

describe('one palette for the TypeScript and the CSS', () => {
  it('finds the stylesheets it checks', () => {
    expect(stylesheets.length).toBeGreaterThan(10);
  });

  it('no stylesheet spells a colour: every colour is a var(--c-…) from src/model/palette.ts', () => {
    const literals = stylesheets.flatMap(({ file, css }) =>
      declarations(css)
        .filter((d) => LITERAL.test(d.value))
        .map((d) => `${file}:${d.line}: ${d.text}`),
    );
    expect(literals).toEqual([]);
  });

  it('every palette colour a stylesheet reads exists, and every UI colour is read by some stylesheet', () => {
    const defined = new Set((Object.keys(UI) as UiColour[]).map(cssVariable));
    const read = new Set(stylesheets.flatMap(({ css }) => [...paletteReads(css)]));
    expect([...read].filter((name) => !defined.has(name))).toEqual([]);
    expect([...defined].filter((name) => !read.has(name))).toEqual([]);
  });

  it('names each custom property after its palette key', () => {
    expect(cssVariable('ink')).toBe('--c-ink');
    expect(cssVariable('linkHover')).toBe('--c-link-hover');
    expect(new Set(Object.values(UI)).size).toBe(Object.keys(UI).length);
  });
});

describe('palettePlugin', () => {
  const plugin = palettePlugin();
  const call = (hook: unknown, ...args: unknown[]): unknown => (hook as (...a: unknown[]) => unknown)(...args);

  it('serves every UI colour as a :root custom property in virtual:palette.css', () => {
    const id = call(plugin.resolveId, 'virtual:palette.css');
    const css = call(plugin.load, id) as string;
    for (const name of Object.keys(UI) as UiColour[]) expect(css).toContain(`${cssVariable(name)}: ${UI[name]};`);
  });

  it('gives a stylesheet taken as text (for the speaker window) the colours it reads, and only those', () => {
    const css = '.a { color: var(--c-ink); border: 1px solid var( --c-rule-soft, red); }';
    const out = call(plugin.transform, css, '/src/x.css?inline') as { code: string };
    expect(out.code).toBe(`${css}\n${paletteRule(new Set(['--c-ink', '--c-rule-soft']))}`);
    expect(out.code).toContain(`--c-ink: ${UI.ink};`);
    expect(out.code).not.toContain('--c-link:');
    expect(call(plugin.transform, css, '/src/x.css')).toBeUndefined();
    expect(call(plugin.transform, '.a { color: inherit; }', '/src/x.css?inline')).toBeUndefined();
  });

  it('gives a stylesheet taken as text that imports others the whole palette, after its @imports', () => {
    const css = "@import './deck.css';\n.a { margin: 0; }";
    const out = call(plugin.transform, css, '/src/slide-copy.css?inline') as { code: string };
    expect(out.code).toBe(`${css}\n${paletteRule()}`);
  });
});

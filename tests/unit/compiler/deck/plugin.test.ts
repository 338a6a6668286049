import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slidesPlugin } from '../../../../src/compiler/deck/plugin';

/** A project of its own: index.html with the slides' hole, a script importing the deck, a class file, one slide file, one image. */
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'deck-plugin-'));
  for (const dir of ['slides', 'assets']) mkdirSync(join(root, dir));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><body><div class="slides"></div><script type="module" src="/main.js"></script></body></html>',
  );
  writeFileSync(join(root, 'main.js'), "import deck from 'virtual:deck';\nconsole.log(deck.blocks.length);\n");
  writeFileSync(join(root, 'slides', 'class.yaml'), 'course: Test\nweek: 1\nday: 1\nstart: "09:00"\nend: "10:00"\n');
  writeFileSync(join(root, 'assets', 'plan.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const slide = (image: string) => `---\nblock: a\ntitle: A\nkind: demo\nminutes: 10\n---\n\n## A\n\n![plan](${image})\n\nNote: x\n`;
const buildDeck = () => build({ root, configFile: false, logLevel: 'silent', base: './', plugins: [slidesPlugin({ scenes: [], root })] });

describe('slidesPlugin in a Vite build', () => {
  it("puts the slides in the page and their images through Vite's asset pipeline, as files", async () => {
    writeFileSync(join(root, 'slides', '01-a.md'), slide('assets/plan.svg'));
    await buildDeck();
    const html = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
    const built = readdirSync(join(root, 'dist', 'assets')).find((f) => /^plan-[\w-]{8}\.svg$/.test(f));
    expect(built, 'a fingerprinted copy, not a data: URL').toBeDefined();
    expect(html).toContain(`<img src="./assets/${built ?? ''}" alt="plan">`);
  });

  it('ships the page only what its scripts read of the deck: agenda fields, slide titles (the rehearsal report names slides) and times, no markup', async () => {
    writeFileSync(join(root, 'main.js'), "import deck from 'virtual:deck';\nconsole.log(JSON.stringify(deck.blocks));\n");
    writeFileSync(join(root, 'slides', '01-a.md'), slide('assets/plan.svg').replace('## A', '## Slide heading'));
    await buildDeck();
    const js = readdirSync(join(root, 'dist', 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(root, 'dist', 'assets', f), 'utf8'))
      .join('\n');
    // The data, as the minifier writes it: keys unquoted, false as !1.
    const data = /blocks:(\[.*?\]\]\}\])/.exec(js)?.[1] ?? '';
    expect(data).toBe(
      '[{id:`a`,title:`A`,kind:`demo`,length:{type:`fixed`,minutes:10},stacks:[[{title:`Slide heading`,seconds:null,countdown:!1}]]}]',
    );
    expect(js, 'the slide markup stays in the page').not.toContain('<h2>Slide heading');
  });

  it('fails on a missing image with file:line and nothing else', async () => {
    writeFileSync(join(root, 'slides', '01-a.md'), slide('assets/missing.svg'));
    const error = (await buildDeck().then(
      () => undefined,
      (e: unknown) => e,
    )) as { errors?: { message: string; plugin: string; loc?: object }[] };
    expect(error.errors?.map((e) => [e.plugin, e.message])).toEqual([
      [
        'deck-slides',
        'slides/01-a.md:10: <img src="assets/missing.svg">: no file assets/missing.svg in the project; put the file in assets/ (or fix the path: it is relative to the project folder)',
      ],
    ]);
    expect(error.errors?.[0]?.loc).toEqual({ file: join(root, 'slides', '01-a.md'), line: 10, column: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { SlideError } from '../../../../src/compiler/deck/errors';
import { parseFrontMatter } from '../../../../src/compiler/deck/front-matter';

/** A slide file whose front matter is these lines: line 1 is the fence, the first key is on line 2. */
const file = (...keys: string[]) => ['---', ...keys, '---', '', '## A', ''].join('\n');
const GOOD = ['block: demo-block', 'title: Container Demo', 'kind: demo', 'minutes: 10'];

function problem(source: string): string {
  try {
    parseFrontMatter('slides/03-demo.md', source);
  } catch (error) {
    if (error instanceof SlideError) return error.message;
    throw error;
  }
  throw new Error('the front matter was accepted');
}

describe('front matter, checked by its valibot schema, names file:line and the cause', () => {
  it('reads good front matter, with the line of each key', () => {
    expect(parseFrontMatter('slides/03-demo.md', file(...GOOD, 'allow-scripts: true'))).toEqual({
      id: 'demo-block',
      title: 'Container Demo',
      kind: 'demo',
      length: { type: 'fixed', minutes: 10 },
      allowScripts: true,
      lineCount: 7,
      keyLines: { block: 2, title: 3, kind: 4, minutes: 5, 'allow-scripts': 6 },
    });
  });

  it('an unknown key, at its line', () => {
    expect(problem(file(...GOOD.slice(0, 2), 'colour: blue', ...GOOD.slice(2)))).toBe(
      'slides/03-demo.md:4: unknown front-matter key "colour" (known: block, title, kind, minutes, until-before-end, min-minutes, allow-scripts)',
    );
  });

  it('a value of the wrong type, at its line', () => {
    expect(problem(file(GOOD[0] ?? '', 'title: [a, b]', ...GOOD.slice(2)))).toBe('slides/03-demo.md:3: "title" is text, not a list');
    expect(problem(file(...GOOD, 'allow-scripts: 1'))).toBe('slides/03-demo.md:6: "allow-scripts" is true or false, not "1"');
    expect(problem(file(...GOOD.slice(0, 2), 'kind: lecture talk', GOOD[3] ?? ''))).toMatch(
      /^slides\/03-demo\.md:4: kind "lecture talk" is not one of lecture, /,
    );
  });

  it('bad minutes, at their line', () => {
    expect(problem(file(...GOOD.slice(0, 3), 'minutes: -5'))).toBe(
      'slides/03-demo.md:5: "minutes" must be a positive number of minutes in decimal digits, such as 30 or 7.5, not "-5"',
    );
    expect(problem(file(...GOOD.slice(0, 3), 'until-before-end: 60', 'min-minutes: 0x0A'))).toMatch(
      /^slides\/03-demo\.md:6: "min-minutes" must be/,
    );
    expect(problem(file(...GOOD.slice(0, 3), 'min-minutes: 5', 'minutes: 10'))).toBe(
      'slides/03-demo.md:5: "min-minutes" only applies to a block with "until-before-end"',
    );
  });

  it('a key given twice, at the second', () => {
    expect(problem(file(...GOOD, 'title: Again'))).toBe('slides/03-demo.md:6: "title" is given twice: once on line 3, again here');
  });

  it('of several mistakes, the first in the file', () => {
    expect(problem(file(GOOD[0] ?? '', 'title: Demo', 'kind: party', 'minutes: ten', 'hue: 3'))).toMatch(
      /^slides\/03-demo\.md:4: kind "party"/,
    );
  });
});

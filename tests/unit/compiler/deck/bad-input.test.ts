import { describe, expect, it } from 'vitest';
import { compileSlideFile } from '../../../../src/compiler/deck/compile';
import { SlideError } from '../../../../src/compiler/deck/errors';
import { checkSlideStructure } from '../../../../src/compiler/deck/slide-structure';

/** Front matter on lines 1-6; a body's first line is line 7, so "## A\n\nX" puts X on line 9. */
const FRONT = ['---', 'block: demo-block', 'title: Container Demo', 'kind: demo', 'minutes: 10', '---', ''].join('\n');

function failure(source: string): SlideError {
  try {
    compileSlideFile('slides/x.md', source);
  } catch (error) {
    if (error instanceof SlideError) return error;
    throw error;
  }
  throw new Error('expected a SlideError');
}
const bodyFailure = (body: string, front = FRONT) => failure(`${front}${body}`).message;
const slideOn9 = (line9: string, notes = 'Note: x') => `## A\n\n${line9}\n\n${notes}\n`;

describe('raw HTML that breaks the slide structure fails at its line', () => {
  it('a stray closing tag (it would end the section and cut the deck)', () => {
    expect(bodyFailure(slideOn9('<p>x</section></div>'))).toBe(
      'slides/x.md:9: raw HTML "</section>" closes an element this part of the slide did not open, so it would end the slide early or cut the deck: remove it',
    );
    expect(bodyFailure(slideOn9('</div>'))).toMatch(/^slides\/x.md:9: raw HTML "<\/div>" closes an element/);
  });

  it('an element left open, in the face or running into the notes', () => {
    expect(bodyFailure(slideOn9('<div class="x">\n\ntext'))).toBe(
      'slides/x.md:9: raw HTML "<div>" is not closed in this part of the slide: add "</div>" before its notes or the next slide',
    );
    expect(bodyFailure(slideOn9('<div>\n\ntext', 'Note: x\n\n</div>'))).toMatch(/^slides\/x.md:9: raw HTML "<div>" is not closed/);
    expect(bodyFailure(slideOn9('text <b>bold'))).toMatch(/^slides\/x.md:9: raw HTML "<b>" is not closed/);
    expect(bodyFailure(slideOn9('<textarea>'))).toMatch(/^slides\/x.md:9: raw HTML "<textarea>" is not closed/);
    expect(bodyFailure(slideOn9('<span><em>x</span></em>'))).toBe(
      'slides/x.md:9: raw HTML "<em>" is not closed before "</span>" on line 9: add "</em>"',
    );
  });

  it('balanced raw HTML, optional end tags, SVG and Markdown between tags build', () => {
    const body = [
      '## A',
      '',
      '<div class="columns">',
      '',
      'Markdown *inside*',
      '',
      '</div>',
      '',
      '<ul><li>a<li>b</ul> <svg viewBox="0 0 4 4"><circle r="1"/></svg>',
      '',
      'Note: with <b>bold</b> notes',
      '',
    ].join('\n');
    expect(compileSlideFile('slides/x.md', `${FRONT}${body}`).stacks[0]?.[0]?.html).toContain('<div class="columns">');
  });

  it('the structure check reads the slide as the browser will', () => {
    expect(() => {
      checkSlideStructure('slides/x.md', 7, '<h2>A</h2><aside class="notes">x</aside>');
    }).not.toThrow();
    for (const broken of ['</section><section>', '</div>', '<textarea>', '<b>', '<!-- x', '<title>']) {
      expect(() => {
        checkSlideStructure('slides/x.md', 7, `<h2>A</h2>${broken}<aside class="notes">x</aside>`);
      }, broken).toThrow(/^slides\/x.md:7: the raw HTML on this slide breaks its structure/);
    }
  });
});

describe('scripts, event handlers and javascript: URLs need allow-scripts', () => {
  const ALLOW =
    'the deck runs under a Content-Security-Policy that blocks it; move the code to src/, or put "allow-scripts: true" in this file\'s front matter';

  it('are refused with the way out', () => {
    expect(bodyFailure(slideOn9('<script>alert(1)</script>'))).toBe(`slides/x.md:9: raw HTML "<script>": ${ALLOW}`);
    expect(bodyFailure(slideOn9('<button onclick="go()">Go</button>'))).toBe(
      `slides/x.md:9: "onclick=" on <button> is an inline event handler: ${ALLOW}`,
    );
    expect(bodyFailure(slideOn9('text {onmouseover=go()}'))).toMatch(/^slides\/x.md:9: "onmouseover=" on <p> is an inline event handler/);
    expect(bodyFailure(slideOn9('<a href=" java\tscript:alert(1)">x</a>'))).toMatch(
      /^slides\/x.md:9: href=".*" on <a> is a javascript: URL/,
    );
  });

  it('a comment or text that mentions javascript: is fine; allow-scripts lets them through', () => {
    expect(() => compileSlideFile('slides/x.md', FRONT + slideOn9('<abbr title="javascript: a language">JS</abbr>'))).not.toThrow();
    const allowed = FRONT.replace('minutes: 10', 'minutes: 10\nallow-scripts: true');
    const html = compileSlideFile('slides/x.md', allowed + slideOn9('<button onclick="go()">Go</button><script>go()</script>'))
      .stacks[0]?.[0]?.html;
    expect(html).toContain('<script>go()</script>');
    expect(bodyFailure(slideOn9('x'), allowed.replace('true', 'yes'))).toBe('slides/x.md:6: "allow-scripts" is true or false, not "yes"');
  });
});

describe('an unclosed thing is named at the line where it opens', () => {
  const nextSlide = '\n---\n\n## B\n\nNote: y\n';

  it('a ::: container without its closing line', () => {
    const body = slideOn9('::: scene kernel-requests\n1. a\n2. b\n3. c\n4. d\n5. e') + nextSlide;
    expect(bodyFailure(body)).toBe('slides/x.md:9: "::: scene kernel-requests" is not closed: end it with a line ":::" before line 18');
    // The next container's closing line would close this one, and its slides would vanish into it.
    const twoScenes = `${body}\n::: countdown\nGo\n:::\n`;
    expect(bodyFailure(twoScenes)).toBe(
      'slides/x.md:9: "::: scene kernel-requests" is not closed: end it with a line ":::" before line 18',
    );
    expect(bodyFailure(slideOn9('::: countdown\nGo'))).toBe('slides/x.md:9: "::: countdown" is not closed: end it with a line ":::"');
  });

  it('a <!-- comment without -->', () => {
    expect(bodyFailure(`## A\n\ntext\n\n<!-- todo\n\nNote: x\n${nextSlide}`)).toBe(
      'slides/x.md:11: "<!--" opens a comment that is never closed: end it with "-->"',
    );
  });

  it('front matter without its closing ---', () => {
    const source = `${FRONT.replace(/---\n$/, '')}\n## A\n\nNote (2 min): x\n${nextSlide}`;
    expect(failure(source).message).toBe(
      'slides/x.md:1: front matter is not closed: add a line "---" after its keys: the heading on line 7 is read as front matter',
    );
  });
});

describe('numbers are written as a lecturer writes them, within a class day', () => {
  const withMinutes = (value: string) => bodyFailure('## A\n\nNote: x\n', FRONT.replace('minutes: 10', `minutes: ${value}`));

  it('YAML hex, octal, exponents, .inf, .nan and quoted numbers are refused', () => {
    for (const value of ['0x1E', '0o36', '1e2', '.inf', '.nan']) {
      expect(withMinutes(value)).toBe(
        `slides/x.md:5: "minutes" must be a positive number of minutes in decimal digits, such as 30 or 7.5, not "${value}"`,
      );
    }
    expect(withMinutes('"30"')).toMatch(/not "30" \(quoted, so it is text: remove the quotes\)$/);
    expect(withMinutes('')).toMatch(/, not nothing$/);
  });

  it('a block and a slide time are at most 12 hours', () => {
    expect(withMinutes('100000')).toBe('slides/x.md:5: "minutes" is 100000 minutes, longer than any class day: at most 720 (12 hours)');
    expect(() =>
      compileSlideFile('slides/x.md', `${FRONT.replace('minutes: 10', 'minutes: 720')}## A\n\nNote (720 min): x\n`),
    ).not.toThrow();
    expect(bodyFailure('## A\n\nNote (100000 min): x\n')).toBe(
      'slides/x.md:9: "100000 min" is longer than any class day: a slide time is at most 720 min (12 hours)',
    );
    expect(bodyFailure('## A\n\nNote (0x1E min): x\n')).toBe('slides/x.md:9: "0x1E min" is not a slide time: write e.g. "3 min" or "90 s"');
  });
});

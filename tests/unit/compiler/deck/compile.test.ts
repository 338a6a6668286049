import { describe, expect, it } from 'vitest';
import { compileSlideFile } from '../../../../src/compiler/deck/compile';
import { SlideError } from '../../../../src/compiler/deck/errors';
import { SCENE_CATALOG } from '../../../../src/core/scenes/registry';

const FRONT = ['---', 'block: demo-block', 'title: Container Demo', 'kind: demo', 'minutes: 10', '---', ''].join('\n');

function compile(body: string, front = FRONT) {
  return compileSlideFile('slides/x.md', `${front}${body}`, { scenes: SCENE_CATALOG });
}

function failure(body: string, front = FRONT): SlideError {
  try {
    compile(body, front);
  } catch (error) {
    if (error instanceof SlideError) return error;
    throw error;
  }
  throw new Error('expected a SlideError');
}

describe('compileSlideFile', () => {
  it('reads the front matter into an agenda block', () => {
    const block = compile('## One\n\nNote: say it\n');
    expect(block).toMatchObject({
      id: 'demo-block',
      title: 'Container Demo',
      kind: 'demo',
      length: { type: 'fixed', minutes: 10 },
      file: 'slides/x.md',
    });
  });

  it('splits slides on --- and stacks *** under the previous slide', () => {
    const block = compile('## A\n\nNote: a\n\n---\n\n## B\n\nNote: b\n\n***\n\n## B2\n\nNote: b2\n');
    expect(block.stacks.map((s) => s.map((slide) => slide.title))).toEqual([['A'], ['B', 'B2']]);
    expect(block.stacks[1]?.[1]?.line).toBe(19);
  });

  it('turns Note: into speaker notes with the slide time', () => {
    const [slide] = compile('## A\n\nVisible\n\nNote (3 min): Say *this*.\nAsk the room.\n').stacks[0] ?? [];
    expect(slide?.seconds).toBe(180);
    expect(slide?.html).toContain('<p>Visible</p>');
    expect(slide?.html).toMatch(/<aside class="notes"><p>Say <em>this<\/em>.\nAsk the room.<\/p>\n<\/aside>$/);
    expect(slide?.html).not.toContain('Note');
  });

  it('accepts seconds and untimed notes', () => {
    expect(compile('## A\n\nNote (90 s): x\n').stacks[0]?.[0]?.seconds).toBe(90);
    expect(compile('## A\n\nNote: x\n').stacks[0]?.[0]?.seconds).toBeNull();
  });

  it('marks fragments with {.fragment}', () => {
    const html = compile('## A\n\n- one {.fragment}\n- two {.fragment}\n\nNote: x\n').stacks[0]?.[0]?.html ?? '';
    expect(html).toContain('<li class="fragment">one</li>');
  });

  it('places a scene with one fragment and one note per step', () => {
    const body = '## Kernel\n\n::: scene kernel-requests\n1. one\n2. two\n3. three\n4. four\n5. five\n:::\n\nNote: x\n';
    const slide = compile(body).stacks[0]?.[0];
    expect(slide?.scene).toBe('kernel-requests');
    expect(slide?.html).toContain('<div class="scene" data-scene="kernel-requests" data-step="-1"></div>');
    expect(slide?.html.match(/class="fragment scene-step"/g)).toHaveLength(5);
    expect(slide?.html).toContain('data-fragment-index="4" data-paper><aside class="notes">five</aside>');
  });

  it('marks the steps the scene list prints on paper, and the last', () => {
    const body = '## Kernel\n\n::: scene kernel-requests\n1. one\n2. two\n3. three\n4. four\n5. five\n:::\n\nNote: x\n';
    const html = compileSlideFile('slides/x.md', `${FRONT}${body}`, { scenes: [{ id: 'kernel-requests', steps: 5, paper: [1, 4] }] })
      .stacks[0]?.[0]?.html;
    expect(html?.match(/data-fragment-index="(\d)" data-paper/g)?.map((m) => m.replace(/\D/g, ''))).toEqual(['1', '4']);
  });

  it('knows exactly the scenes it is handed, as data', () => {
    const source = `${FRONT}## A\n\n::: scene any-name\n1. one\n2. two\n:::\n\nNote: x\n`;
    const slide = compileSlideFile('slides/x.md', source, { scenes: [{ id: 'any-name', steps: 2 }] }).stacks[0]?.[0];
    expect(slide?.html.match(/class="fragment scene-step"/g)).toHaveLength(2);
    expect(() => compileSlideFile('slides/x.md', source)).toThrow(
      /^slides\/x.md:9: unknown scene "any-name" \(known: none: no scene list was passed/,
    );
  });

  it('wraps a countdown container and flags the slide', () => {
    const slide = compile('## Practice\n\n::: countdown\nRun `docker -v`\n:::\n\nNote: x\n').stacks[0]?.[0];
    expect(slide?.countdown).toBe(true);
    expect(slide?.html).toContain(
      '<div class="countdown" data-countdown><div class="countdown-instructions"><p>Run <code>docker -v</code></p>',
    );
  });

  it('reads flexible and lecture lengths', () => {
    const flexible = ['---', 'block: fun', 'title: Fun', 'kind: practice', 'until-before-end: 60', 'min-minutes: 10', '---', ''].join('\n');
    expect(compile('## A\n\nNote: x\n', flexible).length).toEqual({ type: 'until-before-end', minutes: 60, minMinutes: 10 });
    const lecture = ['---', 'block: talk', 'title: Talk', 'kind: lecture', '---', ''].join('\n');
    expect(compile('## A\n\nNote: x\n', lecture).length).toEqual({ type: 'slides' });
  });
});

describe('slide file errors name file:line and the problem', () => {
  it('unknown front-matter key', () => {
    const error = failure('## A\n\nNote: x\n', FRONT.replace('minutes: 10', 'minutes: 10\nduration: 5'));
    expect(error.message).toBe(
      'slides/x.md:6: unknown front-matter key "duration" (known: block, title, kind, minutes, until-before-end, min-minutes, allow-scripts)',
    );
  });

  it('missing title', () => {
    expect(failure('## A\n\nNote: x\n', FRONT.replace('title: Container Demo\n', '')).message).toBe(
      'slides/x.md:2: front matter is missing "title"',
    );
  });

  it('non-numeric minutes', () => {
    expect(failure('## A\n\nNote: x\n', FRONT.replace('minutes: 10', 'minutes: ten')).message).toBe(
      'slides/x.md:5: "minutes" must be a positive number of minutes in decimal digits, such as 30 or 7.5, not "ten"',
    );
  });

  it('unknown kind, both lengths, no length, bad id', () => {
    expect(failure('## A\n\nNote: x\n', FRONT.replace('kind: demo', 'kind: party')).message).toMatch(
      /^slides\/x.md:4: kind "party" is not one of/,
    );
    expect(failure('## A\n\nNote: x\n', FRONT.replace('minutes: 10', 'minutes: 10\nuntil-before-end: 60')).message).toBe(
      'slides/x.md:6: give either "minutes" or "until-before-end", not both',
    );
    expect(failure('## A\n\nNote: x\n', FRONT.replace('minutes: 10\n', '')).message).toBe(
      // At the kind that asks for minutes.
      'slides/x.md:4: a demo block needs "minutes" or "until-before-end"',
    );
    expect(failure('## A\n\nNote: x\n', FRONT.replace('demo-block', 'Demo Block')).message).toMatch(
      /^slides\/x.md:2: block id "Demo Block"/,
    );
  });

  it('missing or unclosed front matter', () => {
    expect(() => compileSlideFile('slides/x.md', '## A\n\nNote: x\n')).toThrow(/^slides\/x.md:1: a slide file starts with front matter/);
    expect(() => compileSlideFile('slides/x.md', '---\nblock: a\n## A\n')).toThrow(/^slides\/x.md:1: front matter is not closed/);
  });

  it('a slide without speaker notes', () => {
    expect(failure('## A\n\nNote: x\n\n---\n\n## B\n\nNo notes here\n').message).toBe(
      'slides/x.md:13: slide has no speaker notes: end it with a paragraph "Note (2 min): what to say"',
    );
  });

  it('a bad slide time', () => {
    expect(failure('## A\n\nNote (three min): x\n').message).toBe(
      'slides/x.md:9: "three min" is not a slide time: write e.g. "3 min" or "90 s"',
    );
  });

  it('an unknown scene name', () => {
    expect(failure('## A\n\n::: scene kernel-magic\n1. x\n:::\n\nNote: x\n').message).toMatch(
      /^slides\/x.md:9: unknown scene "kernel-magic" \(known: kernel-requests, /,
    );
  });

  it('a scene with the wrong number of step notes', () => {
    expect(failure('## A\n\n::: scene kernel-requests\n1. x\n:::\n\nNote: x\n').message).toMatch(
      /^slides\/x.md:9: scene "kernel-requests" has 5 steps/,
    );
  });

  it('a scene slide with other fragments', () => {
    const body = '## A\n\n- b {.fragment}\n\n::: scene kernel-requests\n1. a\n2. b\n3. c\n4. d\n5. e\n:::\n\nNote: x\n';
    expect(failure(body).message).toMatch(/^slides\/x.md:7: a slide with a scene has no other fragments/);
  });

  it('a slide without a heading, an empty slide, empty notes', () => {
    expect(failure('Just text\n\nNote: x\n').message).toBe('slides/x.md:7: slide has no heading: start it with "## Title"');
    expect(failure('## A\n\nNote: x\n\n---\n\n---\n\n## B\n\nNote: y\n').message).toMatch(/^slides\/x.md:12: empty slide/);
    expect(failure('## A\n\nNote:\n').message).toBe('slides/x.md:9: speaker notes are empty: say what to tell the room');
  });
});

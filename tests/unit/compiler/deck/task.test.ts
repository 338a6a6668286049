import { describe, expect, it } from 'vitest';
import { compileSlideFile } from '../../../../src/compiler/deck/compile';
import { SlideError } from '../../../../src/compiler/deck/errors';

// Front matter is lines 1-6, so the slide's heading is line 7 and its first task opens on line 9.
const FRONT = ['---', 'block: first-containers', 'title: First Containers', 'kind: practice', 'minutes: 20', '---', ''].join('\n');

function html(body: string): string {
  return compileSlideFile('slides/x.md', `${FRONT}${body}`).stacks[0]?.[0]?.html ?? '';
}

function failure(body: string): SlideError {
  try {
    compileSlideFile('slides/x.md', `${FRONT}${body}`);
  } catch (error) {
    if (error instanceof SlideError) return error;
    throw error;
  }
  throw new Error('expected a SlideError');
}

const WEB = [
  '::: task Run a web server',
  'Start nginx in the background.',
  '',
  '```sh macOS · Linux · WSL',
  'docker run -d -p 8080:80 --name web nginx',
  '```',
  '',
  '```powershell Windows PowerShell',
  'Measure-Command { docker run --rm alpine true }',
  '```',
  '',
  'Expect: a long container id, then the page at `localhost:8080`',
  '```text',
  '<h1>Welcome to nginx!</h1>',
  '```',
  '',
  'If it fails: "port is already allocated": pick another port.',
  ':::',
].join('\n');

/** The markup with the highlighter's colour spans dropped (highlight.test.ts checks those). */
const uncoloured = (markup: string) => markup.replace(/<span style="[^"]*">|<\/span>/g, '');

const slide = (...tasks: string[]) => `## Task 1 · web\n\n${tasks.join('\n\n')}\n\nNote (30 s): check the room\n`;

describe('the task form', () => {
  it('renders title, do, expect and trouble as stable markup', () => {
    const out = html(slide(WEB));
    expect(out).toContain(
      '<div class="tasks"><div class="task"><h3 class="task-title">Run a web server</h3><div class="task-do"><p>Start nginx in the background.</p>\n<figure',
    );
    expect(out).toContain(
      '<div class="task-expect"><p><strong class="task-label">Expect:</strong> a long container id, then the page at <code>localhost:8080</code></p>',
    );
    expect(out).toContain(
      '<div class="task-trouble"><p><strong class="task-label">If it fails:</strong> “port is already allocated”: pick another port.</p>\n</div></div></div>',
    );
    expect(out.indexOf('task-do')).toBeLessThan(out.indexOf('task-expect'));
    expect(out.indexOf('task-expect')).toBeLessThan(out.indexOf('task-trouble'));
  });

  it('labels each code block with its platform, colours it and escapes the code', () => {
    const coloured = html(slide(WEB));
    expect(coloured).toMatch(/<code class="language-sh"><span style="--code-dark:#/);
    const out = uncoloured(coloured);
    expect(out).toContain(
      '<figure class="task-code" style="--code-columns: 41" data-platform="macOS · Linux · WSL"><figcaption>macOS · Linux · WSL</figcaption><pre><code class="language-sh">docker run -d -p 8080:80 --name web nginx\n</code></pre></figure>',
    );
    expect(out).toContain(
      '<figure class="task-code" style="--code-columns: 47" data-platform="Windows PowerShell"><figcaption>Windows PowerShell</figcaption><pre><code class="language-powershell">',
    );
    expect(out).toContain(
      '<figure class="task-code" style="--code-columns: 26"><pre><code class="language-text">&lt;h1&gt;Welcome to nginx!&lt;/h1&gt;\n</code></pre></figure>',
    );
  });

  it('a code block without a label is for every platform; trouble is optional', () => {
    const out = uncoloured(html(slide('::: task List images\n```sh\ndocker images\n```\nExpect: a table\n:::')));
    expect(out).toContain(
      '<div class="task-do"><figure class="task-code" style="--code-columns: 13"><pre><code class="language-sh">docker images\n</code></pre></figure></div>',
    );
    expect(out).toContain('<div class="task-expect"><p><strong class="task-label">Expect:</strong> a table</p>\n</div></div>');
    expect(out).not.toContain('task-trouble');
  });

  it('puts two tasks side by side in one row, and keeps the slide title from the heading', () => {
    const block = compileSlideFile('slides/x.md', `${FRONT}${slide(WEB, WEB.replace('Run a web server', 'Again'))}`);
    const out = block.stacks[0]?.[0]?.html ?? '';
    expect(out.match(/<div class="tasks">/g)).toHaveLength(1);
    expect(out.match(/<div class="task">/g)).toHaveLength(2);
    expect(block.stacks[0]?.[0]?.title).toBe('Task 1 · web');
  });

  it('keeps task markup out of the speaker notes', () => {
    const out = html(slide(WEB));
    expect(out).toMatch(/<aside class="notes"><p>check the room<\/p>\n<\/aside>$/);
  });
});

describe('task errors name file:line and the problem', () => {
  it('no title', () => {
    expect(failure(slide('::: task\n```sh\nls\n```\nExpect: files\n:::')).message).toBe(
      'slides/x.md:9: a task needs a title: "::: task Run a web server"',
    );
  });

  it('no code block in "do"', () => {
    expect(failure(slide('::: task Look\nJust read.\n\nExpect: nothing\n```text\nx\n```\n:::')).message).toBe(
      'slides/x.md:9: task "Look" has no code block to run: put at least one ``` block before "Expect:"',
    );
  });

  it('no "Expect:"', () => {
    expect(failure(slide('::: task Look\n```sh\nls\n```\n:::')).message).toBe(
      'slides/x.md:9: task "Look" has no "Expect:" paragraph: say what a good result looks like',
    );
  });

  it('an empty "Expect:"', () => {
    expect(failure(slide('::: task Look\n```sh\nls\n```\n\nExpect:\n:::')).message).toBe(
      'slides/x.md:14: task "Look": "Expect:" is empty: describe or show the result',
    );
  });

  it('"If it fails:" before "Expect:"', () => {
    expect(failure(slide('::: task Look\n```sh\nls\n```\n\nIf it fails: retry\n\nExpect: files\n:::')).message).toBe(
      'slides/x.md:14: task "Look": "If it fails:" comes after "Expect:"',
    );
  });

  it('a second "Expect:"', () => {
    expect(failure(slide('::: task Look\n```sh\nls\n```\n\nExpect: files\n\nExpect: more\n:::')).message).toBe(
      'slides/x.md:16: task "Look" has a second "Expect:": one per task',
    );
  });

  it('three tasks on one slide', () => {
    const task = '::: task T\n```sh\nls\n```\nExpect: files\n:::';
    expect(failure(slide(task, task, task)).message).toBe(
      'slides/x.md:23: a slide holds at most 2 tasks: start a new slide ("---") for this one',
    );
  });

  it('a task next to a countdown', () => {
    const task = '::: task T\n```sh\nls\n```\nExpect: files\n:::';
    expect(failure(slide(task, '::: countdown\nGo\n:::')).message).toBe(
      'slides/x.md:7: a task sheet holds tasks only: put scenes and countdowns on slides of their own',
    );
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDeck } from '../../../../src/compiler/deck/load';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'deck-load-'));
  mkdirSync(join(root, 'slides'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const file = (id: string, length = 'minutes: 10') => `---\nblock: ${id}\ntitle: ${id}\nkind: demo\n${length}\n---\n\n## A\n\nNote: x\n`;
const write = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(root, 'slides', name), content);
};
const loadError = (): string => {
  try {
    loadDeck(root);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the deck to fail');
};

describe('loadDeck: which files are slides', () => {
  it('takes .md in any case, in name order', () => {
    write('01-a.md', file('a'));
    write('02-b.MD', file('b'));
    write('notes.txt', 'not a slide');
    expect(loadDeck(root).deck.blocks.map((b) => b.file)).toEqual(['slides/01-a.md', 'slides/02-b.MD']);
  });

  it('refuses a folder named like a slide file, by name', () => {
    write('01-a.md', file('a'));
    mkdirSync(join(root, 'slides', '08-x.md'));
    expect(loadError()).toBe(
      'slides/08-x.md:1: this is a folder, not a slide file: move what it holds into slides/ as .md files, or rename it',
    );
  });
});

describe('loadDeck: encodings', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('reads UTF-8 and drops a byte order mark', () => {
    write('01-a.md', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(file('a').replace('## A', '## Über'))]));
    expect(loadDeck(root).deck.blocks[0]?.stacks[0]?.[0]?.title).toBe('Über');
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const [head = '', tail = ''] = file('a').split('## A');
    write('01-a.md', new Uint8Array([...utf8(`${head}## Caf`), 0xe9, ...utf8(tail)]));
    expect(loadError()).toMatch(
      /^slides\/01-a.md:8: the file is not UTF-8 text: byte 0xE9 in this line is not valid UTF-8 \(Latin-1 or Windows-1252\?\); save the file as UTF-8/,
    );
  });

  it('refuses UTF-16, with or without a byte order mark', () => {
    const utf16 = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
    write('01-a.md', new Uint8Array([0xff, 0xfe, ...utf16(file('a'))]));
    expect(loadError()).toMatch(/^slides\/01-a.md:1: the file is UTF-16 text: save the file as UTF-8/);
    write('01-a.md', utf16(file('a')));
    expect(loadError()).toMatch(/^slides\/01-a.md:1: the file holds a NUL byte \(UTF-16 text or not text at all\)/);
  });
});

describe('loadDeck: the deck as a whole', () => {
  it('allows one block that runs until before the end, not two', () => {
    write('01-a.md', file('a', 'until-before-end: 60'));
    write('02-b.md', file('b', 'until-before-end: 30'));
    expect(loadError()).toBe(
      'slides/02-b.md:5: only one block can run "until-before-end", and slides/01-a.md ("a") already does: give this block "minutes"',
    );
  });

  it('refuses a block id used twice', () => {
    write('01-a.md', file('a'));
    write('02-a.md', file('a'));
    expect(loadError()).toBe('slides/02-a.md:2: block id "a" is already used by slides/01-a.md');
  });
});

describe('loadDeck: images', () => {
  const withImage = (line: string) => file('a').replace('Note: x', `${line}\n\nNote: x`);

  it('a missing or remote image fails at its line; one in assets/ or public/, or a data: URL, builds', () => {
    write('01-a.md', withImage('![plan](assets/missing.svg)'));
    expect(loadError()).toBe(
      'slides/01-a.md:10: <img src="assets/missing.svg">: no file assets/missing.svg in the project; put the file in assets/ (or fix the path: it is relative to the project folder)',
    );
    write('01-a.md', withImage('text\n<img alt="" src="./assets/gone.png?v=2">'));
    expect(loadError()).toMatch(/^slides\/01-a.md:11: <img src="\.\/assets\/gone.png\?v=2">: no file assets\/gone.png in the project/);
    write('01-a.md', withImage('![remote](https://example.org/x.png)'));
    expect(loadError()).toMatch(
      /^slides\/01-a.md:10: <img src="https:\/\/example.org\/x.png"> comes from another site, and the deck must work offline/,
    );
    write('01-a.md', withImage('<img alt="" src="../secret.png">'));
    expect(loadError()).toMatch(/^slides\/01-a.md:10: <img src="..\/secret.png"> points outside the project folder/);

    mkdirSync(join(root, 'assets'));
    mkdirSync(join(root, 'public'));
    writeFileSync(join(root, 'assets', 'plan.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(root, 'public', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    write('01-a.md', withImage('![plan](assets/plan.svg) <img alt="" src="/logo.svg"> ![inline](data:image/gif;base64,R0lGOD==)'));
    expect(loadDeck(root).deck.blocks[0]?.stacks[0]?.[0]?.html).toContain('<img src="assets/plan.svg" alt="plan">');
  });
});

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * `npm run lint` on a fresh clone made on Windows: Git for Windows checks text out with CRLF by default
 * (core.autocrlf=true), and `prettier --check` then failed on every file. .gitattributes asks for LF everywhere;
 * `git ls-files --eol` says, for each tracked file, what the index holds and what the attributes ask for.
 */
const files = execFileSync('git', ['ls-files', '--eol'], { encoding: 'utf8' })
  .trim()
  .split('\n')
  .map((line) => {
    // "i/lf    w/lf    attr/text=auto eol=lf \t<path>"
    const [info = '', path = ''] = line.split('\t');
    return { path, index: info.split(/\s+/)[0] ?? '', attributes: info.slice(info.indexOf('attr/')).trim() };
  });

describe('line endings on every machine', () => {
  it('finds the tracked files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('every text file is stored with LF and checked out with LF, whatever core.autocrlf says', () => {
    const text = files.filter((f) => f.index !== 'i/-text');
    expect(text.filter((f) => f.index !== 'i/lf').map((f) => `${f.path}: ${f.index}`)).toEqual([]);
    expect(text.filter((f) => !/\beol=lf\b/.test(f.attributes)).map((f) => `${f.path}: ${f.attributes || 'no attributes'}`)).toEqual([]);
  });
});

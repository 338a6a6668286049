import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEGIN, END, markdownTable, row, verdict, writeBetweenMarkers } from '../../../scripts/bench/figures.mjs';

describe('a budget verdict', () => {
  it('says met or over with the ratio of the figure to its limit', () => {
    expect(verdict(0.99, 1.1)).toBe('met (0.90x)');
    expect(verdict(1.21, 1.1)).toBe('over (1.10x)');
    expect(verdict(1.1, 1.1)).toBe('met (1.00x)');
  });

  it('says the count where the limit is none at all', () => {
    expect(verdict(0, 0, ' frames')).toBe('met (0 frames)');
    expect(verdict(12, 0, ' frames')).toBe('over (12 frames)');
  });

  it('says a figure that was not measured', () => {
    expect(verdict(Number.NaN, 1)).toBe('not measured');
  });
});

describe('the README table', () => {
  it('escapes a pipe inside a cell', () => {
    expect(markdownTable([row('a | b', '1')]).split('\n')[2]).toBe('| a \\| b | 1 |  |  |  |');
  });

  it('replaces only what lies between the markers', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'figures-')), 'README.md');
    writeFileSync(file, `# Title\n\n${BEGIN}\nold table\n${END}\n\nAfter.\n`);
    writeBetweenMarkers(file, 'new table');
    writeBetweenMarkers(file, 'newer table');
    expect(readFileSync(file, 'utf8')).toBe(`# Title\n\n${BEGIN}\n\nnewer table\n\n${END}\n\nAfter.\n`);
  });

  it('refuses a README without the markers, naming them', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'figures-')), 'README.md');
    writeFileSync(file, '# Title\n');
    expect(() => {
      writeBetweenMarkers(file, 'table');
    }).toThrow(/bench:figures:begin/);
  });
});

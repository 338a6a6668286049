import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allVerdict,
  BEGIN,
  END,
  markdownTable,
  noneOverVerdict,
  pickParts,
  row,
  verdict,
  writeBetweenMarkers,
} from '../../../scripts/bench/figures.mjs';

describe('a budget verdict', () => {
  it('says met or over with the ratio of the figure to its limit', () => {
    expect(verdict(0.99, 1.1)).toBe('met (0.90x)');
    expect(verdict(1.21, 1.1)).toBe('over (1.10x)');
    expect(verdict(1.1, 1.1)).toBe('met (1.00x)');
  });

  it('takes a figure equal to its limit but for the last bits of a float as the limit, and one a step over as over', () => {
    // Frame intervals are differences of timestamps: 16.8 ms came out of one run as this.
    expect(verdict(16.800000000000182, 16.8)).toBe('met (1.00x)');
    expect(verdict(16.81, 16.8)).toBe('over (1.00x)');
  });

  it('says the count where the limit is none at all', () => {
    expect(verdict(0, 0, ' frames')).toBe('met (0 frames)');
    expect(verdict(12, 0, ' frames')).toBe('over (12 frames)');
  });

  it('says a figure that was not measured', () => {
    expect(verdict(Number.NaN, 1)).toBe('not measured');
  });
});

describe('a budget that allows none over a limit', () => {
  it('is met only with none over, and says how far the worst one is from the limit', () => {
    expect(noneOverVerdict(0, 42, 50, ' frames')).toBe('met (0 frames; worst 0.84x)');
    expect(noneOverVerdict(3, 100, 50, ' frames')).toBe('over (3 frames; worst 2.00x)');
    expect(noneOverVerdict(Number.NaN, 1, 50, ' frames')).toBe('not measured');
  });
});

describe('a budget that wants every one', () => {
  it('is met only when all are done, with the share done as the ratio', () => {
    expect(allVerdict(20, 20, 'complete')).toBe('met (20/20 complete, 1.00x)');
    expect(allVerdict(19, 20, 'complete')).toBe('over (19/20 complete, 0.95x)');
    expect(allVerdict(0, 0, 'complete')).toBe('not measured');
  });
});

describe("the bench's parts", () => {
  const parts = [{ name: 'sizes' }, { name: 'ready' }, { name: 'keys' }];

  it('runs every part without a choice', () => {
    expect(pickParts(parts, undefined)).toEqual(parts);
    expect(pickParts(parts, ' ')).toEqual(parts);
  });

  it("runs the chosen parts in the bench's own order", () => {
    expect(pickParts(parts, 'keys, sizes').map((p) => p.name)).toEqual(['sizes', 'keys']);
  });

  it('refuses an unknown part, naming the parts there are', () => {
    expect(() => pickParts(parts, 'ready,frame')).toThrow('unknown bench part frame: the parts are sizes, ready, keys');
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

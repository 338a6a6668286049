import { expect, it } from 'vitest';
import { highlightCode } from '../../../../src/compiler/deck/highlight';

// A file of its own: the first block coloured in a fresh process is what this checks, as a build colours one.
it('colours the first block of a fresh process as it colours the same block later', () => {
  const first = highlightCode('uname -m', 'sh');
  const later = highlightCode('uname  -m', 'sh');
  expect(first).toBe(later.replace('  ', ' '));
  expect(first).toContain('<span style="--code-dark:#FFB757;');
});

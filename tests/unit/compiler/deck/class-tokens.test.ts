import { describe, expect, it } from 'vitest';
import { fillClassTokens } from '../../../../src/compiler/deck/class-tokens';

const day = { course: 'Docker <lecture>', week: '38', day: '2', start: 540, end: 900, breaks: [] };

describe('fillClassTokens', () => {
  it('writes the class file’s labels, escaped, where a slide says [[class]]', () => {
    expect(fillClassTokens('<p>[[class]]</p>', day)).toBe('<p>Docker &lt;lecture&gt; · week 38 · day 2</p>');
  });
  it('writes the class date into an element the deck fills again at run time', () => {
    expect(fillClassTokens('<p>[[date]]</p>', { ...day, date: '2025-09-17' })).toMatch(
      /^<p><span class="class-date" data-class-date>Wednesday,? 17 September 2025<\/span><\/p>$/,
    );
    expect(fillClassTokens('[[date]]', day)).toBe('<span class="class-date" data-class-date></span>');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSlideFile } from '../../../../src/compiler/deck/compile';
import type { ScheduleItem } from '../../../../src/core/agenda/model';
import { countdownText } from '../../../../src/core/day/countdown-text';
import { SCENE_CATALOG, SCENES } from '../../../../src/core/scenes/registry';

/** A room reads a slide's face at a glance; the speaker notes carry the rest. */
const MAX_FACE_WORDS = 35;
/** A scene's caption is read while the picture moves. */
const MAX_CAPTION_WORDS = 20;

const ROOT = join(__dirname, '..', '..', '..', '..');
const SLIDES = join(ROOT, 'slides');

/** Removes every element whose opening tag matches, with its content, counting nested tags of the same name. */
function removeElements(html: string, opening: RegExp): string {
  let out = html;
  for (;;) {
    const match = new RegExp(opening.source, 'i').exec(out);
    if (!match) return out;
    const tag = match[1] ?? 'div';
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = out.length;
    for (let t = tags.exec(out); t; t = tags.exec(out)) {
      depth += t[1] === '/' ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out = out.slice(0, match.index) + ' ' + out.slice(end);
  }
}

/** What the room sees: the slide's HTML without speaker notes (scene step notes included) and task sheets. */
export function faceText(html: string): string {
  const visible = removeElements(
    removeElements(html, /<(aside)\b[^>]*class="[^"]*\bnotes\b[^"]*"[^>]*>/),
    /<(\w+)\b[^>]*class="[^"]*\btask\b[^"]*"[^>]*>/,
  );
  return visible
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words as a reader counts them: runs of text with a letter or a digit in them (not "·" or "→"). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const files = readdirSync(SLIDES)
  .filter((f) => f.endsWith('.md'))
  .sort();

/**
 * The most words a countdown's clock adds to its slide at run time, over its wordiest phases (time's up with
 * what comes next; the last minutes before a break inside the block), with the longest titles it can name: its
 * own block's (a block with a countdown) and the next one's (any block but the first).
 */
const CLOCK_WORDS = (() => {
  const blocks = files.map((name) =>
    compileSlideFile(`slides/${name}`, readFileSync(join(SLIDES, name), 'utf8'), { scenes: SCENE_CATALOG }),
  );
  const longest = (titles: string[]) => titles.reduce((a, b) => (countWords(b) > countWords(a) ? b : a), '');
  const title = longest(blocks.filter((b) => b.stacks.flat().some((slide) => slide.countdown)).map((b) => b.title));
  const next = {
    kind: 'block',
    blockId: 'x',
    title: longest(blocks.slice(1).map((b) => b.title)),
    start: 900,
    end: 960,
  } as unknown as ScheduleItem;
  const lunch = { kind: 'break', title: 'Lunch break', start: 720, end: 780 } as unknown as ScheduleItem;
  const subject = { title, gap: false, classEnd: 1080 };
  const said = [
    countdownText({ phase: 'over', title, msOver: 3_599_000, endsAt: 600, next }, subject),
    countdownText(
      { phase: 'running', title, msLeft: 299_000, until: 720, endsAt: 840, breakAt: lunch, warn: true, paused: false, next },
      subject,
    ),
    countdownText({ phase: 'before', title, msLeft: 3_599_000, startsAt: 600, resumes: true, endsAt: 700 }, subject),
  ];
  // A count with its units ("59 min 59 s") is read as one quantity, as "59:59" was: one word.
  const oneWord = (text: string) => text.replace(/\b\d+ h \d{2} min \d{2} s\b|\b\d+ min \d{2} s\b|\b\d+ s\b/g, '#');
  return Math.max(...said.map((t) => countWords(oneWord([t.main, t.label, t.end, t.next].join(' ')))));
})();

describe('slide faces a room can read', () => {
  it('counts a countdown clock as the words it can show', () => {
    expect(CLOCK_WORDS).toBeGreaterThanOrEqual(10);
  });

  it('finds the slide files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)(`%s: every slide face is at most ${String(MAX_FACE_WORDS)} words, a countdown's clock included`, (name) => {
    const file = `slides/${name}`;
    const block = compileSlideFile(file, readFileSync(join(SLIDES, name), 'utf8'), { scenes: SCENE_CATALOG });
    const over = block.stacks
      .flat()
      .map((slide) => {
        const clock = slide.countdown ? CLOCK_WORDS : 0;
        return { where: `${file}:${String(slide.line)}`, words: countWords(faceText(slide.html)) + clock, clock };
      })
      .filter((s) => s.words > MAX_FACE_WORDS)
      .map(
        (s) =>
          `${s.where} has ${String(s.words)} words on its face (${String(s.clock)} of them the clock's; max ${String(MAX_FACE_WORDS)})`,
      );
    expect(over).toEqual([]);
  });
});

describe('scene captions', () => {
  it('has scenes to check', () => {
    expect(SCENES.size).toBeGreaterThan(0);
  });

  for (const [id, scene] of SCENES) {
    it(`${id}: every step's caption is at most ${String(MAX_CAPTION_WORDS)} words`, () => {
      const over: string[] = [];
      for (let step = -1; step < scene.steps; step++) {
        const words = countWords(scene.caption(step));
        if (words > MAX_CAPTION_WORDS) over.push(`${id} step ${String(step)}: ${String(words)} words`);
      }
      expect(over).toEqual([]);
    });
  }
});

describe('faceText', () => {
  it('drops notes, scene step notes and task sheets, nested or not', () => {
    const html =
      '<h2>Title</h2><p>one two</p><span class="fragment scene-step"><aside class="notes">hidden words</aside></span>' +
      '<div class="task"><div>inner</div> sheet</div><p>three</p><aside class="notes"><p>notes</p></aside>';
    expect(faceText(html)).toBe('Title one two three');
    expect(countWords('a · b → c')).toBe(3);
  });
});

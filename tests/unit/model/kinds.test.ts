import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/compiler/deck/front-matter';
import { loadDeck } from '../../../src/compiler/deck/load';
import { planDay } from '../../../src/core/agenda/day';
import { SCENE_CATALOG } from '../../../src/core/scenes/registry';
import { skippedByDefault } from '../../../src/features/rehearsal/plan';
import { BLOCK_KIND_TABLE, BLOCK_KINDS, GAP_KIND_TABLE, ITEM_KIND_TABLE, itemKind } from '../../../src/model/kinds';
import { contrast } from './contrast';
import { INK } from '../../../src/model/palette';

const { deck } = loadDeck(process.cwd(), undefined, SCENE_CATALOG);
const blockRows = Object.entries(BLOCK_KIND_TABLE);
const gapRows = Object.entries(GAP_KIND_TABLE);
/** Every behaviour some row decides; each row must decide all of them (gaps have no minutes to omit). */
const behaviours = new Set(blockRows.flatMap(([, row]) => Object.keys(row)));

describe('the block kind table', () => {
  it('has a row for every kind the slide files use, and for every gap the day plans', () => {
    // Without its flexible block, a long day with a lunch break has both kinds of gap.
    const fixedOnly = { blocks: deck.blocks.filter((b) => b.length.type !== 'until-before-end') };
    const options = { start: 9 * 60, end: 20 * 60, now: undefined, date: undefined, breaks: [{ start: 12 * 60, end: 13 * 60 }] };
    const day = planDay(fixedOnly, options);
    const used = new Set([...deck.blocks.map((b) => b.kind), ...day.schedule.items.map((i) => i.kind)]);
    expect([...used].filter((kind) => itemKind(kind) === undefined)).toEqual([]);
    expect(used).toContain('break');
    expect(used).toContain('free');
  });

  it('gives every kind every behaviour, of the type the code reads', () => {
    for (const [kind, row] of [...blockRows, ...gapRows]) {
      const expected = [...behaviours].filter((b) => b !== 'mayOmitMinutes' || kind in BLOCK_KIND_TABLE);
      expect([kind, Object.keys(row).sort()]).toEqual([kind, expected.sort()]);
      for (const [name, value] of Object.entries(row)) {
        const type = name === 'label' || name === 'fill' ? 'string' : 'boolean';
        expect([kind, name, typeof value]).toEqual([kind, name, type]);
      }
      expect([kind, row.label.trim().length > 0, /^#[0-9a-f]{6}$/.test(row.fill)]).toEqual([kind, true, true]);
    }
  });

  it('gives every item kind its own fill, with dark text readable on it (at least 6:1)', () => {
    const fills = Object.values(ITEM_KIND_TABLE).map((row) => row.fill);
    expect(new Set(fills).size).toBe(fills.length);
    for (const [kind, row] of Object.entries(ITEM_KIND_TABLE)) expect([kind, contrast(INK, row.fill) >= 6]).toEqual([kind, true]);
  });

  it('is what the compiler checks: a kind may leave out minutes only where its row says so', () => {
    for (const kind of BLOCK_KINDS) {
      const source = ['---', 'block: b', 'title: B', `kind: ${kind}`, '---', '', '## Slide', ''].join('\n');
      const parse = () => parseFrontMatter('slides/b.md', source);
      if (BLOCK_KIND_TABLE[kind].mayOmitMinutes) expect(parse().length).toEqual({ type: 'slides' });
      else expect(parse).toThrow(`a ${kind} block needs "minutes" or "until-before-end"`);
    }
    expect(() => parseFrontMatter('slides/b.md', ['---', 'block: b', 'title: B', 'kind: talk', '---', ''].join('\n'))).toThrow(
      `kind "talk" is not one of ${BLOCK_KINDS.join(', ')}`,
    );
  });

  it('is what rehearsal skips by default', () => {
    const blocks = Object.keys(ITEM_KIND_TABLE).map((kind) => ({
      id: `${kind}-block`,
      title: kind,
      kind,
      seconds: 60,
      flexible: false,
      minSeconds: 60,
    }));
    const skipped = Object.entries(ITEM_KIND_TABLE)
      .filter(([, row]) => row.skippedInRehearsal)
      .map(([kind]) => `${kind}-block`);
    expect(skippedByDefault(blocks)).toEqual(skipped);
    expect(skipped).toEqual(['practice-block', 'break-block', 'free-block']);
  });
});

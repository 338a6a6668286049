import { describe, expect, it } from 'vitest';
import { parseRuns } from '../../../../src/features/rehearsal/codec';
import { aRun } from './fixtures';

const error = (value: unknown): string => {
  const parsed = parseRuns(JSON.stringify(value));
  return parsed.ok ? 'accepted' : parsed.error;
};

describe('the run schema says where a file is wrong, as the hand-written checks did', () => {
  it('names a missing field by what it should hold', () => {
    const run: Record<string, unknown> = { ...aRun('a') };
    delete run.id;
    expect(error(run)).toBe('run.id should be text, found nothing');
  });

  it('names a field inside a list by its index', () => {
    const block = { id: 'x', title: 'X', kind: 'lecture', seconds: 60, flexible: 'yes', minSeconds: 60 };
    expect(error([{ ...aRun('a'), blocks: [block] }])).toBe('run[0].blocks[0].flexible should be true or false, found "yes"');
  });

  it('checks fields in order: the version first', () => {
    expect(error({ ...aRun('a'), version: 2, id: 3 })).toBe('run.version should be 1 (a rehearsal run exported by this deck), found 2');
  });

  it('keeps only the run’s own fields', () => {
    const parsed = parseRuns(JSON.stringify({ ...aRun('a'), extra: 'dropped' }));
    expect(parsed.ok && 'extra' in (parsed.value[0] ?? {})).toBe(false);
  });
});

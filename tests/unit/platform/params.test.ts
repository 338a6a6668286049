import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OWN_PARAMS, readPageParams, reservedConfig, RESERVED_CONFIG } from '../../../src/platform/params';

/** Every key reveal's config declares (its type and its defaults), read from reveal's own source. */
const revealKeys = (): Set<string> => {
  const source = readFileSync('node_modules/reveal.js/js/config.ts', 'utf8');
  return new Set([...source.matchAll(/^\s+([A-Za-z][\w-]*)\??:/gm)].map((m) => m[1] ?? ''));
};

describe('readPageParams', () => {
  it('uses no name reveal would take as its config', () => {
    const keys = revealKeys();
    expect(keys.has('totalTime') || keys.has('width')).toBe(true);
    expect(OWN_PARAMS.filter((name) => keys.has(name))).toEqual([]);
  });

  it('reserves the agenda’s pacing keys: a query value is ignored with a warning', () => {
    const params = readPageParams('?totalTime=60&start=09:00');
    expect(params.reserved).toEqual(['totalTime']);
    expect(params.warnings).toEqual([expect.stringContaining('totalTime= is ignored')]);
    expect(reservedConfig(params, { totalTime: 27000 })).toEqual({ totalTime: 27000 });
    expect(readPageParams('?start=09:00').warnings).toEqual([]);
    expect(RESERVED_CONFIG).toContain('totalTime');
  });

  it('reads values as URLSearchParams does', () => {
    const params = readPageParams('?break=10:00-10:15&break=12:00-13:00&receiver');
    expect(params.getAll('break')).toEqual(['10:00-10:15', '12:00-13:00']);
    expect(params.has('receiver')).toBe(true);
    expect(params.get('start')).toBeNull();
    expect(params.keys()).toEqual(['break', 'receiver']);
  });
});

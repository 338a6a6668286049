import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaStateKey } from '../../../src/core/day/agenda-state';
import { channelName, DECK_KEY_PREFIX, storageKey } from '../../../src/model/keys';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe('storage keys and channel names', () => {
  it('keep the names a lecturer’s browser already stores its day and rehearsals under', () => {
    expect(storageKey('rehearsal.runs')).toBe('vmdocker.rehearsal.runs');
    expect(agendaStateKey(new Date(2025, 8, 4, 12))).toBe('vmdocker.agenda.2025-09-04');
    expect(channelName('speaker')).toBe('vmdocker-speaker');
  });

  it('are built from the one prefix: no other file in src/ spells it', () => {
    const spelled = files('src').filter(
      (file) => !file.endsWith(join('model', 'keys.ts')) && readFileSync(file, 'utf8').includes(DECK_KEY_PREFIX),
    );
    expect(spelled).toEqual([]);
  });
});

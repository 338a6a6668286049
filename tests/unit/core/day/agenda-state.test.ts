import { describe, expect, it } from 'vitest';
import { addMinutes, agendaStateKey, parseAgendaState } from '../../../../src/core/day/agenda-state';

describe('agendaStateKey', () => {
  it('names the local calendar day', () => {
    expect(agendaStateKey(new Date(2025, 8, 4, 23, 59))).toBe('vmdocker.agenda.2025-09-04');
  });
});

describe('parseAgendaState', () => {
  it('accepts adjustments and a pause', () => {
    expect(parseAgendaState({ adjustments: { install: 5 } })).toEqual({ adjustments: { install: 5 } });
    expect(parseAgendaState({ adjustments: {}, pause: { blockId: 'demo', since: 1 } })).toEqual({
      adjustments: {},
      pause: { blockId: 'demo', since: 1 },
    });
  });

  it('refuses anything else', () => {
    for (const bad of [
      null,
      3,
      [],
      {},
      { adjustments: [] },
      { adjustments: { a: '5' } },
      { adjustments: { a: null } },
      { adjustments: {}, pause: { blockId: 3, since: 1 } },
      { adjustments: {}, pause: { blockId: 'a', since: Infinity } },
    ]) {
      expect(parseAgendaState(bad)).toBeUndefined();
    }
  });
});

describe('addMinutes', () => {
  it('adds to a block and drops a block back at its plan', () => {
    expect(addMinutes({}, 'install', 5)).toEqual({ install: 5 });
    expect(addMinutes({ install: 5, demo: 1 }, 'install', -5)).toEqual({ demo: 1 });
  });

  it('keeps whole seconds, so float noise never leaves a stray adjustment', () => {
    expect(addMinutes({ a: 0.1 + 0.2 }, 'a', -0.3)).toEqual({});
    expect(addMinutes({}, 'a', 3.2)).toEqual({ a: 3.2 });
  });
});

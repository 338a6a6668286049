import { describe, expect, it } from 'vitest';
import { computeSchedule, type Schedule } from '../../../../src/core/agenda';
import type { AgendaState } from '../../../../src/core/day/agenda-state';
import { describeChange } from '../../../../src/core/day/change-message';
import { scheduleOf, seedDay } from '../agenda/fixtures';

const day = (state: AgendaState): { state: AgendaState; schedule: Schedule } => ({
  state,
  schedule: scheduleOf(computeSchedule({ ...seedDay, adjustments: state.adjustments })),
});

describe('describeChange', () => {
  it('names the adjusted block and the block that gave the time', () => {
    expect(describeChange(day({ adjustments: {} }), day({ adjustments: { install: 5 } }))).toBe(
      'Install Docker +5 min · Container Fun now 10:55–14:00',
    );
    expect(describeChange(day({ adjustments: { install: 5 } }), day({ adjustments: {} }))).toBe(
      'Install Docker -5 min · Container Fun now 10:50–14:00',
    );
  });

  it('tells a pause and a resume with the time it added', () => {
    const paused = { adjustments: {}, pause: { blockId: 'demo', since: 0 } };
    expect(describeChange(day({ adjustments: {} }), day(paused))).toBe('Paused Container Demo for questions · Q resumes');
    expect(describeChange(day(paused), day({ adjustments: { demo: 3 } }))).toBe(
      'Resumed Container Demo · Container Demo +3 min · Container Fun now 10:53–14:00',
    );
  });

  it('shows the flexible block ending earlier when a block after it grows', () => {
    expect(describeChange(day({ adjustments: {} }), day({ adjustments: { planning: 5 } }))).toBe(
      'Project Planning Time +5 min · Container Fun now 10:50–13:55',
    );
  });

  it('has nothing to say when nothing changed', () => {
    expect(describeChange(day({ adjustments: { demo: 1 } }), day({ adjustments: { demo: 1 } }))).toBeUndefined();
  });
});

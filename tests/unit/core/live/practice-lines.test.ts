import { describe, expect, it } from 'vitest';
import { practiceLines } from '../../../../src/core/live/practice-lines';

const titles: Record<string, string> = { 'first-containers': 'First Containers', 'container-fun': 'Container Fun' };
const title = (id: string): string | undefined => titles[id];

describe('practiceLines', () => {
  it('says done and stuck out of the students connected, tasks numbered from 1', () => {
    const lines = practiceLines(
      {
        students: 22,
        tasks: [
          { task: 'container-fun/2', done: 14, stuck: 3 },
          { task: 'container-fun/3', done: 1, stuck: 0 },
        ],
      },
      title,
    );
    expect(lines).toEqual([
      { text: 'Task 3: 14/22 done, 3 stuck', stuck: true },
      { text: 'Task 4: 1/22 done, 0 stuck', stuck: false },
    ]);
  });

  it('names the block when marks span two blocks, each with its own Task 1', () => {
    const lines = practiceLines(
      {
        students: 3,
        tasks: [
          { task: 'container-fun/0', done: 1, stuck: 0 },
          { task: 'first-containers/0', done: 3, stuck: 0 },
          { task: 'gone-block/1', done: 0, stuck: 1 },
        ],
      },
      title,
    );
    expect(lines.map((l) => l.text)).toEqual([
      'Container Fun · Task 1: 1/3 done, 0 stuck',
      'First Containers · Task 1: 3/3 done, 0 stuck',
      'gone-block · Task 2: 0/3 done, 1 stuck',
    ]);
  });

  it('has no line when no task is marked', () => {
    expect(practiceLines({ students: 5, tasks: [] }, title)).toEqual([]);
  });
});

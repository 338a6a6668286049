import type { Practice } from '../../model/live.ts';

export interface PracticeLine {
  readonly text: string;
  readonly stuck: boolean;
}

const blockOf = (task: string): string => task.slice(0, task.lastIndexOf('/'));
/** The sheet numbers tasks from 1; the task id counts from 0. */
const taskNumber = (task: string): number => Number(task.slice(task.lastIndexOf('/') + 1)) + 1;

/**
 * The practice counts as the lecturer reads them, one line a task: "Task 3: 14/22 done, 3 stuck", out of the
 * students connected now. When marks span more than one block (First Containers and Container Fun both have
 * a Task 1), each line names its block: "Container Fun · Task 1: …".
 */
export function practiceLines(practice: Practice, blockTitle: (blockId: string) => string | undefined): PracticeLine[] {
  const several = new Set(practice.tasks.map((t) => blockOf(t.task))).size > 1;
  return practice.tasks.map(({ task, done, stuck }) => {
    const block = blockOf(task);
    const name = `${several ? `${blockTitle(block) ?? block} · ` : ''}Task ${String(taskNumber(task))}`;
    return { text: `${name}: ${String(done)}/${String(practice.students)} done, ${String(stuck)} stuck`, stuck: stuck > 0 };
  });
}

/** `container-fun/2` as the lecturer reads it: "Task 3" (the sheet numbers tasks from 1). */
export function taskLabel(task: string): string {
  const index = Number(task.slice(task.lastIndexOf('/') + 1));
  return `Task ${String(index + 1)}`;
}

/** "Task 3: 14/22 done, 3 stuck". */
export function countText(task: string, done: number, stuck: number, students: number): string {
  return `${taskLabel(task)}: ${String(done)}/${String(students)} done, ${String(stuck)} stuck`;
}

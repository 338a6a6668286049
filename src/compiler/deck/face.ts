// What the audience sees of a slide: its Markdown face, with the compiler's own containers (scenes, countdowns,
// tasks) rendered into their markup and checked.
import type Token from 'markdown-it/lib/token.mjs';
import { SlideError } from './errors.ts';
import type { createMarkdown } from './markdown.ts';
import { renderTask } from './task.ts';

type Markdown = ReturnType<typeof createMarkdown>;

export type LineOf = (token: Token | undefined, fallback: number) => number;

/** A scene as the compiler knows it: a name a slide may use, and how many steps (fragments) it has. */
export interface SceneEntry {
  readonly id: string;
  readonly steps: number;
  /** The steps the handout prints (the last among them); without it, the last. */
  readonly paper?: readonly number[];
}

/** The containers the compiler renders itself, by their open token's type, with their close token's type. */
const CONTAINERS: Record<string, string> = {
  container_scene_open: 'container_scene_close',
  container_countdown_open: 'container_countdown_close',
  container_task_open: 'container_task_close',
};

/** The most tasks one slide may hold: two side by side still fit a 1280x720 slide. */
export const MAX_TASKS_PER_SLIDE = 2;

/**
 * Renders what the audience sees, replacing scene, countdown and task containers with their markup.
 * Tasks that follow each other directly share one `<div class="tasks">` row.
 */
export function renderFace(md: Markdown, file: string, face: Token[], lineOf: LineOf, slideLine: number, scenes: readonly SceneEntry[]) {
  let html = '';
  let scene: string | null = null;
  let countdown = false;
  let tasks = 0;
  let taskRow: string[] = [];
  let hasFragments = false;
  const endRow = () => {
    if (taskRow.length > 0) html += `<div class="tasks">${taskRow.join('')}</div>`;
    taskRow = [];
  };
  let i = 0;
  while (i < face.length) {
    const token = face[i];
    if (!token) break;
    const close = CONTAINERS[token.type];
    if (close === undefined) {
      endRow();
      let end = i;
      while (end < face.length && CONTAINERS[face[end]?.type ?? ''] === undefined) end++;
      const run = face.slice(i, end);
      hasFragments ||= run.some((t) => (t.attrGet('class') ?? '').split(' ').includes('fragment'));
      html += md.renderer.render(run, md.options, {});
      i = end;
      continue;
    }
    const end = findClose(face, i, close);
    const inner = face.slice(i + 1, end);
    const where = lineOf(token, slideLine);
    if (close === 'container_task_close') {
      tasks += 1;
      if (tasks > MAX_TASKS_PER_SLIDE) {
        throw new SlideError(file, where, `a slide holds at most ${MAX_TASKS_PER_SLIDE} tasks: start a new slide ("---") for this one`);
      }
      taskRow.push(renderTask({ md, file, lineOf }, token, inner, where));
      i = end + 1;
      continue;
    }
    endRow();
    if (close === 'container_scene_close') {
      if (scene !== null) throw new SlideError(file, where, 'one scene per slide');
      scene = token.info.trim().split(' ').filter(Boolean)[1] ?? '';
      html += renderScene(md, file, where, scene, inner, scenes);
    } else {
      if (countdown) throw new SlideError(file, where, 'one countdown per slide');
      countdown = true;
      html += `<div class="countdown" data-countdown><div class="countdown-instructions">${md.renderer.render(inner, md.options, {})}</div></div>`;
    }
    i = end + 1;
  }
  endRow();
  if (scene !== null && hasFragments) {
    throw new SlideError(file, slideLine, "a slide with a scene has no other fragments: the scene's steps are its fragments");
  }
  if (tasks > 0 && (scene !== null || countdown)) {
    throw new SlideError(file, slideLine, 'a task sheet holds tasks only: put scenes and countdowns on slides of their own');
  }
  return { html, scene, countdown };
}

function findClose(tokens: Token[], open: number, closeType: string): number {
  const level = tokens[open]?.level;
  const end = tokens.findIndex((t, j) => j > open && t.type === closeType && t.level === level);
  return end < 0 ? tokens.length : end;
}

/** A scene's element, then one hidden fragment per step carrying that step's speaker note. */
function renderScene(md: Markdown, file: string, line: number, id: string, inner: Token[], scenes: readonly SceneEntry[]): string {
  const entry = scenes.find((s) => s.id === id);
  if (!entry) throw new SlideError(file, line, `unknown scene "${id}" (known: ${knownScenes(scenes)})`);
  const items: Token[][] = [];
  const itemLevel = (inner[0]?.level ?? 0) + 1;
  let open = -1;
  for (const [j, t] of inner.entries()) {
    if (t.type === 'list_item_open' && t.level === itemLevel) open = j;
    if (t.type === 'list_item_close' && t.level === itemLevel) items.push(inner.slice(open + 1, j));
  }
  if (inner[0]?.type !== 'ordered_list_open' || items.length !== entry.steps) {
    throw new SlideError(
      file,
      line,
      `scene "${id}" has ${entry.steps} steps: give an ordered list of exactly ${entry.steps} step notes (found ${items.length})`,
    );
  }
  const paper = entry.paper ?? [entry.steps - 1];
  const steps = items
    .map(
      (item, step) =>
        `<span class="fragment scene-step" data-fragment-index="${step}"${paper.includes(step) ? ' data-paper' : ''}><aside class="notes">${md.renderer.render(item, md.options, {})}</aside></span>`,
    )
    .join('');
  return `<div class="scene" data-scene="${id}" data-step="-1"></div>${steps}`;
}

function knownScenes(scenes: readonly SceneEntry[]): string {
  return scenes.length === 0 ? 'none: no scene list was passed to the compiler' : scenes.map((s) => s.id).join(', ');
}

import MarkdownIt, { type PluginWithParams } from 'markdown-it';
import attrs from 'markdown-it-attrs';
import container from 'markdown-it-container';
import { highlightCode } from './highlight.ts';

/**
 * The one Markdown parser the compiler uses. Containers are only tokenised here; the compiler turns scene, countdown
 * and task containers into markup itself, because it validates them first (scenes against the scene catalog,
 * tasks against the task form in `task.ts`).
 */
export function createMarkdown(): MarkdownIt {
  // Fenced code is coloured here, at build time; task code blocks render through this same fence rule.
  const md = new MarkdownIt({ html: true, typographer: true, highlight: highlightCode });
  // The plugins type themselves against markdown-it's CJS typings, which differ from the ESM ones in name only.
  const use = (plugin: unknown, ...params: unknown[]) => md.use(plugin as PluginWithParams, ...params);
  use(attrs);
  use(container, 'scene', { validate: (params: string) => params.trim().split(' ')[0] === 'scene' });
  use(container, 'countdown');
  use(container, 'task', { validate: (params: string) => params.trim().split(' ')[0] === 'task' });
  return md;
}

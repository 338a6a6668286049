import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSlideFile } from '../../../../src/compiler/deck/compile';
import { commandText } from '../../../../src/features/copy/copy-text';
import { SCENE_CATALOG } from '../../../../src/core/scenes/registry';
import { htmlText } from '../../../../src/compiler/deck/html-text';

/**
 * One copy, one place: a Copy button must never paste commands meant for the laptop and commands meant for the
 * shell inside a container in one go (pasted on the laptop, the inner lines run on the laptop). Read from the
 * compiled markup of every task code block (`<figure class="task-code" data-platform="…">`):
 * - a block runs inside a container when its platform label says "container";
 * - a line opens a container's shell when it is a `docker … run|exec` with `-i`/`-it`/`--interactive`: every
 *   line after it in the same copy would be typed into the container;
 * - prompts: `$ ` and `PS> ` are the laptop's (the copy feature's), `root@…# `, `/ # `, `# ` a container's.
 */
const HOST_PROMPT = /^(?:\$|PS(?: [^>\n]*)?>)[ \t]/;
const CONTAINER_PROMPT = /^(?:[\w.-]+@[\w.-]+:[^#\n]*#|\/ #|#|[\w-]+=#)[ \t]/;
const OPENS_SHELL = /^docker\b(?:\s+\S+)*?\s+(?:run|exec)\b(?=.*\s(?:-it|-ti|-i|--interactive)\b)/;

interface CodeBlock {
  readonly where: string;
  readonly label: string;
  readonly code: string;
}

export function codeBlocks(where: string, html: string): CodeBlock[] {
  const figures = html.matchAll(/<figure class="task-code"[^>]*?(?:data-platform="([^"]*)")?>([\s\S]*?)<\/figure>/g);
  return [...figures].map(([, label = '', inner = '']) => {
    const code = /<code[^>]*>([\s\S]*?)<\/code>/.exec(inner)?.[1] ?? '';
    return { where, label: htmlText(label), code: htmlText(code) };
  });
}

/** Why this block's copy mixes the laptop and a container, or null when it does not. */
export function mixesPlaces(block: CodeBlock): string | null {
  const raw = block.code.split('\n').filter((line) => line.trim() !== '');
  if (raw.some((l) => HOST_PROMPT.test(l)) && raw.some((l) => CONTAINER_PROMPT.test(l))) {
    return 'shows both a laptop prompt and a container prompt';
  }
  const copied = commandText(block.code)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (/container/i.test(block.label)) {
    const host = copied.find((line) => /^docker\b/.test(line));
    return host ? `runs inside a container but copies the laptop's \`${host}\`` : null;
  }
  const opener = copied.findIndex((line) => OPENS_SHELL.test(line));
  if (opener >= 0 && opener < copied.length - 1) {
    return `opens a container's shell with \`${copied[opener] ?? ''}\`, then copies ${String(copied.length - opener - 1)} more line(s) that would run on the laptop`;
  }
  return null;
}

const SLIDES = join(__dirname, '..', '..', '..', '..', 'slides');
const files = readdirSync(SLIDES)
  .filter((f) => f.endsWith('.md'))
  .sort();

describe('one copy, one place', () => {
  it('flags a block that opens a container shell and goes on typing (the old demo Task 2)', () => {
    const mixed = ['docker run -it --rm --name box ubuntu bash', 'hostname', 'cat /etc/os-release', 'exit'].join('\n');
    expect(mixesPlaces({ where: 'x', label: '', code: mixed })).toMatch(/opens a container's shell/);
    expect(mixesPlaces({ where: 'x', label: '', code: '$ docker exec -it web sh\n/ # ls' })).toMatch(/both a laptop prompt/);
    expect(mixesPlaces({ where: 'x', label: 'Inside the container', code: 'hostname\ndocker ps' })).toMatch(/laptop's/);
  });

  it('lets a block end on the command that opens the shell, and one-shot commands through', () => {
    expect(mixesPlaces({ where: 'x', label: '', code: 'docker pull ubuntu\ndocker run -it --rm ubuntu bash' })).toBeNull();
    expect(mixesPlaces({ where: 'x', label: '', code: 'docker exec web ls /\ndocker ps' })).toBeNull();
    expect(mixesPlaces({ where: 'x', label: 'Inside the container', code: 'hostname\nexit' })).toBeNull();
  });

  for (const name of files) {
    it(`${name}: no copyable block mixes laptop and container commands`, () => {
      const block = compileSlideFile(`slides/${name}`, readFileSync(join(SLIDES, name), 'utf8'), { scenes: SCENE_CATALOG });
      const blocks = block.stacks.flat().flatMap((slide) => codeBlocks(`slides/${name}:${String(slide.line)}`, slide.html));
      const mixed = blocks.flatMap((b) => {
        const why = mixesPlaces(b);
        return why ? [`${b.where}: the block ${b.label ? `"${b.label}" ` : ''}${why}`] : [];
      });
      expect(mixed).toEqual([]);
    });
  }
});

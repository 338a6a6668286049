/**
 * What a copy button puts on the clipboard, and how it names it. Pure: the DOM wiring is in copy-buttons.ts.
 */

/**
 * A shell prompt written in front of a command: `$ ` (sh, bash, zsh) or `PS> ` / `PS C:\work> ` (PowerShell).
 * Pasted into a terminal, a prompt is a command of its own that fails, so it never reaches the clipboard.
 */
const PROMPT = /^(?:\$|PS(?: [^>\n]*)?>)[ \t]/;

/**
 * The text a student must type, from a code block's text. A block that shows prompts is a console transcript:
 * only its prompted lines are commands (the rest is their output), copied without the prompt. A block without
 * prompts is copied whole. The final line break is dropped, so a paste waits for Enter on its last line.
 */
export function commandText(code: string): string {
  const lines = code.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  if (!lines.some((line) => PROMPT.test(line))) return lines.join('\n');
  return lines
    .filter((line) => PROMPT.test(line))
    .map((line) => line.replace(PROMPT, ''))
    .join('\n');
}

export interface CopyTarget {
  /** What the button copies: `commandText` of the block. */
  readonly text: string;
  /** The fence's language (`sh`, `powershell`, …), or '' when it has none. */
  readonly language: string;
  /** The task form's platform label above the block, or '' when it is for every platform. */
  readonly platform: string;
  /** The block shows expected output (a task's `Expect:` part), not something to type. */
  readonly output: boolean;
}

const SHELLS = new Set(['sh', 'bash', 'shell', 'zsh', 'console', 'powershell', 'ps1', 'pwsh', 'cmd']);
/** Long enough to tell two blocks apart when a screen reader lists the buttons, short enough to listen to. */
const QUOTE_MAX = 48;

/** The button's accessible name: starts with its visible "Copy", then says what it copies. */
export function copyLabel(target: CopyTarget): string {
  const lines = target.text.split('\n').filter((line) => line.trim() !== '');
  const what = target.output
    ? 'expected output'
    : SHELLS.has(target.language)
      ? lines.length === 1
        ? 'command'
        : `${String(lines.length)} commands`
      : 'code';
  const where = target.platform ? ` for ${target.platform}` : '';
  const first = lines[0]?.trim() ?? '';
  const quote = first.length > QUOTE_MAX ? `${first.slice(0, QUOTE_MAX - 1)}…` : first;
  const more = lines.length > 1 ? ' …' : '';
  return quote ? `Copy ${what}${where}: ${quote}${more}` : `Copy ${what}${where}`;
}

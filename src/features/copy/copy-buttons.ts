import { commandText, copyLabel } from './copy-text';

const BUTTON_CLASS = 'copy-button';
/** Keeps the strip the button sits in: it changes the code's type size (copy-buttons.css, tasks.css). */
const ROOM_CLASS = 'has-copy';
/** How long "Copied" shows before the button reads "Copy" again. */
const CONFIRM_MS = 1500;
/** The fallback's advice stays longer: the student has to read it and press the keys. */
const FALLBACK_MS = 6000;

/**
 * Gives every `pre > code` under `root` one "Copy" button that puts the block's command text on the clipboard.
 * Calling it again (a re-render, a second caller) adds no second button. Where the clipboard is missing or
 * refuses (an http page, a denied permission), the block's text is selected instead and the button says which
 * keys copy it, so the student is never left with nothing.
 */
export function addCopyButtons(root: ParentNode): void {
  for (const code of root.querySelectorAll<HTMLElement>('pre > code')) {
    const pre = code.parentElement;
    if (!pre || pre.querySelector(`:scope > .${BUTTON_CLASS}`)) continue;
    pre.classList.add(ROOM_CLASS);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = BUTTON_CLASS;
    button.textContent = 'Copy';
    button.setAttribute('aria-label', copyLabel(targetOf(code)));
    const status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => void copy(code, button, status));
    pre.prepend(button, status);
  }
}

/**
 * Only the strip each button will sit in, which sizes the code: cheap enough to run before reveal lays the slides
 * out, while the buttons themselves (absolutely placed, so they move nothing) come after the deck is ready.
 */
export function reserveCopyRoom(root: ParentNode): void {
  for (const code of root.querySelectorAll<HTMLElement>('pre > code')) code.parentElement?.classList.add(ROOM_CLASS);
}

function targetOf(code: HTMLElement) {
  return {
    text: commandText(code.textContent),
    language: /\blanguage-(\S+)/.exec(code.className)?.[1] ?? '',
    platform: code.closest('[data-platform]')?.getAttribute('data-platform') ?? '',
    output: code.closest('.task-expect') !== null,
  };
}

const timers = new WeakMap<HTMLButtonElement, number>();

async function copy(code: HTMLElement, button: HTMLButtonElement, status: HTMLElement): Promise<void> {
  try {
    // `navigator.clipboard` is undefined outside a secure context, though the DOM types say it always exists.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) throw new Error('no clipboard');
    await clipboard.writeText(commandText(code.textContent));
    show(button, status, 'copied', 'Copied', 'Copied to the clipboard', CONFIRM_MS);
  } catch {
    const selection = window.getSelection();
    selection?.selectAllChildren(code);
    const keys = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘C' : 'Ctrl+C';
    show(button, status, 'select', `Press ${keys}`, `Copying is blocked here: the code is selected, press ${keys} to copy it`, FALLBACK_MS);
  }
}

function show(button: HTMLButtonElement, status: HTMLElement, state: string, text: string, message: string, ms: number): void {
  window.clearTimeout(timers.get(button));
  button.dataset.state = state;
  button.textContent = text;
  status.textContent = message;
  timers.set(
    button,
    window.setTimeout(() => {
      delete button.dataset.state;
      button.textContent = 'Copy';
      status.textContent = '';
    }, ms),
  );
}

/** Takes every copy button under `root` away again, with its pending "Copied" timer. */
export function removeCopyButtons(root: ParentNode): void {
  for (const pre of root.querySelectorAll<HTMLElement>(`pre.${ROOM_CLASS}`)) {
    const button = pre.querySelector<HTMLButtonElement>(`:scope > .${BUTTON_CLASS}`);
    if (button) window.clearTimeout(timers.get(button));
    button?.remove();
    pre.querySelector(':scope > .copy-status')?.remove();
    pre.classList.remove(ROOM_CLASS);
  }
}

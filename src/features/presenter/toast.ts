import './notices.css';

const SHOW_MS = 5000;

export interface Toaster {
  /** One short line after a change to the day, or why the change was refused. */
  say(message: string, refused: boolean): void;
  /** Whether this window may draw the lecturer's notices now (see speaker-privacy); a toast showing goes when not. */
  allow(allowed: boolean): void;
  /** Takes the toast off the page, its timer with it. */
  remove(): void;
}

/** The line at the top of the screen, beside the HUD, never over it. */
export function toaster(): Toaster {
  const toast = document.createElement('div');
  toast.className = 'agenda-toast';
  toast.setAttribute('role', 'status');
  toast.hidden = true;
  document.body.append(toast);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let allowed = false;
  // A toast said while this window may not draw it, for as long as it would have shown: a window that has
  // not yet heard whether a speaker view is open shows it once it knows.
  let pending = false;
  const show = (): void => {
    toast.hidden = !allowed || !pending;
  };
  return {
    say(message, refused) {
      toast.textContent = message;
      toast.classList.toggle('is-refused', refused);
      pending = true;
      show();
      clearTimeout(timer);
      timer = setTimeout(
        () => {
          pending = false;
          show();
        },
        refused ? 2 * SHOW_MS : SHOW_MS,
      );
    },
    allow(next) {
      allowed = next;
      show();
    },
    remove() {
      clearTimeout(timer);
      toast.remove();
    },
  };
}

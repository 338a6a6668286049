import './notices.css';

const SHOW_MS = 5000;

export interface Toaster {
  /** One short line after a change to the day, or why the change was refused. */
  say(message: string, refused: boolean): void;
  /** Whether this window may draw the lecturer's notices now (see speaker-privacy); a toast showing goes when not. */
  allow(allowed: boolean): void;
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
  return {
    say(message, refused) {
      if (!allowed) return;
      toast.textContent = message;
      toast.classList.toggle('is-refused', refused);
      toast.hidden = false;
      clearTimeout(timer);
      timer = setTimeout(() => {
        toast.hidden = true;
      }, refused ? 2 * SHOW_MS : SHOW_MS);
    },
    allow(next) {
      allowed = next;
      if (!allowed) toast.hidden = true;
    },
  };
}

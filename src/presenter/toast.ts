import './notices.css';

const SHOW_MS = 5000;

/** One short line at the bottom of the screen after a change to the day, or why the change was refused. */
export function toaster(): (message: string, refused: boolean) => void {
  const toast = document.createElement('div');
  toast.className = 'agenda-toast';
  toast.setAttribute('role', 'status');
  toast.hidden = true;
  document.body.append(toast);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (message, refused) => {
    toast.textContent = message;
    toast.classList.toggle('is-refused', refused);
    toast.hidden = false;
    clearTimeout(timer);
    timer = setTimeout(() => {
      toast.hidden = true;
    }, refused ? 2 * SHOW_MS : SHOW_MS);
  };
}

import './notices.css';

/**
 * The warnings of the day, at the top of the screen until dismissed: a typo in the URL or an impossible day must
 * be seen before class, yet never stop the deck, which runs the nearest sane day meanwhile.
 */
export function showBanner(warnings: readonly string[]): HTMLElement | undefined {
  if (warnings.length === 0) return undefined;
  const banner = document.createElement('div');
  banner.className = 'agenda-banner';
  banner.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.className = 'agenda-banner-title';
  heading.textContent = warnings.length === 1 ? 'Agenda warning' : `Agenda warnings (${warnings.length})`;
  const list = document.createElement('ul');
  for (const warning of warnings) {
    const item = document.createElement('li');
    item.textContent = warning;
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'agenda-banner-close';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => {
    banner.remove();
  });
  banner.append(heading, list, close);
  document.body.append(banner);
  return banner;
}

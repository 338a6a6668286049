/**
 * Reveal's speaker view as a screen reader meets it: its two deck frames named, its columns landmarks, its
 * headings in order. The popup is reveal's own page, so this labels what is there instead of rebuilding it.
 */
const REGIONS: readonly (readonly [selector: string, role: string, label: string])[] = [
  ['#current-slide', 'region', 'Current slide'],
  ['#upcoming-slide', 'region', 'Next slide'],
  ['#speaker-controls', 'main', 'Time, agenda and notes'],
];

export function labelSpeakerView(doc: Document): void {
  for (const [selector, role, label] of REGIONS) {
    const element = doc.querySelector(selector);
    element?.setAttribute('role', role);
    element?.setAttribute('aria-label', label);
    element?.querySelector('iframe')?.setAttribute('title', label);
  }
  if (!doc.querySelector('h1')) {
    const title = doc.createElement('h1');
    title.className = 'sr-only';
    title.textContent = 'Speaker view';
    // Inside the main landmark: nothing on the page is outside one.
    (doc.querySelector('#speaker-controls') ?? doc.body).prepend(title);
  }
  // Reveal's notes heading and the panels' are h4 under no h2 or h3: read as the level they are.
  for (const heading of doc.querySelectorAll('#speaker-controls h4')) heading.setAttribute('aria-level', '2');
}

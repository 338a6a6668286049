/**
 * reveal's speaker window sends every key pressed in it to the deck (Space: next slide). A key meant for one
 * of our controls stops here; after a click the control lets go of the focus, so the clicker's keys still
 * reach the deck.
 */
export function keepKeysAndFocus(control: HTMLElement): void {
  control.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
  });
  control.addEventListener('click', (event) => {
    if (event.detail > 0) control.blur();
  });
}

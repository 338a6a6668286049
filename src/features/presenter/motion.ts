const query = (): MediaQueryList | undefined =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;

/** Read at the moment of each change, so switching the system setting mid-lecture takes effect at once. */
export function motionAllowed(): boolean {
  return !(query()?.matches ?? false);
}

/**
 * The lecturer's notices share the top of the screen: the agenda banner across it, the rehearsal badge in the
 * top right corner, the HUD and the toast below them. Each element that takes room there publishes its height
 * as a CSS variable on the page (`--top-<name>`: 0px while hidden or gone), and the others' CSS places itself
 * under it, so nothing covers the banner's Dismiss button or the HUD's first line.
 */
export function reserveTop(element: HTMLElement, name: string): () => void {
  const property = `--top-${name}`;
  const style = document.documentElement.style;
  const update = (): void => {
    const height = element.isConnected && !element.hidden ? element.getBoundingClientRect().height : 0;
    style.setProperty(property, `${Math.ceil(height)}px`);
  };
  const observer = new ResizeObserver(update);
  observer.observe(element);
  update();
  return () => {
    observer.disconnect();
    style.removeProperty(property);
  };
}

/**
 * A scene's `data-drawn` attribute: absent while its picture moves or waits to, the step once its final picture is
 * there. Tests, the soak and the speaker view's copies read it; this module stays tiny so reading it loads no scene.
 */
export function markMoving(element: HTMLElement): void {
  delete element.dataset.drawn;
}

export function markDrawn(element: HTMLElement, step: number): void {
  element.dataset.drawn = String(step);
}

/** Whether a scene on the slide `root` shows is moving, or waiting to. */
export function sceneMoving(root: ParentNode): boolean {
  return root.querySelector('.reveal .slides section.present .scene[data-scene]:not([data-drawn])') !== null;
}

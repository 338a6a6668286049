// What a viewer sees of the scenes on the current slide, and how two such views differ.

/**
 * In the page: each scene on the current slide, once every one of them reports its step drawn. The SVG markup
 * is compared whole (the renderer writes the same string however a step was reached), with only the whitespace
 * between tags collapsed; the caption is what screen readers and reduced-motion readers get; the box, rounded
 * to pixels, is where the picture sits on screen. Null while a scene is still moving, or off the current slide.
 */
export function scenesOnScreen() {
  const slide = window.Reveal.getCurrentSlide();
  if (!slide || window.Reveal.isOverview()) return null;
  const scenes = [.../** @type {NodeListOf<HTMLElement>} */ (slide.querySelectorAll('.scene[data-scene]'))];
  if (scenes.length === 0) return null;
  if (scenes.some((el) => el.dataset.drawn === undefined || el.dataset.drawn !== el.dataset.step)) return null;
  return scenes.map((el) => {
    const svg = el.querySelector('svg');
    const box = svg?.getBoundingClientRect();
    return {
      scene: el.dataset.scene,
      step: el.dataset.step,
      caption: el.querySelector('.scene-caption')?.textContent ?? '',
      box: box ? [box.x, box.y, box.width, box.height].map(Math.round).join(' ') : 'none',
      svg: (svg?.outerHTML ?? '').replace(/>\s+</g, '><').replace(/\s+/g, ' '),
    };
  });
}

/** @typedef {NonNullable<ReturnType<typeof scenesOnScreen>>} View */

/** The lines of a view, one per SVG element, so that a diff points at the element that differs. @param {View} view */
function lines(view) {
  return view.flatMap((s) => [
    `scene ${s.scene} step ${s.step}`,
    `caption: ${s.caption}`,
    `box: ${s.box}`,
    ...s.svg.split('><').map((part) => `  <${part.replace(/^</, '').replace(/>$/, '')}>`),
  ]);
}

/**
 * The differences between the walked page's view and a fresh load's, as `-`/`+` lines (at most `max`); empty
 * when they are the same.
 * @param {ReturnType<typeof scenesOnScreen>} walked @param {ReturnType<typeof scenesOnScreen>} fresh
 */
export function viewDiff(walked, fresh, max = 24) {
  const a = lines(walked ?? []);
  const b = lines(fresh ?? []);
  if (a.join('\n') === b.join('\n')) return [];
  const out = [];
  /** @param {number} i @param {number} j */
  const common = (i, j) => a[i] === b[j];
  let i = 0;
  let j = 0;
  while ((i < a.length || j < b.length) && out.length < max) {
    if (i < a.length && j < b.length && common(i, j)) {
      i++;
      j++;
      continue;
    }
    // Resynchronise on the next line both sides share, reporting what each side had before it.
    const lineA = a[i];
    const lineB = b[j];
    const nextInB = lineA !== undefined ? b.indexOf(lineA, j) : -1;
    const nextInA = lineB !== undefined ? a.indexOf(lineB, i) : -1;
    if (nextInB !== -1 && (nextInA === -1 || nextInB - j <= nextInA - i)) {
      while (j < nextInB && out.length < max) out.push(`+ fresh:  ${b[j++]}`);
    } else if (nextInA !== -1) {
      while (i < nextInA && out.length < max) out.push(`- walked: ${a[i++]}`);
    } else {
      if (i < a.length) out.push(`- walked: ${a[i++]}`);
      if (j < b.length && out.length < max) out.push(`+ fresh:  ${b[j++]}`);
    }
  }
  return out;
}

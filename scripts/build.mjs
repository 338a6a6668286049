// `npm run build`: `vite build`, except that a mistake in a slide file prints as what it is, `file:line: problem`,
// without the bundler's stack trace below it (Vite's command line prints every plugin error with one).
import { createBuilder } from 'vite';

/** The errors a failed build reports: several at once come in its `errors`. @param {unknown} error @returns {unknown[]} */
const reported = (error) =>
  typeof error === 'object' && error !== null && 'errors' in error && Array.isArray(error.errors) ? error.errors : [error];
/** @param {unknown} e @returns {e is { plugin: string, message?: unknown }} */
const fromSlides = (e) => typeof e === 'object' && e !== null && 'plugin' in e && e.plugin === 'deck-slides';

try {
  const builder = await createBuilder();
  await builder.buildApp();
} catch (error) {
  const inner = reported(error);
  const slides = inner.filter(fromSlides);
  if (slides.length === 0 || slides.length !== inner.length) throw error;
  for (const e of slides) console.error(e.message);
  process.exitCode = 1;
}

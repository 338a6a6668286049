// `npm run build`: `vite build`, except that a mistake in a slide file prints as what it is, `file:line: problem`,
// without the bundler's stack trace below it (Vite's command line prints every plugin error with one).
import { createBuilder } from 'vite';

try {
  const builder = await createBuilder();
  await builder.buildApp();
} catch (error) {
  const inner = Array.isArray(error?.errors) ? error.errors : [error];
  const slides = inner.filter((e) => e?.plugin === 'deck-slides');
  if (slides.length === 0 || slides.length !== inner.length) throw error;
  for (const e of slides) console.error(e.message);
  process.exitCode = 1;
}

// The deck's own build, with the slides read from another root: `npm run bench` builds a generated deck ten
// times the lecture's size with it (scripts/bench/scale.mjs sets both variables).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { slidesPlugin } from '../../src/compiler/deck/plugin.ts';
import { palettePlugin } from '../../src/compiler/page/palette.ts';
import { revealPatchPlugin } from '../../src/compiler/page/reveal-patch.ts';
import { SCENE_CATALOG } from '../../src/core/scenes/registry.ts';

const slidesRoot = process.env.SCALE_SLIDES_ROOT;
const outDir = process.env.SCALE_OUT_DIR;
if (!slidesRoot || !outDir) throw new Error('bench/scale/vite.config.ts needs SCALE_SLIDES_ROOT and SCALE_OUT_DIR');

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  base: './',
  logLevel: 'warn',
  // The colours every stylesheet reads, and reveal.js as the deck changes it, as in the deck's own build.
  plugins: [palettePlugin(), revealPatchPlugin(), slidesPlugin({ scenes: SCENE_CATALOG, root: slidesRoot })],
  build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 400 },
});

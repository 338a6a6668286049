// The deck's own build, with the slides read from another root: `npm run bench` builds a generated deck ten
// times the lecture's size with it (scripts/bench/scale.mjs sets both variables).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { slidesPlugin } from '../../src/compiler/deck/plugin.ts';
import { palettePlugin } from '../../src/compiler/page/palette.ts';
import { SCENE_CATALOG } from '../../src/core/scenes/registry.ts';

const slidesRoot = process.env.SCALE_SLIDES_ROOT;
const outDir = process.env.SCALE_OUT_DIR;
if (!slidesRoot || !outDir) throw new Error('bench/scale/vite.config.ts needs SCALE_SLIDES_ROOT and SCALE_OUT_DIR');

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  base: './',
  logLevel: 'warn',
  // The colours every stylesheet reads, as in the deck's own build (vite.config.ts).
  plugins: [palettePlugin(), slidesPlugin({ scenes: SCENE_CATALOG, root: slidesRoot })],
  build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 400 },
});

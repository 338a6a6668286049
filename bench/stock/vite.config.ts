import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { slidesPlugin } from '../../src/compiler/deck/plugin.ts';
import { SCENE_CATALOG } from '../../src/core/scenes/registry.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  plugins: [slidesPlugin({ scenes: SCENE_CATALOG, root })],
  build: { outDir: fileURLToPath(new URL('../../bench-results/stock', import.meta.url)), emptyOutDir: true, target: 'es2022' },
});

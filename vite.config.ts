import { defineConfig } from 'vite';
import { slidesPlugin } from './src/deck/plugin.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works from any sub-path and from a plain static file server.
  base: './',
  plugins: [slidesPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 400,
    rolldownOptions: { input: { index: 'index.html', student: 'student.html' } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});

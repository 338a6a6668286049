import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './src/build/csp.ts';
import { slidesPlugin } from './src/deck/plugin.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works from any sub-path and from a plain static file server.
  base: './',
  plugins: [slidesPlugin(), contentSecurityPolicy()],
  build: { target: 'es2022', chunkSizeWarningLimit: 400 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});

// Serves dist/ on a free local port for the command-line tools (handout, benchmarks, screenshots).
import { preview } from 'vite';

/**
 * @param {string} [outDir] the built deck to serve (default dist/)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDist(outDir) {
  const build = outDir ? { build: { outDir } } : {};
  const server = await preview({ ...build, preview: { port: 0, host: '127.0.0.1', open: false }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}

// Serves dist/ on a free local port for the command-line tools (handout, benchmarks, screenshots).
import { preview } from 'vite';

/** @param {string} [dir] a built deck other than dist/ @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function serveDist(dir) {
  const server = await preview({
    ...(dir ? { build: { outDir: dir } } : {}),
    preview: { port: 0, host: '127.0.0.1', open: false },
    logLevel: 'silent',
  });
  return { url: localUrl(server), close: () => server.close() };
}

/** The address a preview server listens on; Vite leaves it unset until the server is listening. @param {import('vite').PreviewServer} server */
export function localUrl(server) {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return url;
}

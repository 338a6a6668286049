import { readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CLASS_META, type Role } from '../model/live';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** The file under `root` a URL path names; undefined for a path that leaves it or names no file. */
export function fileFor(root: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page tells its scripts that the class server is there, and in which role, in a `<meta>` after the
 * Content-Security-Policy's: a page served by any other server has no such line and loads no channel code.
 */
export function withClassMeta(html: string, role: Role): string {
  const meta = `<meta name="${CLASS_META}" content="${role}">`;
  return /<meta http-equiv="Content-Security-Policy"[^>]*>/i.test(html)
    ? html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, (csp) => `${csp}\n    ${meta}`)
    : html.replace(/<head>/i, (head) => `${head}\n    ${meta}`);
}

export function sendFile(response: ServerResponse, file: string, role: Role, head: boolean): void {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const html = type.startsWith('text/html');
  const body = html ? Buffer.from(withClassMeta(readFileSync(file, 'utf8'), role)) : readFileSync(file);
  response.writeHead(200, {
    'Content-Type': type,
    'Content-Length': body.length,
    // A page carries its role: never from a cache. Hashed assets may stay.
    'Cache-Control': html ? 'no-store' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  response.end(head ? undefined : body);
}

/**
 * The HTTP side: the built deck from dist/, the lecturer's token exchanged for a cookie, a phone's pairing
 * code for another, and the lecturer's figures. The role every request earns comes from its cookies alone.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Role } from '../model/live';
import { LECTURER_COOKIE, newToken, readCookie, REMOTE_COOKIE, sameToken, sessionCookie } from './auth';
import { fileFor, sendFile } from './static-files';

export interface Access {
  readonly lecturerToken: string;
  /** Phones paired for this class: their cookie values. */
  readonly remotes: Set<string>;
  /** One-time pairing codes not yet used. */
  readonly pairings: Set<string>;
  /** Keeps the paired phones across a restart. */
  readonly paired: () => void;
}

/** Pages that hold the speaker notes: the lecturer's and the paired phone's only. */
const NOTES_PAGES = new Set(['/', '/index.html', '/vm-vs-docker.html']);

export function roleOf(request: IncomingMessage, access: Access): Role {
  if (sameToken(readCookie(request, LECTURER_COOKIE), access.lecturerToken)) return 'lecturer';
  const remote = readCookie(request, REMOTE_COOKIE);
  if (remote !== undefined && [...access.remotes].some((known) => sameToken(remote, known))) return 'remote';
  return 'student';
}

function text(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  response.end(body);
}

function json(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** The same URL without one query parameter: the token leaves the address bar, the history and any screenshot. */
function without(url: URL, name: string): string {
  url.searchParams.delete(name);
  return `${url.pathname}${url.search}${url.hash}`;
}

export interface HttpOptions {
  readonly root: string;
  readonly access: Access;
  /** What the lecturer's pages may read: connections, drops, the students' link. */
  readonly info: () => unknown;
}

export function handleHttp({ root, access, info }: HttpOptions) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      text(response, 405, 'Only GET and HEAD here.', { Allow: 'GET, HEAD' });
      return;
    }
    const url = new URL(request.url ?? '/', 'http://class.invalid');
    if (exchangeToken(url, access, response) || exchangePairing(url, access, response)) return;

    const role = roleOf(request, access);
    if (lecturerApi(url, role, access, info, response)) return;
    // The deck carries the speaker notes: a student asking for it gets the student view.
    if (role === 'student' && NOTES_PAGES.has(url.pathname)) {
      text(response, 303, 'The student view.', { Location: `/student.html${url.search}` });
      return;
    }
    const file = fileFor(root, url.pathname);
    if (!file) {
      text(response, 404, 'Not found.');
      return;
    }
    sendFile(response, file, role, method === 'HEAD');
  };
}

/** `?token=`: the lecturer's link, exchanged for the lecturer's cookie. True when it answered the request. */
function exchangeToken(url: URL, access: Access, response: ServerResponse): boolean {
  const token = url.searchParams.get('token');
  if (token === null) return false;
  if (!sameToken(token, access.lecturerToken)) {
    text(response, 403, 'This lecturer link is not valid for this class: the server prints a new one each time it starts.');
    return true;
  }
  text(response, 303, 'Signed in as the lecturer.', {
    'Set-Cookie': sessionCookie(LECTURER_COOKIE, access.lecturerToken),
    Location: without(url, 'token'),
  });
  return true;
}

/** `?pair=`: a phone's one-time code, exchanged for a remote's cookie. True when it answered the request. */
function exchangePairing(url: URL, access: Access, response: ServerResponse): boolean {
  const pair = url.searchParams.get('pair');
  if (pair === null) return false;
  const known = [...access.pairings].find((code) => sameToken(pair, code));
  if (known === undefined) {
    text(response, 403, 'This pairing code was used already or has expired: scan the QR code in the speaker view again.');
    return true;
  }
  access.pairings.delete(known);
  const session = newToken();
  access.remotes.add(session);
  access.paired();
  text(response, 303, 'Paired.', { 'Set-Cookie': sessionCookie(REMOTE_COOKIE, session), Location: without(url, 'pair') });
  return true;
}

/** The lecturer's figures and new pairing codes, refused to anyone else. True when it answered the request. */
function lecturerApi(url: URL, role: Role, access: Access, info: () => unknown, response: ServerResponse): boolean {
  if (url.pathname !== '/class/info' && url.pathname !== '/class/pair') return false;
  if (role !== 'lecturer') {
    text(response, 403, 'For the lecturer only.');
    return true;
  }
  if (url.pathname === '/class/info') {
    json(response, info());
    return true;
  }
  const code = newToken();
  // A few codes at most wait for a phone: an old QR code left on a screen expires.
  if (access.pairings.size >= 4) access.pairings.delete(access.pairings.values().next().value ?? '');
  access.pairings.add(code);
  json(response, { code });
  return true;
}

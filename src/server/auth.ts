import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh random token: the lecturer's per class, or a phone's one-time pairing code. */
export const newToken = (): string => randomBytes(24).toString('base64url');

/** Compares in constant time, so the time a wrong guess takes tells nothing about the right one. */
export function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // timingSafeEqual needs equal lengths; comparing b with itself keeps the time the same for a wrong length.
  return timingSafeEqual(a.length === b.length ? a : b, b) && a.length === b.length;
}

export function readCookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), for the whole origin. */
export const sessionCookie = (name: string, value: string): string => `${name}=${value}; HttpOnly; SameSite=Strict; Path=/`;

export const LECTURER_COOKIE = 'class-lecturer';
export const REMOTE_COOKIE = 'class-remote';

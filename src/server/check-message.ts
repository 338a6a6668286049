import * as v from 'valibot';
import { ClientMessageSchema, LECTURER_KINDS, LIVE_LIMITS, type ClientMessage, type Role } from '../model/live';
import type { DropReason, RateLimiter } from './limits';

/** What a WebSocket message arrives as (ws's RawData, without importing ws here). */
export type Received = Buffer | ArrayBuffer | Buffer[];

function bytes(data: Received): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.isBuffer(data) ? data : Buffer.from(new Uint8Array(data));
}

/**
 * The one gate every message passes: binary, too big, too frequent, not JSON, not one of the schema's kinds,
 * or a lecturer's kind from a student's connection is dropped (the reason says which); anything else is a
 * message a handler may act on. Size is checked before the rate, the rate before any parsing.
 */
export function checkMessage(data: Received, binary: boolean, role: Role, limiter: RateLimiter, now: number): ClientMessage | DropReason {
  if (binary) return 'binary';
  const raw = bytes(data);
  // A student sends taps and short questions; only the lecturer's side sends ink, which needs more room.
  if (raw.byteLength > (role === 'student' ? LIVE_LIMITS.messageBytes : LIVE_LIMITS.staffMessageBytes)) return 'oversized';
  if (!limiter.take(now)) return 'rate';
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    return 'malformed';
  }
  const parsed = v.safeParse(ClientMessageSchema, json);
  if (!parsed.success) return 'malformed';
  if (role === 'student' && LECTURER_KINDS.has(parsed.output.kind)) return 'forbidden';
  return parsed.output;
}

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../src/server/check-message';
import { rateLimiter } from '../../../src/server/limits';
import { ClientMessageSchema, LIVE_LIMITS, ServerMessageSchema } from '../../../src/model/live';

const bytes = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
const open = () => rateLimiter(1000, 1000);

describe('the shared message schemas', () => {
  it('take the kinds a page sends, and nothing beside them', () => {
    expect(v.is(ClientMessageSchema, { kind: 'go', position: { h: 3, v: 0, f: 2 } })).toBe(true);
    expect(v.is(ClientMessageSchema, { kind: 'go', position: { h: 3, v: 0, f: 2 }, extra: 1 })).toBe(false);
    expect(v.is(ClientMessageSchema, { kind: 'go', position: { h: -1, v: 0, f: 0 } })).toBe(false);
    expect(v.is(ClientMessageSchema, { kind: 'go', position: { h: 1.5, v: 0, f: 0 } })).toBe(false);
    expect(v.is(ClientMessageSchema, { kind: 'teleport' })).toBe(false);
    expect(v.is(ClientMessageSchema, { kind: 'mark', task: 'container-fun/3', mark: 'done' })).toBe(true);
    expect(v.is(ClientMessageSchema, { kind: 'mark', task: '../etc', mark: 'done' })).toBe(false);
  });

  it('keep a question to 280 characters and not empty', () => {
    expect(v.is(ClientMessageSchema, { kind: 'ask', text: 'x'.repeat(LIVE_LIMITS.questionChars) })).toBe(true);
    expect(v.is(ClientMessageSchema, { kind: 'ask', text: 'x'.repeat(LIVE_LIMITS.questionChars + 1) })).toBe(false);
    expect(v.is(ClientMessageSchema, { kind: 'ask', text: '   ' })).toBe(false);
  });

  it('parse what the server sends', () => {
    expect(v.is(ServerMessageSchema, { kind: 'position', position: { h: 0, v: 0, f: -1 } })).toBe(true);
    expect(v.is(ServerMessageSchema, { kind: 'position', position: null })).toBe(false);
  });
});

describe('checkMessage: the gate on the server', () => {
  it('passes a lecturer position, and drops a student sending the same as forbidden', () => {
    const go = bytes({ kind: 'go', position: { h: 2, v: 0, f: 1 } });
    expect(checkMessage(go, false, 'lecturer', open(), 0)).toEqual({ kind: 'go', position: { h: 2, v: 0, f: 1 } });
    expect(checkMessage(go, false, 'student', open(), 0)).toBe('forbidden');
    expect(checkMessage(bytes({ kind: 'step', by: 1 }), false, 'remote', open(), 0)).toEqual({ kind: 'step', by: 1 });
  });

  it('drops oversized, binary and malformed messages, and says which', () => {
    expect(checkMessage(bytes({ kind: 'ask', text: 'x'.repeat(LIVE_LIMITS.messageBytes) }), false, 'student', open(), 0)).toBe('oversized');
    expect(checkMessage(bytes('{}'), true, 'student', open(), 0)).toBe('binary');
    expect(checkMessage(bytes('{"kind":"go"'), false, 'lecturer', open(), 0)).toBe('malformed');
    expect(checkMessage(bytes({ kind: 'nope' }), false, 'lecturer', open(), 0)).toBe('malformed');
    expect(checkMessage([bytes('{"kind":"ping",'), bytes('"t":1}')], false, 'student', open(), 0)).toEqual({ kind: 'ping', t: 1 });
  });

  it('drops messages beyond the rate before parsing them', () => {
    const limiter = rateLimiter(2, 1);
    const ping = bytes({ kind: 'ping', t: 1 });
    expect(checkMessage(ping, false, 'student', limiter, 0)).toEqual({ kind: 'ping', t: 1 });
    expect(checkMessage(ping, false, 'student', limiter, 0)).toEqual({ kind: 'ping', t: 1 });
    expect(checkMessage(ping, false, 'student', limiter, 0)).toBe('rate');
    expect(checkMessage(ping, false, 'student', limiter, 1000)).toEqual({ kind: 'ping', t: 1 });
  });
});

describe('rateLimiter', () => {
  it('allows a burst, then the rate per second', () => {
    const limiter = rateLimiter(LIVE_LIMITS.burst, LIVE_LIMITS.perSecond);
    let passed = 0;
    for (let i = 0; i < 100; i++) if (limiter.take(0)) passed++;
    expect(passed).toBe(LIVE_LIMITS.burst);
    passed = 0;
    for (let t = 0; t <= 10_000; t += 10) if (limiter.take(t)) passed++;
    expect(Math.abs(passed - LIVE_LIMITS.perSecond * 10)).toBeLessThanOrEqual(1);
  });
});

// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelName } from '../../../src/model/keys';
import type { RehearsalMessage } from '../../../src/model/window-messages';
import { crossWindow, type CrossWindow } from '../../../src/platform/cross-window';

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const channel of opened.splice(0)) channel.close();
  vi.unstubAllGlobals();
});
const open = <T extends { close(): void }>(channel: T): T => {
  opened.push(channel);
  return channel;
};

/** Another window's sender, as raw as a page of the same origin could be: it posts anything. */
const outsider = (name: string): BroadcastChannel => open(new BroadcastChannel(channelName(name)));

/** Collects what reaches a listener, until `until` arrives (channels keep their order). */
function heard<T>(channel: CrossWindow<T>, until: (message: T) => boolean): Promise<T[]> {
  const got: T[] = [];
  return new Promise((resolve) => {
    channel.listen((message) => {
      got.push(message);
      if (until(message)) resolve(got);
    });
  });
}

const run = { paused: false, onSlideMs: 1000, plannedSlideS: 60, totalMs: 5000, plannedSoFarS: 4 };

describe('the cross-window channel', () => {
  it('carries a message of its kind from one window to another, on the channel named by model/keys', async () => {
    const receiver = open(crossWindow('rehearsal'));
    const arrived = heard(receiver, () => true);
    open(crossWindow('rehearsal')).post({ type: 'run', run });
    expect(await arrived).toEqual([{ type: 'run', run }]);
    // The name is the keys module's: a raw sender on that name reaches the same listeners.
    const again = heard(receiver, (m) => m.type === 'open-dialog');
    outsider('rehearsal').postMessage({ type: 'open-dialog' });
    expect(await again).toEqual([{ type: 'open-dialog' }]);
  });

  it('lets no forged or malformed message reach a listener, whoever sent it', async () => {
    const receiver = open(crossWindow('rehearsal'));
    const got = heard(receiver, (m) => m.type === 'notice' && m.notice === 'last');
    const sender = outsider('rehearsal');
    const forged: unknown[] = [
      'toggle-pause', // the protocol before the schema: a bare string
      null,
      { type: 'run', run: { ...run, paused: 'no' } },
      { type: 'run', run: { ...run, totalMs: Number.NaN } },
      { type: 'run' },
      { type: 'notice', notice: 42 },
      { type: 'notice', notice: 'x'.repeat(10_000) },
      { type: 'reload-everything' },
      { type: 'stroke', stroke: {} },
    ];
    for (const message of forged) sender.postMessage(message);
    sender.postMessage({ type: 'notice', notice: 'last' } satisfies RehearsalMessage);
    expect(await got).toEqual([{ type: 'notice', notice: 'last' }]);
  });

  it('checks each channel against its own schema: a valid message of another channel is refused', async () => {
    const speaker = open(crossWindow('speaker'));
    const got = heard(speaker, (m) => m.type === 'gone');
    const sender = outsider('speaker');
    sender.postMessage({ type: 'run', run });
    sender.postMessage({ type: 'projector', on: 'true' });
    sender.postMessage({ type: 'told', message: 'hi', refused: 1 });
    sender.postMessage({ type: 'gone' });
    expect(await got).toEqual([{ type: 'gone' }]);
  });

  it('stops delivering when a listener stops or the channel closes', async () => {
    const receiver = open(crossWindow('speaker'));
    const stopped = vi.fn();
    receiver.listen(stopped)();
    const closed = open(crossWindow('speaker'));
    const afterClose = vi.fn();
    closed.listen(afterClose);
    closed.close();
    const got = heard(receiver, () => true);
    open(crossWindow('speaker')).post({ type: 'who' });
    await got;
    expect(stopped).not.toHaveBeenCalled();
    expect(afterClose).not.toHaveBeenCalled();
  });

  it('sends and hears nothing, and throws nothing, in a browser without BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    Reflect.deleteProperty(window, 'BroadcastChannel');
    expect('BroadcastChannel' in window).toBe(false);
    const channel = crossWindow('ink');
    expect(() => {
      channel.post({ type: 'keep', slide: 'a/1', keep: true });
      channel.listen(() => undefined)();
      channel.close();
    }).not.toThrow();
  });
});

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|js|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Every place a file's code (not its comments) names BroadcastChannel: `new BroadcastChannel`, `window.BroadcastChannel`, a type, a string. */
function namesBroadcastChannel(file: string): number[] {
  const text = readFileSync(file, 'utf8');
  // Only a file that spells the word can name it (`window['Broad' + 'cast…']` is not a thing this deck does).
  if (!text.includes('BroadcastChannel')) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    const text = ts.isIdentifier(node) ? node.text : ts.isStringLiteralLike(node) ? node.text : undefined;
    if (text === 'BroadcastChannel') lines.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

describe('one channel module', () => {
  const CHANNEL_MODULE = join('src', 'platform', 'cross-window.ts');

  it('is the only file in src/ that names BroadcastChannel in its code', () => {
    const others = sources('src')
      .filter((file) => file !== CHANNEL_MODULE)
      .flatMap((file) => namesBroadcastChannel(file).map((line) => `${file}:${String(line)}`));
    expect(others).toEqual([]);
    // The scan sees what it looks for: the channel module itself is found.
    expect(namesBroadcastChannel(CHANNEL_MODULE).length).toBeGreaterThan(0);
  });
});

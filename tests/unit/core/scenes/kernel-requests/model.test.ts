import { describe, expect, it } from 'vitest';
import { kernelRequests as model } from '../../../../../src/core/scenes/kernel-requests/scene';

describe('kernel-requests model', () => {
  it('starts with three layers and nothing moving', () => {
    const s = model.state(-1);
    expect(s.processes).toEqual(['browser', 'editor', 'server', 'shell']);
    expect(s.kernelParts).toEqual(['memory', 'filesystem', 'network', 'scheduler', 'drivers']);
    expect(s.devices).toEqual(['ram', 'disk', 'nic', 'cpu']);
    expect(s.request).toBeNull();
    expect(s.token).toBeNull();
    expect(s.boot).toBeNull();
  });

  it.each([
    [0, 'read()', ['editor', 'filesystem', 'drivers', 'disk'], undefined],
    // The captions say these two return before the device is involved: the answer comes from the kernel.
    [1, 'mmap()', ['browser', 'memory'], ['ram']],
    [2, 'send()', ['server', 'network'], ['drivers', 'nic']],
    [3, 'fork()/exec()', ['shell', 'scheduler', 'cpu'], undefined],
  ])('step %i sends %s down %j, the answer comes back to the caller, and the kernel goes on to %j later', (step, call, route, later) => {
    const s = model.state(step);
    expect(s.request).toEqual(later ? { call, route, later } : { call, route });
    expect(s.token).toBe(route[0]);
    expect(s.boot).toBeNull();
  });

  it('only routes requests through things on screen', () => {
    for (const step of [0, 1, 2, 3]) {
      const s = model.state(step);
      const shown = new Set<string>([...s.processes, ...s.kernelParts, ...s.devices]);
      for (const node of [...(s.request?.route ?? []), ...(s.request?.later ?? [])]) expect(shown, `step ${step}: ${node}`).toContain(node);
    }
  });

  it('creates a new process when starting one, and only then', () => {
    expect(model.state(3).created).toBe('new-process');
    expect(model.state(3).processes).toContain('new-process');
    for (const step of [-1, 0, 1, 2, 4]) expect(model.state(step).processes).not.toContain('new-process');
  });

  it('ends with the boot sequence, before any other process exists', () => {
    const s = model.state(4);
    expect(s.boot?.order).toEqual(['firmware', 'bootloader', 'kernel', 'init']);
    // Boot is four stages, and the kernel is the shortest of them on a full OS (systemd-analyze(1) splits them).
    expect(s.boot?.message).toBe('boot = firmware + bootloader + kernel + init’s services');
    expect(s.processes).toEqual(['init']);
    expect(s.devices).toContain('firmware');
    expect(s.request).toBeNull();
    expect(s.token).toBeNull();
  });

  it('says what each request does in words', () => {
    expect(model.caption(0)).toMatch(/read\(\)/);
    expect(model.caption(1)).toMatch(/mmap\(\)/);
    // mmap(2) maps addresses; the pages come on first touch.
    expect(model.caption(1)).toMatch(/real RAM only when the program first uses it/);
    // send(2) returns once the data is in the socket buffer, not once it is on the wire (the face says it plainly).
    expect(model.caption(2)).toMatch(/copies the data into its buffer and returns; the network card sends it later/);
    expect(model.caption(2)).toMatch(/send\(\)/);
    expect(model.caption(3)).toMatch(/fork\(\)/);
    expect(model.caption(4)).toMatch(/firmware, bootloader, kernel, then init/i);
    expect(model.caption(4)).not.toMatch(/waiting for the kernel/i);
  });
});

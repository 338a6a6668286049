import { describe, expect, it } from 'vitest';
import { CONTAINER_START, formatSeconds, total, VM_BOOT } from '../../../../../src/core/scenes/container-startup/timings';

describe('start-up timings', () => {
  it('adds up to a ~18 s VM boot and a ~0.5 s container start', () => {
    expect(total(VM_BOOT)).toBeCloseTo(17.65, 10);
    expect(total(CONTAINER_START)).toBeCloseTo(0.5, 10);
    expect(VM_BOOT.map((p) => p.id)).toEqual(['firmware', 'bootloader', 'guest-kernel', 'init', 'app']);
    expect(CONTAINER_START.map((p) => p.id)).toEqual(['namespaces', 'layers', 'ip', 'exec']);
  });

  it('ends both bars at one finish line: the same exec of the app process, so the race compares like with like', () => {
    const vmLast = VM_BOOT[VM_BOOT.length - 1];
    const containerLast = CONTAINER_START[CONTAINER_START.length - 1];
    expect(vmLast).toMatchObject({ label: containerLast?.label, seconds: containerLast?.seconds, layer: 'process' });
  });

  it('makes the guest kernel a small part of the VM boot: init and its services take longest', () => {
    const kernel = VM_BOOT.find((p) => p.id === 'guest-kernel')?.seconds ?? 0;
    const init = VM_BOOT.find((p) => p.id === 'init')?.seconds ?? 0;
    expect(kernel / total(VM_BOOT)).toBeLessThan(0.2);
    expect(init).toBe(Math.max(...VM_BOOT.map((p) => p.seconds)));
  });

  it('formats seconds without float noise', () => {
    expect(formatSeconds(2)).toBe('2 s');
    expect(formatSeconds(2.5)).toBe('2.5 s');
    expect(formatSeconds(0.1 + 0.2)).toBe('0.3 s');
    expect(formatSeconds(0.125)).toBe('0.125 s');
  });
});

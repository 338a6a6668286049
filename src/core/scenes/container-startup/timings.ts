import type { LayerKind } from '../../../model/palette.ts';

/**
 * Start-up phases in seconds, coloured by the layer that does the work. Illustrative orders of magnitude, not a
 * measurement; cite them as such in the slide notes.
 *
 * VM: a full Linux server VM booting until the app's process starts: firmware, bootloader, kernel (with its initrd,
 * if any), then init and its services, then the same exec of the app's process that ends the container's bar. Both
 * bars stop at that one finish line; the app's own warm-up after exec is the same in both and left out of both. `systemd-analyze time` inside the VM reports kernel,
 * initrd and userspace, and firmware and loader only on EFI machines whose boot loader reports them
 * (systemd-analyze(1); systemd.io, "Boot Loader Interface"); userspace, the services, is usually the largest. Container: what `docker run` does once the image is local;
 * students time their own with `time docker run --rm alpine true`.
 */
export interface Phase {
  id: string;
  label: string;
  seconds: number;
  layer: LayerKind;
}

export const VM_BOOT: readonly Phase[] = [
  { id: 'firmware', label: 'firmware/BIOS', seconds: 2, layer: 'hardware' },
  { id: 'bootloader', label: 'bootloader', seconds: 1, layer: 'hardware' },
  { id: 'guest-kernel', label: 'guest kernel', seconds: 2.5, layer: 'guestOs' },
  { id: 'init', label: 'init & services', seconds: 12, layer: 'guestOs' },
  { id: 'app', label: 'process exec', seconds: 0.15, layer: 'process' },
];

export const CONTAINER_START: readonly Phase[] = [
  { id: 'namespaces', label: 'namespaces & cgroups', seconds: 0.1, layer: 'kernel' },
  { id: 'layers', label: 'image layers mounted', seconds: 0.15, layer: 'runtime' },
  { id: 'ip', label: 'IP assigned', seconds: 0.1, layer: 'runtime' },
  { id: 'exec', label: 'process exec', seconds: 0.15, layer: 'process' },
];

export function total(phases: readonly Phase[]): number {
  return phases.reduce((sum, p) => sum + p.seconds, 0);
}

/** "2 s", "2.5 s", "0.15 s": as many decimals as the figure has, never float noise. */
export function formatSeconds(seconds: number): string {
  return `${String(Number(seconds.toFixed(3)))} s`;
}

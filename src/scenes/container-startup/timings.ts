import type { LayerKind } from '../palette';

/**
 * Start-up phases in seconds, coloured by the layer that does the work.
 *
 * VM: a full Linux server VM booting to a running app, as `systemd-analyze` splits a boot (firmware, loader,
 * kernel, userspace) plus the app's own start; representative figures, not one measurement. Container: what
 * `docker run` does once the image is local; Docker typically starts a container in 0.5-1 s.
 *
 * Sources (cite them in the slide notes):
 * - W. Felter, A. Ferreira, R. Rajamony, J. Rubio, "An Updated Performance Comparison of Virtual Machines and
 *   Linux Containers", IBM Research Report RC25482 (2014); ISPASS 2015.
 * - A. Agache et al., "Firecracker: Lightweight Virtualization for Serverless Applications", NSDI 2020:
 *   a microVM boots to init in about 125 ms.
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
  { id: 'app', label: 'app', seconds: 2, layer: 'process' },
];

export const CONTAINER_START: readonly Phase[] = [
  { id: 'namespaces', label: 'namespaces & cgroups', seconds: 0.1, layer: 'kernel' },
  { id: 'layers', label: 'image layers mounted', seconds: 0.15, layer: 'runtime' },
  { id: 'ip', label: 'IP assigned', seconds: 0.1, layer: 'runtime' },
  { id: 'exec', label: 'process exec', seconds: 0.15, layer: 'process' },
];

export const MICROVM_TO_INIT: Phase = {
  id: 'microvm',
  label: 'Firecracker microVM to init',
  seconds: 0.125,
  layer: 'guestOs',
};

export function total(phases: readonly Phase[]): number {
  return phases.reduce((sum, p) => sum + p.seconds, 0);
}

/** "2 s", "2.5 s", "0.15 s": as many decimals as the figure has, never float noise. */
export function formatSeconds(seconds: number): string {
  return `${String(Number(seconds.toFixed(3)))} s`;
}

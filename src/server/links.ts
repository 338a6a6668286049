import { networkInterfaces } from 'node:os';
import { renderUnicodeCompact } from 'uqr';
import type { StudentReach } from '../model/live';

/** The laptop's addresses students can reach: IPv4, not loopback. The first is the one to print. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => address.address);
}

/** The QR code of a link, in the terminal's characters (two rows per line). */
export const terminalQr = (link: string): string => renderUnicodeCompact(link, { border: 2 });

/**
 * The students' link and how far it reaches: the LAN (students can open it), this laptop only
 * (`--host 127.0.0.1`), or nowhere yet (listening on every network, none connected). The join slide and the
 * terminal say which.
 */
export interface StudentLink {
  readonly link: string;
  readonly reach: StudentReach;
}

const EVERY_NETWORK = new Set(['0.0.0.0', '::']);
const LOOPBACK = /^(127\.|localhost$|::1$)/;

/** The students' link for a server listening on `host`:`port`, given the laptop's LAN addresses. */
export function studentLink(host: string, port: number, lan: readonly string[]): StudentLink {
  const address = EVERY_NETWORK.has(host) ? lan[0] : host;
  const reach: StudentReach = address === undefined ? 'no-network' : LOOPBACK.test(address) ? 'this-laptop' : 'lan';
  const shown = address ?? '127.0.0.1';
  return { link: `http://${shown.includes(':') ? `[${shown}]` : shown}:${String(port)}/student.html`, reach };
}

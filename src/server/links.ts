import { networkInterfaces } from 'node:os';
import { renderUnicodeCompact } from 'uqr';

/** The laptop's addresses students can reach: IPv4, not loopback. The first is the one to print. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => address.address);
}

/** The QR code of a link, in the terminal's characters (two rows per line). */
export const terminalQr = (link: string): string => renderUnicodeCompact(link, { border: 2 });

import { networkInterfaces } from 'node:os';

/**
 * The IPv4 addresses other devices on the same Wi-Fi or hotspot can use to reach this machine
 * (loopback and link-local addresses excluded: a phone cannot reach those).
 */
export function lanAddresses(interfaces = networkInterfaces()): string[] {
  return Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal && !i.address.startsWith('169.254.'))
    .map((i) => i.address);
}

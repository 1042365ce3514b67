import { networkInterfaces } from 'node:os';

export interface LanInterface {
  /** The operating system's name for it: wlan0, en0, "Wi-Fi", docker0… */
  readonly name: string;
  readonly address: string;
}

// Adapters of containers, virtual machines and VPNs: phones on the Wi-Fi cannot reach them, so they go last.
// (Not "bridge…" nor Windows' "Local Area Connection*": those are macOS's and Windows' own hotspots.)
const VIRTUAL =
  /^(docker|br-|veth|virbr|vboxnet|vmnet|vethernet|utun|tun|tap|wg|zt|tailscale|lxc|lxd|podman|cni)|virtualbox|vmware|hyper-v/i;

/**
 * The IPv4 interfaces other devices on the same Wi-Fi or hotspot can use to reach this machine, the likely
 * ones first (loopback and link-local addresses excluded: a phone cannot reach those).
 */
export function lanInterfaces(interfaces = networkInterfaces()): LanInterface[] {
  return Object.entries(interfaces)
    .flatMap(([name, list]) =>
      (list ?? [])
        .filter((i) => i.family === 'IPv4' && !i.internal && !i.address.startsWith('169.254.'))
        .map((i) => ({ name, address: i.address })),
    )
    .map((found, order) => ({ found, order, virtual: VIRTUAL.test(found.name) ? 1 : 0 }))
    .sort((a, b) => a.virtual - b.virtual || a.order - b.order)
    .map(({ found }) => found);
}

/** The addresses of `lanInterfaces`, the likely ones first. */
export function lanAddresses(interfaces = networkInterfaces()): string[] {
  return lanInterfaces(interfaces).map((i) => i.address);
}

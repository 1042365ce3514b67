import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key a per-address limit counts under. IPv4 (also written IPv6-mapped, as Node reports it on a dual
 * stack) is the address itself; IPv6 is its /64, because one phone or one home gets a whole /64 and can
 * pick a fresh address in it for every try.
 */
export function addressKey(address: string): string {
  const plain = address.replace(/%.*$/, ''); // a zone index (fe80::1%wlan0) names the interface, not the peer
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(plain)) return address;
  const [head = '', tail] = plain.split('::');
  const groups = (text: string) => (text === '' ? [] : text.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const full = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${full
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

import { describe, expect, it } from 'vitest';
import { addressKey } from './address-key';

describe('the key of a per-address limit', () => {
  it('is an IPv4 address itself, however Node writes it', () => {
    expect(addressKey('192.168.43.17')).toBe('192.168.43.17');
    expect(addressKey('::ffff:192.168.43.17')).toBe('192.168.43.17');
    expect(addressKey('::FFFF:10.0.0.2')).toBe('10.0.0.2');
  });

  it('is the /64 of an IPv6 address, so fresh addresses in one network count as one', () => {
    const one = addressKey('2001:db8:1234:5678:aaaa:bbbb:cccc:dddd');
    expect(one).toBe('2001:db8:1234:5678::/64');
    expect(addressKey('2001:0db8:1234:5678::1')).toBe(one);
    expect(addressKey('2001:db8:1234:5678:ffff::9%wlan0')).toBe(one);
    expect(addressKey('2001:db8:1234:5679::1')).not.toBe(one);
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('leaves anything else as it is', () => {
    expect(addressKey('')).toBe('');
    expect(addressKey('not an address')).toBe('not an address');
  });
});

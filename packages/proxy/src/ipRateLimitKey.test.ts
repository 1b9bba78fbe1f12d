import { describe, expect, it } from 'vitest';
import { ipRateLimitKey, ipv6SiteKey } from './ipRateLimitKey';

describe('the key an address is rate-limited under', () => {
  it('counts IPv4 addresses one by one, IPv4-mapped IPv6 included', () => {
    expect(ipRateLimitKey('203.0.113.7')).toBe('203.0.113.7');
    expect(ipRateLimitKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts IPv6 addresses by their /64, however they are written', () => {
    const key = ipRateLimitKey('2001:db8:85a3:7:1:2:3:4');
    expect(key).toBe('2001:db8:85a3:7::/64');
    expect(ipRateLimitKey('2001:0db8:85a3:0007:ffff:ffff:ffff:ffff')).toBe(key);
    expect(ipRateLimitKey('2001:db8:85a3:7::1')).toBe(key);
    expect(ipRateLimitKey('2001:DB8:85A3:7::abcd%eth0')).toBe(key);
    expect(ipRateLimitKey('2001:db8:85a3:8::1')).not.toBe(key);
    expect(ipRateLimitKey('::1')).toBe('0:0:0:0::/64');
    expect(ipRateLimitKey('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64');
  });

  it('keeps anything it cannot parse as it is, rather than merging it with others', () => {
    expect(ipRateLimitKey('1:2:3')).toBe('1:2:3');
    expect(ipRateLimitKey('1::2::3')).toBe('1::2::3');
    expect(ipRateLimitKey('gggg::1')).toBe('gggg::1');
  });
});

describe('the /48 an IPv6 address is counted under beside its /64', () => {
  it('is the first three hextets, and nothing for IPv4', () => {
    expect(ipv6SiteKey('2001:db8:85a3:7:1:2:3:4')).toBe('2001:db8:85a3::/48');
    expect(ipv6SiteKey('2001:db8:85a3:ffff::1')).toBe('2001:db8:85a3::/48');
    expect(ipv6SiteKey('2001:db8:85a4::1')).toBe('2001:db8:85a4::/48');
    expect(ipv6SiteKey('203.0.113.7')).toBeUndefined();
    expect(ipv6SiteKey('::ffff:203.0.113.7')).toBeUndefined();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { clientIpOf } from './clientIpOf';

const headers = (init: Record<string, string>) => new Headers(init);

describe('whom the proxy believes about the client IP', () => {
  it('believes only the socket by default, whatever the headers say', () => {
    expect(
      clientIpOf(headers({ 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '7.7.7.7' }), '203.0.113.1', false),
    ).toBe('203.0.113.1');
    expect(clientIpOf(headers({}), undefined, false)).toBeUndefined();
  });

  it('takes the n-th address from the right with n trusted proxies, ignoring what the client prepended', () => {
    const forwarded = headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.0.0.2' });
    expect(clientIpOf(forwarded, '10.0.0.1', 1)).toBe('10.0.0.2');
    expect(clientIpOf(forwarded, '10.0.0.1', 2)).toBe('198.51.100.7');
    // Fewer addresses than proxies: the request did not pass through them all, so its header is the client's own.
    expect(clientIpOf(headers({ 'x-forwarded-for': '198.51.100.7' }), '10.0.0.1', 3)).toBe('10.0.0.1');
  });

  it('takes the leftmost address, then X-Real-IP, when told to trust the headers entirely', () => {
    expect(clientIpOf(headers({ 'x-forwarded-for': '198.51.100.7, 10.0.0.2' }), '10.0.0.1', true)).toBe(
      '198.51.100.7',
    );
    expect(clientIpOf(headers({ 'x-real-ip': '2001:db8::7' }), '10.0.0.1', true)).toBe('2001:db8::7');
  });

  it('falls back to the socket when the header holds something that is not an address', () => {
    for (const value of ['<script>', 'a'.repeat(100), 'unknown', ' , '])
      expect(clientIpOf(headers({ 'x-forwarded-for': value }), '10.0.0.1', true)).toBe('10.0.0.1');
  });
});

describe('client addresses, parsed strictly', () => {
  it('strips ports, brackets and zones and writes one canonical form', () => {
    const socket = (ip: string) => clientIpOf(headers({}), ip, false);
    expect(socket('203.0.113.7:52144')).toBe('203.0.113.7');
    expect(socket('[2001:DB8:0:0:0:0:0:1]:443')).toBe('2001:db8::1');
    expect(socket('[2001:db8::1]')).toBe('2001:db8::1');
    expect(socket('fe80::1%eth0')).toBe('fe80::1');
    expect(socket('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(socket('2001:0db8:0000:0001:0000:0000:0000:0001')).toBe('2001:db8:0:1::1');
    expect(socket('64:ff9b::192.0.2.33')).toBe('64:ff9b::c000:221');
  });

  it('rejects garbage: no address rather than a key a client can mint at will', () => {
    for (const garbage of [
      '01.2.3.4',
      '256.1.1.1',
      '1.2.3',
      '1:2:3',
      '1::2::3',
      'gggg::1',
      '::ffff:999.1.1.1',
      'localhost',
      '',
      // Over 64 characters, longer than any address can be written: refused before any pattern is tried.
      `fe80::1%${'x'.repeat(80)}`,
      `[2001:db8::1%${'eth0'.repeat(20)}]:443`,
    ])
      expect(clientIpOf(headers({}), garbage, false), garbage).toBeUndefined();
    expect(clientIpOf(headers({ 'x-forwarded-for': '01.2.3.4' }), '10.0.0.1', 1)).toBe('10.0.0.1');
  });

  it('reads RFC 7239 Forwarded (quoted, bracketed, with ports), before X-Forwarded-For', () => {
    const forwarded = headers({
      forwarded: 'for=6.6.6.6, for="[2001:db8:cafe::17]:4711";proto=https, For=198.51.100.7;by=10.0.0.9',
      'x-forwarded-for': '7.7.7.7',
    });
    expect(clientIpOf(forwarded, '10.0.0.1', 1)).toBe('198.51.100.7');
    expect(clientIpOf(forwarded, '10.0.0.1', 2)).toBe('2001:db8:cafe::17');
    expect(clientIpOf(forwarded, '10.0.0.1', true)).toBe('6.6.6.6');
    expect(clientIpOf(headers({ forwarded: 'for=unknown' }), '10.0.0.1', 1)).toBe('10.0.0.1');
    expect(clientIpOf(headers({ forwarded: 'for=_hidden' }), '10.0.0.1', 1)).toBe('10.0.0.1');
  });

  it('reads a huge header from its trusted end only, without splitting all of it', () => {
    const padded = `${'6.6.6.6, '.repeat(20_000)}198.51.100.7, 10.0.0.2`;
    expect(clientIpOf(headers({ 'x-forwarded-for': padded }), '10.0.0.1', 2)).toBe('198.51.100.7');
    expect(
      clientIpOf(headers({ 'x-forwarded-for': `198.51.100.9, ${'x'.repeat(100_000)}` }), '10.0.0.1', true),
    ).toBe('198.51.100.9');
  });

  it("checks a header's length before splitting it: no split of a padded header touches more than 2,048 characters", () => {
    const padded = headers({ 'x-forwarded-for': `${'6.6.6.6,'.repeat(25_000)}198.51.100.7, 10.0.0.2` });
    const forwarded = headers({ forwarded: `${'for=6.6.6.6;proto=https,'.repeat(8_000)}for=198.51.100.8` });
    const split = String.prototype.split;
    let longest = 0;
    const spy = vi.spyOn(String.prototype, 'split').mockImplementation(function (this: string, ...args) {
      longest = Math.max(longest, this.length);
      return split.apply(this, args as Parameters<typeof split>);
    });
    try {
      expect(clientIpOf(padded, '10.0.0.1', 2)).toBe('198.51.100.7');
      expect(clientIpOf(padded, '10.0.0.1', true)).toBe('6.6.6.6');
      expect(clientIpOf(forwarded, '10.0.0.1', 1)).toBe('198.51.100.8');
    } finally {
      spy.mockRestore();
    }
    expect(longest).toBeGreaterThan(0);
    expect(longest).toBeLessThanOrEqual(2048);
  });
});

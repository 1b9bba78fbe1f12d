import { describe, expect, it } from 'vitest';
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
    // Fewer addresses than proxies: the leftmost is the best there is.
    expect(clientIpOf(headers({ 'x-forwarded-for': '198.51.100.7' }), '10.0.0.1', 3)).toBe('198.51.100.7');
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

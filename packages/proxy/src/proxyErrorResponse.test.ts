import { PROXY_ERROR_CODES } from '@verikit/core';
import { describe, expect, it } from 'vitest';
import { HTTP_STATUS_BY_ERROR_CODE, proxyErrorResponse } from './proxyErrorResponse';

describe('proxy error answers', () => {
  it('gives every stable code a status, and only internal errors a 5xx of their own making', () => {
    for (const code of PROXY_ERROR_CODES) {
      const status = HTTP_STATUS_BY_ERROR_CODE[code];
      // service_unavailable: the proxy's own store (or capacity) failed, never the client.
      if (code.startsWith('upstream_') || code === 'internal_error' || code === 'service_unavailable')
        expect(status).toBeGreaterThanOrEqual(500);
      else expect(status).toBeLessThan(500);
    }
  });

  it('tells a rate-limited client when to come back, in the body and in Retry-After', async () => {
    const response = proxyErrorResponse('rate_limited', 'Too many requests', { retryAfter: 41.2 });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('42');
    expect(await response.json()).toEqual({
      error: { code: 'rate_limited', message: 'Too many requests', retryAfter: 42 },
    });
  });
});

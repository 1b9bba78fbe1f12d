import { describe, expect, it } from 'vitest';
import { sinchErrorToProxyFailure } from './sinchErrorToProxyFailure';

describe("mapping Sinch's errors onto the proxy's", () => {
  it.each([
    [400, 40005, 'invalid_phone_number'],
    [400, 40001, 'upstream_error'],
    [401, 40102, 'upstream_error'],
    [402, 40200, 'upstream_error'],
    [403, 40300, 'verification_denied'],
    [404, 40400, 'verification_not_found'],
    // A taken reference is onStart's mistake, not the browser's.
    [409, 40900, 'upstream_error'],
    [422, 42200, 'upstream_error'],
    // No route for this method: another method may reach the number (the flow's fallback acts on it).
    [422, 42201, 'method_not_allowed'],
    [429, 42901, 'rate_limited'],
    [500, 50000, 'upstream_unavailable'],
    [503, 50300, 'upstream_unavailable'],
  ])('HTTP %i (%i) → %s, keeping Sinch’s code', (status, errorCode, code) => {
    const failure = sinchErrorToProxyFailure(status, { errorCode, message: 'x' }, null);
    expect(failure).toMatchObject({ code, sinchErrorCode: errorCode, upstreamStatus: status });
  });

  it('tells the server’s owner what to fix when onStart’s reference is reused', () => {
    expect(sinchErrorToProxyFailure(409, { errorCode: 40900, message: 'x' }, null).logMessage).toMatch(
      /reference from onStart is already used/,
    );
  });

  it('reads an errorCode sent as a string, as Sinch’s OpenAPI examples type it', () => {
    expect(sinchErrorToProxyFailure(400, { errorCode: '40005', message: 'x' }, null)).toMatchObject({
      code: 'invalid_phone_number',
      sinchErrorCode: 40005,
    });
    expect(sinchErrorToProxyFailure(503, { errorCode: '50301', message: 'x' }, null)).toMatchObject({
      code: 'upstream_unavailable',
      sinchErrorCode: 50301,
    });
    expect(sinchErrorToProxyFailure(503, { errorCode: 'soon', message: 'x' }, null)).not.toHaveProperty(
      'sinchErrorCode',
    );
  });

  it('blames the number only when Sinch’s parameter error is about the number', () => {
    const body = { errorCode: 40001, message: 'Number +4813 is invalid. Too short.' };
    expect(sinchErrorToProxyFailure(400, body, null).code).toBe('invalid_phone_number');
  });

  it('reads Retry-After in seconds or as a date, caps it at an hour, and defaults to a minute', () => {
    expect(sinchErrorToProxyFailure(429, {}, '17').retryAfter).toBe(17);
    expect(sinchErrorToProxyFailure(429, {}, '999999').retryAfter).toBe(3600);
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    expect(sinchErrorToProxyFailure(429, {}, inTwoMinutes).retryAfter).toBeGreaterThan(100);
    expect(sinchErrorToProxyFailure(429, {}, 'soon').retryAfter).toBe(60);
    expect(sinchErrorToProxyFailure(429, undefined, null).retryAfter).toBe(60);
  });

  it('copes with a body that is not Sinch’s error shape', () => {
    expect(sinchErrorToProxyFailure(502, '<html>', null)).toEqual({
      code: 'upstream_unavailable',
      message: expect.any(String),
      upstreamStatus: 502,
    });
  });
});

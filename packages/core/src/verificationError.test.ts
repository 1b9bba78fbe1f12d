import { describe, expect, it } from 'vitest';
import { PROXY_ERROR_CODES } from './proxyContract';
import { isVerificationError, VerificationError } from './verificationError';
import { VERIFICATION_ERROR_CODES, VERIFICATION_MESSAGES } from './verificationMessages';

describe('VerificationError', () => {
  it('carries a user-facing English message for every code, with no placeholder left unfilled', () => {
    for (const code of VERIFICATION_ERROR_CODES) {
      const error = new VerificationError(code, { values: { length: 4 } });
      expect(error.message, code).not.toMatch(/[{}]/);
      expect(error.message.length, code).toBeGreaterThan(10);
    }
  });

  it('covers every proxy error code and the transport codes', () => {
    for (const code of [
      ...PROXY_ERROR_CODES,
      'network_error',
      'timeout',
      'aborted',
      'invalid_response',
    ] as const) {
      expect(VERIFICATION_MESSAGES[code]).toBeTypeOf('string');
    }
  });

  it('tells a rate-limited person how long to wait, and says "later" when nobody knows', () => {
    expect(new VerificationError('rate_limited', { retryAfter: 30 }).message).toBe(
      'Too many attempts. Try again in 30 seconds.',
    );
    expect(new VerificationError('rate_limited', { retryAfter: 125 }).message).toBe(
      'Too many attempts. Try again in 3 minutes.',
    );
    expect(new VerificationError('rate_limited').message).toBe('Too many attempts. Try again later.');
  });

  it('formats from translated templates, with the wait in the translation’s language', () => {
    const error = new VerificationError('rate_limited', { retryAfter: 1 });
    const german = {
      rate_limited: 'Zu viele Versuche. {retry, select, known {Erneut in {time}.} other {Später.}}',
    };
    expect(error.format(german, 'de')).toBe('Zu viele Versuche. Erneut in 1 Sekunde.');
    expect(error.format({}, 'en')).toBe('Too many attempts. Try again in 1 second.');
  });

  it('names its catalogue key and keeps developer detail apart from the message', () => {
    const error = new VerificationError('upstream_error', {
      status: 502,
      sinchErrorCode: 50000,
      detail: 'Sinch 500',
    });
    expect(error.messageKey).toBe('error.upstream_error');
    expect(error.message).not.toContain('Sinch');
    expect(error).toMatchObject({
      code: 'upstream_error',
      status: 502,
      sinchErrorCode: 50000,
      detail: 'Sinch 500',
    });
    expect(isVerificationError(error)).toBe(true);
    expect(isVerificationError(new Error('x'))).toBe(false);
    expect(error).toBeInstanceOf(Error);
  });
});

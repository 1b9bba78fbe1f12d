import { describe, expect, it } from 'vitest';
import { ProxyConfigurationError, proxyOptionsFromEnv } from './proxyOptionsFromEnv';

const required = {
  SINCH_APPLICATION_KEY: 'key',
  SINCH_APPLICATION_SECRET: 'c2VjcmV0',
  VERIKIT_PROOF_SECRET: 'a-proof-secret-of-at-least-32-bytes!!',
};

describe('proxy options from environment variables', () => {
  it('reads every documented variable', () => {
    expect(
      proxyOptionsFromEnv({
        ...required,
        SINCH_BASE_URL: 'http://127.0.0.1:8787',
        VERIKIT_PROOF_ISSUER: 'shop',
        VERIKIT_PROOF_AUDIENCE: 'shop-backend',
        VERIKIT_PROOF_TTL_SECONDS: '120',
        VERIKIT_BASE_PATH: '/verify',
        VERIKIT_AUTH_SCHEME: 'basic',
        VERIKIT_ALLOWED_METHODS: 'sms, flashCall',
        VERIKIT_ALLOWED_COUNTRIES: 'se,NO',
        VERIKIT_CORS_ORIGINS: 'https://shop.example,https://www.shop.example',
        VERIKIT_TRUST_PROXY_HEADERS: '2',
        VERIKIT_UPSTREAM_TIMEOUT_MS: '5000',
      }),
    ).toEqual({
      applicationKey: 'key',
      applicationSecret: 'c2VjcmV0',
      sinchBaseUrl: 'http://127.0.0.1:8787',
      proof: {
        secret: required.VERIKIT_PROOF_SECRET,
        issuer: 'shop',
        audience: 'shop-backend',
        ttlSeconds: 120,
      },
      basePath: '/verify',
      authScheme: 'basic',
      allowedMethods: ['sms', 'flashCall'],
      allowedCountries: ['SE', 'NO'],
      cors: { origins: ['https://shop.example', 'https://www.shop.example'] },
      trustProxyHeaders: 2,
      upstreamTimeoutMs: 5000,
    });
  });

  it.each([
    [{ VERIKIT_PROOF_SECRET: undefined }, /VERIKIT_PROOF_SECRET/],
    [{ VERIKIT_AUTH_SCHEME: 'digest' }, /VERIKIT_AUTH_SCHEME/],
    [{ VERIKIT_ALLOWED_METHODS: 'sms,fax' }, /fax/],
    [{ VERIKIT_ALLOWED_COUNTRIES: 'Sweden' }, /VERIKIT_ALLOWED_COUNTRIES/],
    [{ VERIKIT_TRUST_PROXY_HEADERS: 'yes' }, /VERIKIT_TRUST_PROXY_HEADERS/],
    [{ VERIKIT_UPSTREAM_TIMEOUT_MS: '-1' }, /VERIKIT_UPSTREAM_TIMEOUT_MS/],
    [{ VERIKIT_PROOF_TTL_SECONDS: 'ten' }, /VERIKIT_PROOF_TTL_SECONDS/],
  ])('refuses %o with an error naming the variable', (override, message) => {
    expect(() => proxyOptionsFromEnv({ ...required, ...override })).toThrow(ProxyConfigurationError);
    expect(() => proxyOptionsFromEnv({ ...required, ...override })).toThrow(message);
  });

  it('never puts a value in its error messages', () => {
    try {
      proxyOptionsFromEnv({ ...required, VERIKIT_AUTH_SCHEME: 'super-secret-typo' });
    } catch (error) {
      expect(String(error)).not.toContain('super-secret-typo');
      return;
    }
    expect.unreachable();
  });
});

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

  it('configures a bot check from VERIKIT_BOT_CHECK and its keys', () => {
    const options = proxyOptionsFromEnv({
      ...required,
      VERIKIT_BOT_CHECK: 'hcaptcha',
      VERIKIT_BOT_CHECK_SECRET_KEY: '0x-secret',
      VERIKIT_BOT_CHECK_SITE_KEY: 'site-key',
      VERIKIT_BOT_CHECK_WHEN: 'always',
    });
    expect(options.botCheck).toMatchObject({
      when: 'always',
      verifier: { provider: 'hcaptcha', siteKey: 'site-key' },
    });
    expect(
      proxyOptionsFromEnv({
        ...required,
        VERIKIT_BOT_CHECK: 'turnstile',
        VERIKIT_BOT_CHECK_SECRET_KEY: 'secret',
        VERIKIT_BOT_CHECK_SITE_KEY: 'site',
      }).botCheck,
    ).toEqual({ verifier: expect.objectContaining({ provider: 'turnstile', siteKey: 'site' }) });
    expect(proxyOptionsFromEnv(required).botCheck).toBeUndefined();
  });

  const botCheck = {
    VERIKIT_BOT_CHECK: 'turnstile',
    VERIKIT_BOT_CHECK_SECRET_KEY: 'turnstile-secret-value',
    VERIKIT_BOT_CHECK_SITE_KEY: 'site',
  };
  it.each([
    [{ VERIKIT_BOT_CHECK: 'recaptcha' }, /VERIKIT_BOT_CHECK must be turnstile or hcaptcha/],
    [{ ...botCheck, VERIKIT_BOT_CHECK_SECRET_KEY: undefined }, /VERIKIT_BOT_CHECK_SECRET_KEY is required/],
    [{ ...botCheck, VERIKIT_BOT_CHECK_SITE_KEY: '' }, /VERIKIT_BOT_CHECK_SITE_KEY is required/],
    [{ ...botCheck, VERIKIT_BOT_CHECK_WHEN: 'sometimes' }, /VERIKIT_BOT_CHECK_WHEN/],
    [
      { ...botCheck, VERIKIT_BOT_CHECK_SITEVERIFY_URL: 'localhost:1' },
      /VERIKIT_BOT_CHECK_\*: .*siteverifyUrl/,
    ],
  ])('refuses the bot check of %o with an error naming the variable, not its value', (override, message) => {
    expect(() => proxyOptionsFromEnv({ ...required, ...override })).toThrow(ProxyConfigurationError);
    expect(() => proxyOptionsFromEnv({ ...required, ...override })).toThrow(message);
    expect(() => proxyOptionsFromEnv({ ...required, ...override })).not.toThrow(/turnstile-secret-value/);
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

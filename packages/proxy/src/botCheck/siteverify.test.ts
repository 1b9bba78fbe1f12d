// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenSiteverifyStandIn } from '../testing/listenSiteverifyStandIn';
import { SITEVERIFY_TEST_TOKENS as TOKENS } from '../testing/siteverifyStandIn';
import { BotCheckUnavailableError, type BotCheckVerifier } from './botCheckVerifier';
import { type HcaptchaVerifierOptions, hcaptchaVerifier } from './hcaptchaVerifier';
import { type TurnstileVerifierOptions, turnstileVerifier } from './turnstileVerifier';

const SECRET = '0x-the-secret-key-that-never-leaves-the-server';
const SITE_KEY = 'site-key-public';
const context = {
  clientIp: '203.0.113.7',
  request: new Request('http://app.local/'),
  signal: new AbortController().signal,
};

type StandIn = Awaited<ReturnType<typeof listenSiteverifyStandIn>>;

const providers = [
  {
    provider: 'turnstile' as const,
    create: (options: Partial<TurnstileVerifierOptions>) =>
      turnstileVerifier({ secretKey: SECRET, siteKey: SITE_KEY, ...options }),
    duplicate: 'timeout-or-duplicate',
    expired: 'timeout-or-duplicate',
  },
  {
    provider: 'hcaptcha' as const,
    create: (options: Partial<HcaptchaVerifierOptions>) =>
      hcaptchaVerifier({ secretKey: SECRET, siteKey: SITE_KEY, ...options }),
    duplicate: 'already-seen-response',
    expired: 'expired-input-response',
  },
];

describe.each(providers)(
  '$provider verifier against a local siteverify over HTTP',
  ({ provider, create, duplicate, expired }) => {
    let standIn: StandIn;
    let verifier: BotCheckVerifier;
    beforeAll(async () => {
      standIn = await listenSiteverifyStandIn({ provider, secretKey: SECRET, siteKey: SITE_KEY });
      verifier = create({ siteverifyUrl: standIn.url });
    });
    afterAll(() => standIn.close());

    it('passes a good token once, sending it form-encoded with the secret and the client IP', async () => {
      expect(verifier).toMatchObject({ provider, siteKey: SITE_KEY });
      expect(await verifier.verify(`${TOKENS.pass}1`, context)).toEqual({ success: true });
      expect(standIn.calls.at(-1)).toEqual({
        response: `${TOKENS.pass}1`,
        remoteip: '203.0.113.7',
        sitekey: provider === 'hcaptcha' ? SITE_KEY : undefined,
        contentType: 'application/x-www-form-urlencoded',
      });
      // The service's own single use.
      expect(await verifier.verify(`${TOKENS.pass}1`, context)).toEqual({
        success: false,
        reason: duplicate,
      });
    });

    it('refuses a bad, a duplicate and an expired token with the error code as the reason', async () => {
      expect(await verifier.verify(`${TOKENS.fail}1`, context)).toEqual({
        success: false,
        reason: 'invalid-input-response',
      });
      expect(await verifier.verify(`${TOKENS.duplicate}1`, context)).toEqual({
        success: false,
        reason: duplicate,
      });
      expect(await verifier.verify(`${TOKENS.expired}1`, context)).toEqual({
        success: false,
        reason: expired,
      });
    });

    it('sends no remoteip when the client IP is unknown', async () => {
      await verifier.verify(`${TOKENS.pass}no-ip`, { ...context, clientIp: undefined });
      expect(standIn.calls.at(-1)?.remoteip).toBeUndefined();
    });

    it('is unavailable, never a refusal, with a wrong secret, and says so without the secret', async () => {
      const wrong = create({ siteverifyUrl: standIn.url, secretKey: 'a-wrong-secret-key' });
      const error = await wrong.verify(`${TOKENS.pass}2`, context).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BotCheckUnavailableError);
      expect((error as Error).message).toMatch(/invalid-input-secret\): check the secret and site key/);
      expect((error as Error).message).not.toContain('a-wrong-secret-key');
    });

    it('is unavailable when siteverify does not answer within timeoutMs', async () => {
      const impatient = create({ siteverifyUrl: standIn.url, timeoutMs: 50 });
      await expect(impatient.verify(`${TOKENS.slow}1`, context)).rejects.toThrow(
        new BotCheckUnavailableError(
          `${provider === 'turnstile' ? 'Turnstile' : 'hCaptcha'} siteverify did not answer within 50 ms`,
        ),
      );
    });

    it('is unavailable when siteverify cannot be reached, answers an error status or an unreadable body', async () => {
      const gone = await listenSiteverifyStandIn({ provider, secretKey: SECRET, siteKey: SITE_KEY });
      await gone.close();
      await expect(create({ siteverifyUrl: gone.url }).verify(`${TOKENS.pass}3`, context)).rejects.toThrow(
        /could not be reached or read/,
      );
      const answering = (response: Response) => create({ fetch: async () => response });
      await expect(answering(new Response('busy', { status: 503 })).verify('t', context)).rejects.toThrow(
        /answered HTTP 503/,
      );
      await expect(answering(new Response('<html>')).verify('t', context)).rejects.toThrow(
        BotCheckUnavailableError,
      );
      await expect(answering(Response.json({ ok: true })).verify('t', context)).rejects.toThrow(
        /without a boolean success/,
      );
    });

    it('refuses a token solved on a hostname not listed', async () => {
      const strict = create({ siteverifyUrl: standIn.url, hostnames: ['shop.example'] });
      expect(await strict.verify(`${TOKENS.pass}4`, context)).toEqual({
        success: false,
        reason: 'solved on "app.example", not one of the expected hostnames',
      });
      const listed = create({ siteverifyUrl: standIn.url, hostnames: ['shop.example', 'app.example'] });
      expect(await listed.verify(`${TOKENS.pass}5`, context)).toEqual({ success: true });
    });

    it.each([
      [{ secretKey: '' }, /secretKey must be a non-empty string/],
      [{ siteKey: undefined }, /siteKey must be a non-empty string/],
      [{ siteverifyUrl: 'siteverify' }, /siteverifyUrl must be an absolute http\(s\) URL/],
      [{ timeoutMs: 0 }, /timeoutMs must be/],
      [{ timeoutMs: Number.NaN }, /timeoutMs must be/],
      [{ hostnames: [] }, /hostnames must be a non-empty array/],
      [{ fetch: 'fetch' }, /fetch must be a function/],
    ] as [Record<string, unknown>, RegExp][])(
      'refuses %j at creation with a TypeError',
      (options, message) => {
        expect(() => create(options as never)).toThrow(TypeError);
        expect(() => create(options as never)).toThrow(message);
      },
    );
  },
);

describe('turnstileVerifier action', () => {
  it('refuses a token whose action is not the one expected', async () => {
    const standIn = await listenSiteverifyStandIn({
      provider: 'turnstile',
      secretKey: SECRET,
      siteKey: SITE_KEY,
      action: 'login',
    });
    try {
      const signup = turnstileVerifier({
        secretKey: SECRET,
        siteKey: SITE_KEY,
        siteverifyUrl: standIn.url,
        action: 'signup',
      });
      expect(await signup.verify(`${TOKENS.pass}1`, context)).toEqual({
        success: false,
        reason: 'action "login", not "signup"',
      });
      const login = turnstileVerifier({
        secretKey: SECRET,
        siteKey: SITE_KEY,
        siteverifyUrl: standIn.url,
        action: 'login',
      });
      expect(await login.verify(`${TOKENS.pass}2`, context)).toEqual({ success: true });
      expect(() => turnstileVerifier({ secretKey: SECRET, siteKey: SITE_KEY, action: 'no spaces' })).toThrow(
        TypeError,
      );
    } finally {
      await standIn.close();
    }
  });
});

describe('the siteverify stand-ins', () => {
  it('answer the documented shapes and refuse a malformed call as the services do', async () => {
    const turnstile = await listenSiteverifyStandIn({
      provider: 'turnstile',
      secretKey: SECRET,
      siteKey: SITE_KEY,
    });
    const hcaptcha = await listenSiteverifyStandIn({
      provider: 'hcaptcha',
      secretKey: SECRET,
      siteKey: SITE_KEY,
    });
    try {
      const post = (url: string, body: BodyInit, type = 'application/x-www-form-urlencoded') =>
        fetch(url, { method: 'POST', headers: { 'content-type': type }, body }).then(async (response) => ({
          status: response.status,
          body: await response.json(),
        }));
      expect(
        await post(turnstile.url, new URLSearchParams({ secret: SECRET, response: `${TOKENS.pass}a` })),
      ).toEqual({
        status: 200,
        body: {
          success: true,
          'error-codes': [],
          challenge_ts: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          hostname: 'app.example',
          action: '',
          cdata: '',
          metadata: { interactive: false },
        },
      });
      // Turnstile takes JSON too.
      expect(
        await post(
          turnstile.url,
          JSON.stringify({ secret: SECRET, response: `${TOKENS.pass}b` }),
          'application/json',
        ),
      ).toMatchObject({ status: 200, body: { success: true } });
      expect(await post(turnstile.url, new URLSearchParams({ response: 'x' }))).toEqual({
        status: 200,
        body: { success: false, 'error-codes': ['missing-input-secret'], messages: [] },
      });
      expect(await post(turnstile.url, new URLSearchParams({ secret: SECRET }))).toMatchObject({
        body: { 'error-codes': ['missing-input-response'] },
      });
      expect(
        await post(
          turnstile.url,
          new URLSearchParams({ secret: SECRET, response: `${TOKENS.pass}${'x'.repeat(2048)}` }),
        ),
      ).toMatchObject({ body: { 'error-codes': ['invalid-input-response'] } });
      expect(
        await post(
          hcaptcha.url,
          new URLSearchParams({ secret: SECRET, response: `${TOKENS.pass}c`, sitekey: 'other' }),
        ),
      ).toEqual({ status: 200, body: { success: false, 'error-codes': ['sitekey-secret-mismatch'] } });
      expect(
        await post(hcaptcha.url, new URLSearchParams({ secret: SECRET, response: `${TOKENS.pass}d` })),
      ).toEqual({
        status: 200,
        body: { success: true, challenge_ts: expect.any(String), hostname: 'app.example', credit: false },
      });
      expect(await post(hcaptcha.url, '{}', 'application/json')).toMatchObject({
        body: { 'error-codes': ['bad-request'] },
      });
      expect((await fetch(hcaptcha.url)).status).toBe(405);
      expect((await fetch(`${hcaptcha.url}/other`, { method: 'POST' })).status).toBe(404);
    } finally {
      await Promise.all([turnstile.close(), hcaptcha.close()]);
    }
  });
});

// @vitest-environment node
import { Redis } from 'ioredis';
import { SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from './createMemoryRateLimitStore';
import { createRedisRateLimitStore } from './createRedisRateLimitStore';
import { issueProof } from './issueProof';
import { ProofError } from './ProofError';
import { proofKey } from './proofKey';
import { startRedisServer } from './testing/startRedisServer';
import { type VerifiedProof, verifyProof } from './verifyProof';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const secret = 'a-proof-secret-that-is-long-enough-for-hs256';
const issuedAt = Date.parse('2026-01-01T00:00:00Z');
const subject = { phoneNumber: '+46700000000', method: 'sms', verificationId: '1234567890' } as const;

async function proof(
  options: { secret?: string; audience?: string; issuer?: string; ttlSeconds?: number } = {},
) {
  return issueProof(subject, proofKey(options.secret ?? secret), options, issuedAt);
}

async function refusal(promise: Promise<unknown>): Promise<ProofError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProofError);
  return error as ProofError;
}

describe('verifyProof', () => {
  it('gives the backend the number, method and verification id a valid proof names', async () => {
    const verified = await verifyProof(await proof(), { secret, now: () => issuedAt + 1000 });
    expect(verified).toEqual({
      phoneNumber: '+46700000000',
      method: 'sms',
      verificationId: '1234567890',
      issuedAt: new Date(issuedAt),
      expiresAt: new Date(issuedAt + 600_000),
      testNumber: false,
    });
  });

  it("says testNumber: true for a test number's proof (vk_test), and refuses any other value of that claim", async () => {
    const key = proofKey(secret);
    const testProof = issueProof({ ...subject, testNumber: true }, key, {}, issuedAt);
    expect(await verifyProof(testProof, { secret, now: () => issuedAt })).toMatchObject({ testNumber: true });
    for (const value of [false, 'true', 1]) {
      const odd = await new SignJWT({ vk_method: 'sms', vk_test: value })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(subject.phoneNumber)
        .setJti(subject.verificationId)
        .setIssuer('verikit')
        .setAudience('verikit')
        .setIssuedAt(issuedAt / 1000)
        .setExpirationTime(issuedAt / 1000 + 600)
        .sign(key);
      expect((await refusal(verifyProof(odd, { secret, now: () => issuedAt }))).code).toBe('malformed');
    }
  });

  it('is a standard HS256 JWT any backend can read', async () => {
    const [header, payload] = (await proof()).split('.');
    expect(JSON.parse(atob(header ?? ''))).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(atob((payload ?? '').replace(/-/g, '+').replace(/_/g, '/')))).toMatchObject({
      sub: '+46700000000',
      jti: '1234567890',
      iss: 'verikit',
      aud: 'verikit',
      vk_method: 'sms',
    });
  });

  it('refuses a proof whose payload was changed to another number', async () => {
    const [header, , signature] = (await proof()).split('.');
    const forged = btoa(
      JSON.stringify({
        sub: '+46700000099',
        jti: '1',
        vk_method: 'sms',
        iss: 'verikit',
        aud: 'verikit',
        iat: issuedAt / 1000,
        exp: issuedAt / 1000 + 600,
      }),
    ).replace(/=+$/, '');
    const error = await refusal(
      verifyProof(`${header}.${forged}.${signature}`, { secret, now: () => issuedAt }),
    );
    expect(error.code).toBe('invalid_signature');
  });

  it('refuses a proof signed with another key', async () => {
    const other = await proof({ secret: 'another-secret-that-is-also-long-enough!!' });
    expect((await refusal(verifyProof(other, { secret, now: () => issuedAt }))).code).toBe(
      'invalid_signature',
    );
  });

  it('refuses an expired proof', async () => {
    const error = await refusal(verifyProof(await proof(), { secret, now: () => issuedAt + 601_000 }));
    expect(error.code).toBe('expired');
  });

  it('refuses a proof made for another audience or by another issuer', async () => {
    const forOtherApp = await proof({ audience: 'other-app' });
    expect((await refusal(verifyProof(forOtherApp, { secret, now: () => issuedAt }))).code).toBe(
      'wrong_audience',
    );
    const byOther = await proof({ issuer: 'someone-else' });
    expect((await refusal(verifyProof(byOther, { secret, now: () => issuedAt }))).code).toBe('wrong_issuer');
  });

  it('refuses an unsigned ("alg": "none") token and garbage', async () => {
    const [, payload] = (await proof()).split('.');
    const unsigned = `${btoa(JSON.stringify({ alg: 'none', typ: 'JWT' })).replace(/=+$/, '')}.${payload}.`;
    expect((await refusal(verifyProof(unsigned, { secret, now: () => issuedAt }))).code).toBe('malformed');
    for (const garbage of ['', 'not-a-token', 'a.b.c', 'x'.repeat(5000)])
      expect((await refusal(verifyProof(garbage, { secret }))).code).toBe('malformed');
    expect((await refusal(verifyProof(42 as unknown as string, { secret }))).code).toBe('malformed');
  });

  it('refuses to work with a secret too short to be safe', async () => {
    await expect(verifyProof(await proof(), { secret: 'short' })).rejects.toThrow(/32 bytes/);
  });

  it('accepts a proof once with consume: a second use is already_used, until and after it expires', async () => {
    let time = issuedAt + 1000;
    const store = createMemoryRateLimitStore({ now: () => time });
    const token = await proof();
    const options = { secret, consume: store, now: () => time };
    expect((await verifyProof(token, options)).verificationId).toBe('1234567890');
    for (const later of [0, 1000, 590_000]) {
      time += later;
      expect((await refusal(verifyProof(token, options))).code).toBe('already_used');
    }
    // Past exp the jti may be forgotten: the proof is refused as expired all the same.
    time = issuedAt + 601_000;
    expect((await refusal(verifyProof(token, options))).code).toBe('expired');
  });

  it('lets exactly one of 30 racing uses over three backend instances through, on a real redis-server', async () => {
    const server = await startRedisServer();
    cleanups.push(() => server.stop());
    const backends = [0, 1, 2].map(() => {
      const client = new Redis(server.url, { maxRetriesPerRequest: 1 });
      cleanups.push(() => client.quit());
      return createRedisRateLimitStore({ client });
    });
    const token = await proof();
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        verifyProof(token, { secret, consume: backends[index % 3], now: () => issuedAt + 1000 }).then(
          () => 'accepted',
          (error: ProofError) => error.code,
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'accepted')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'already_used')).toHaveLength(29);
  });

  it("consumes through the app's own function, and accepts nothing when that function fails", async () => {
    const used = new Set<string>();
    const seen: VerifiedProof[] = [];
    const consume = (verified: VerifiedProof) => {
      seen.push(verified);
      if (used.has(verified.verificationId)) return false;
      used.add(verified.verificationId);
      return true;
    };
    const token = await proof();
    const now = () => issuedAt + 1000;
    await verifyProof(token, { secret, consume, now });
    expect(seen[0]).toMatchObject({ verificationId: '1234567890', expiresAt: new Date(issuedAt + 600_000) });
    expect((await refusal(verifyProof(token, { secret, consume, now }))).code).toBe('already_used');
    const down = new Error('database is down');
    await expect(
      verifyProof(token, {
        secret,
        now,
        consume: async () => {
          throw down;
        },
      }),
    ).rejects.toBe(down);
    await expect(verifyProof(token, { secret, consume: {} as never })).rejects.toThrow(TypeError);
  });

  it('refuses a proof of another number than the form holds, without using it up', async () => {
    const store = createMemoryRateLimitStore();
    const token = await proof();
    const now = () => issuedAt + 1000;
    const wrong = await refusal(
      verifyProof(token, { secret, now, consume: store, expectedPhoneNumber: '+46700000001' }),
    );
    expect(wrong.code).toBe('wrong_phone_number');
    const verified = await verifyProof(token, {
      secret,
      now,
      consume: store,
      expectedPhoneNumber: '+46 70-000 00 00',
    });
    expect(verified.phoneNumber).toBe('+46700000000');
    await expect(
      verifyProof(token, { secret, expectedPhoneNumber: 46700000000 as unknown as string }),
    ).rejects.toThrow(TypeError);
  });

  it('refuses a proof issued in the future, beyond the clock tolerance', async () => {
    const token = await issueProof(subject, proofKey(secret), {}, issuedAt + 3_600_000);
    expect((await refusal(verifyProof(token, { secret, now: () => issuedAt }))).code).toBe('not_yet_valid');
    const soon = await issueProof(subject, proofKey(secret), {}, issuedAt + 3000);
    expect((await refusal(verifyProof(soon, { secret, now: () => issuedAt }))).code).toBe('not_yet_valid');
    await expect(
      verifyProof(soon, { secret, now: () => issuedAt, clockToleranceSeconds: 5 }),
    ).resolves.toMatchObject({ verificationId: '1234567890' });
  });

  it('refuses an aud array, even one that holds the audience', async () => {
    for (const audience of [['verikit', 'other-app'], ['verikit'], ['other-app']]) {
      const token = await new SignJWT({ vk_method: 'sms' })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject('+46700000000')
        .setJti('1234567890')
        .setIssuer('verikit')
        .setAudience(audience)
        .setIssuedAt(issuedAt / 1000)
        .setExpirationTime(issuedAt / 1000 + 600)
        .sign(proofKey(secret));
      expect((await refusal(verifyProof(token, { secret, now: () => issuedAt }))).code).toBe(
        'wrong_audience',
      );
    }
  });
});

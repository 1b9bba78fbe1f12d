// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { issueProof } from './issueProof';
import { ProofError } from './ProofError';
import { proofKey } from './proofKey';
import { verifyProof } from './verifyProof';

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
    });
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
});

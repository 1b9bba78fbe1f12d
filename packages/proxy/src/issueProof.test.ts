// @vitest-environment node
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { issueProof } from './issueProof';
import { proofKey } from './proofKey';
import { verifyProof } from './verifyProof';

const secret = 'a-proof-secret-that-is-long-enough-for-hs256';
const issuedAt = Date.parse('2026-01-01T00:00:00.750Z');

/** The proof as jose's SignJWT writes it: what issueProof wrote before it signed without Web Crypto. */
function joseProof(
  subject: { phoneNumber: string; method: string; verificationId: string },
  options: { issuer?: string; audience?: string; ttlSeconds?: number },
) {
  const at = Math.floor(issuedAt / 1000);
  return new SignJWT({ vk_method: subject.method })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject.phoneNumber)
    .setJti(subject.verificationId)
    .setIssuer(options.issuer ?? 'verikit')
    .setAudience(options.audience ?? 'verikit')
    .setIssuedAt(at)
    .setExpirationTime(at + (options.ttlSeconds ?? 600))
    .sign(proofKey(secret));
}

describe('issueProof', () => {
  it.each([
    [{ phoneNumber: '+46700000000', method: 'sms', verificationId: '1234567890' }, {}],
    [
      { phoneNumber: '+12025550123', method: 'callout', verificationId: 'a_B-9' },
      { issuer: 'https://shop.example', audience: 'checkout "eu" ✓', ttlSeconds: 61 },
    ],
  ] as const)('writes the same token, byte for byte, as jose for %j', async (subject, options) => {
    const token = issueProof(subject, proofKey(secret), options, issuedAt);
    expect(token).toBe(await joseProof(subject, options));
    const verified = await verifyProof(token, { secret, ...options, now: () => issuedAt });
    expect(verified).toMatchObject({ phoneNumber: subject.phoneNumber, method: subject.method });
  });

  it('signs with the given secret only: another secret’s token is refused', async () => {
    const subject = { phoneNumber: '+46700000000', method: 'sms', verificationId: '1' } as const;
    const token = issueProof(subject, proofKey(`${secret}-other`), {}, issuedAt);
    await expect(verifyProof(token, { secret, now: () => issuedAt })).rejects.toThrow();
  });
});

// No `@vitest-environment node` on purpose: jsdom's TextEncoder hands out Uint8Arrays of another realm, which is
// how a string secret once failed as "not 32 bytes" in apps whose tests run the proxy in jsdom.
import { describe, expect, it } from 'vitest';
import { issueProof } from './issueProof';
import { proofKey } from './proofKey';
import { verifyProof } from './verifyProof';

const secret = 'a-proof-secret-that-is-long-enough-for-hs256';
const issuedAt = Date.parse('2026-01-01T00:00:00Z');

describe('proof keys', () => {
  it('issues and checks a proof with a string secret under jsdom', async () => {
    const subject = { phoneNumber: '+46700000000', method: 'sms', verificationId: '42' } as const;
    const token = await issueProof(subject, proofKey(secret), {}, issuedAt);
    const verified = await verifyProof(token, { secret, now: () => issuedAt + 1000 });
    expect(verified.phoneNumber).toBe('+46700000000');
  });

  it('refuses a secret shorter than 32 bytes, whatever realm its bytes come from', () => {
    expect(() => proofKey('short')).toThrow(/at least 32 bytes/);
    expect(() => proofKey(new Uint8Array(31))).toThrow(/at least 32 bytes/);
  });
});

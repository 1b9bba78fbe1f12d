import { DENIED_REASONS } from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { PROXY_ERROR_CODES } from './proxyContract';
import { VerificationError } from './verificationError';
import {
  isDeliveryFailure,
  isTransient,
  outcomeCode,
  REASON_CODES,
  VERIFICATION_ERROR_CODES,
  VERIFICATION_MESSAGES,
} from './verificationMessages';
import type { VerificationReason, VerificationStatus } from './wire';

// Every reason on Sinch's documentation, by the status it comes with (the emulator's facts page, packages/sinch-emulator/README.md).
const DOCUMENTED_REASONS: Array<[VerificationStatus, VerificationReason]> = [
  ['DENIED', 'Fraud'],
  ['DENIED', 'Not enough credit'],
  ['DENIED', 'Blocked'],
  ['DENIED', 'Denied by callback'],
  ['DENIED', 'Invalid callback'],
  ['DENIED', 'Destination denied'],
  ['ERROR', 'Internal error'],
  ['ERROR', 'Network error or number unreachable'],
  ['ERROR', 'SMS delivery failure'],
  ['FAIL', 'Invalid CLI'],
  ['FAIL', 'Invalid code'],
  ['FAIL', 'Expired'],
  ['FAIL', 'Hung up without entering valid code'],
  ['FAIL', 'Failed pending'],
];

describe('the catalogue', () => {
  it('has exactly one English message per stable code, and a code for every proxy error', () => {
    expect(VERIFICATION_ERROR_CODES).toEqual(Object.keys(VERIFICATION_MESSAGES));
    for (const code of PROXY_ERROR_CODES) expect(VERIFICATION_ERROR_CODES, code).toContain(code);
  });

  it('gives every documented Sinch reason a code of its own and a message for the person', () => {
    expect(Object.keys(REASON_CODES).sort()).toEqual(DOCUMENTED_REASONS.map(([, reason]) => reason).sort());
    for (const [status, reason] of DOCUMENTED_REASONS) {
      const code = outcomeCode(status, reason);
      expect(code, reason).toBe(REASON_CODES[reason]);
      const message = new VerificationError(code as NonNullable<typeof code>).message;
      expect(message, reason).toBe(VERIFICATION_MESSAGES[code as NonNullable<typeof code>]);
      expect(message, reason).not.toContain(reason);
    }
  });

  it('knows every reason the emulator can deny with', () => {
    for (const reason of DENIED_REASONS) {
      expect(Object.hasOwn(REASON_CODES, reason), reason).toBe(true);
      expect(outcomeCode('DENIED', reason), reason).toBe(REASON_CODES[reason]);
    }
  });
});

describe('outcomeCode', () => {
  it('gives every Sinch reason its own stable code', () => {
    const codes = Object.values(REASON_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    expect(outcomeCode('FAIL', 'Invalid code')).toBe('invalid_code');
    expect(outcomeCode('FAIL', 'Invalid CLI')).toBe('invalid_cli');
    expect(outcomeCode('FAIL', 'Expired')).toBe('expired');
    expect(outcomeCode('DENIED', 'Fraud')).toBe('denied_fraud');
    expect(outcomeCode('ERROR', 'SMS delivery failure')).toBe('delivery_failed');
    expect(outcomeCode('ERROR', 'Network error or number unreachable')).toBe('number_unreachable');
  });

  it('has no code for pending and successful verifications', () => {
    expect(outcomeCode('PENDING')).toBeUndefined();
    expect(outcomeCode('SUCCESSFUL')).toBeUndefined();
  });

  it('falls back to a code per status for reasons Sinch may add later', () => {
    expect(outcomeCode('ABORTED')).toBe('verification_replaced');
    expect(outcomeCode('FAIL', 'Something new' as VerificationReason)).toBe('verification_failed');
    expect(outcomeCode('DENIED')).toBe('denied_blocked');
    expect(outcomeCode('ERROR', 'Whatever')).toBe('provider_error');
  });

  it('reads only its own reasons, not names every object has', () => {
    expect(outcomeCode('FAIL', 'constructor')).toBe('verification_failed');
    expect(outcomeCode('ERROR', 'toString')).toBe('provider_error');
    expect(outcomeCode('DENIED', '__proto__')).toBe('denied_blocked');
  });

  it('classifies failures for fallback and retries', () => {
    expect(isDeliveryFailure('delivery_failed')).toBe(true);
    expect(isDeliveryFailure('invalid_code')).toBe(false);
    expect(isTransient('network_error')).toBe(true);
    expect(isTransient('upstream_unavailable')).toBe(true);
    expect(isTransient('too_many_attempts')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isDeliveryFailure, isTransient, outcomeCode, REASON_CODES } from './verificationMessages';
import type { VerificationReason } from './wire';

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

  it('classifies failures for fallback and retries', () => {
    expect(isDeliveryFailure('delivery_failed')).toBe(true);
    expect(isDeliveryFailure('invalid_code')).toBe(false);
    expect(isTransient('network_error')).toBe(true);
    expect(isTransient('upstream_unavailable')).toBe(true);
    expect(isTransient('too_many_attempts')).toBe(false);
  });
});

import type { VerificationMethodWire } from '@verikit/core';
import { describe, expect, it } from 'vitest';
import type { VerificationRecord } from './verificationRecord';
import { createVerificationStore } from './verificationStore';

let made = 0;
function verification(
  endpoint: string,
  method: VerificationMethodWire = 'sms',
  extra: Partial<VerificationRecord> = {},
): VerificationRecord {
  made++;
  return {
    id: `v${made}`,
    method,
    identity: { type: 'number', endpoint },
    applicationKey: 'key',
    createdAt: made,
    expiresAt: made + 60_000,
    status: 'PENDING',
    codeType: 'Numeric',
    wrongAttempts: 0,
    language: 'en-US',
    acceptLanguage: [],
    isDelivered: true,
    ...extra,
  };
}

const A = '+46700000001';
const B = '+46700000002';

describe('verification store', () => {
  it('finds a verification by id, by number and method, by reference and by seamless link', () => {
    const store = createVerificationStore(10);
    const sms = verification(A, 'sms', { reference: 'r-1' });
    const call = verification(A, 'flashcall');
    const seamless = verification(B, 'seamless', { seamlessToken: 't-1' });
    for (const record of [sms, call, seamless]) store.add(record);
    expect(store.get(sms.id)).toBe(sms);
    expect(store.newestOf(A, 'sms')).toBe(sms);
    expect(store.newestOf(A, 'flashcall')).toBe(call);
    expect(store.newestOf(A, 'callout')).toBeUndefined();
    expect(store.newestOf(B, 'sms')).toBeUndefined();
    expect(store.newestWithReference('r-1')).toBe(sms);
    expect(store.withSeamlessToken('t-1')).toBe(seamless);
    expect(store.size).toBe(3);
  });

  it('answers the newest of a number and method, or the newest that passes a test', () => {
    const store = createVerificationStore(10);
    const first = verification(A);
    const second = verification(A);
    const third = verification(A, 'sms', { status: 'ABORTED' });
    for (const record of [first, second, third]) store.add(record);
    expect(store.newestOf(A, 'sms')).toBe(third);
    expect(store.newestOf(A, 'sms', (record) => record.status === 'PENDING')).toBe(second);
    expect(store.newestOf(A, 'sms', () => false)).toBeUndefined();
  });

  it('lists the older verifications of the same number, any method, oldest first', () => {
    const store = createVerificationStore(10);
    const first = verification(A, 'sms');
    const other = verification(B, 'sms');
    const second = verification(A, 'callout');
    const third = verification(A, 'sms');
    for (const record of [first, other, second, third]) store.add(record);
    expect(store.olderOfSameNumber(third)).toEqual([first, second]);
    expect(store.olderOfSameNumber(second)).toEqual([first]);
    expect(store.olderOfSameNumber(first)).toEqual([]);
  });

  it('forgets the oldest verification past its limit, from every index', () => {
    const store = createVerificationStore(2);
    const oldest = verification(A, 'seamless', { reference: 'shared', seamlessToken: 't-old' });
    const middle = verification(A, 'seamless', { reference: 'shared' });
    store.add(oldest);
    store.add(middle);
    store.add(verification(B));
    expect(store.size).toBe(2);
    expect(store.get(oldest.id)).toBeUndefined();
    expect(store.withSeamlessToken('t-old')).toBeUndefined();
    // The number and the reference still lead to the verification that is kept.
    expect(store.newestOf(A, 'seamless', (record) => record === oldest)).toBeUndefined();
    expect(store.newestOf(A, 'seamless')).toBe(middle);
    expect(store.newestWithReference('shared')).toBe(middle);
    expect(store.olderOfSameNumber(middle)).toEqual([]);
    // A verification forgotten while its start was still running has no older ones left.
    expect(store.olderOfSameNumber(oldest)).toEqual([]);

    store.add(verification(B));
    expect(store.get(middle.id)).toBeUndefined();
    expect(store.newestOf(A, 'seamless')).toBeUndefined();
    expect(store.newestWithReference('shared')).toBeUndefined();
  });

  it('keeps exactly the newest ones, in the order they came, through many evictions', () => {
    const store = createVerificationStore(3);
    const added: VerificationRecord[] = [];
    // Enough to compact the age queue several times over.
    for (let index = 0; index < 5000; index++) {
      const record = verification(index % 2 === 0 ? A : B, 'sms', { reference: `r-${index % 7}` });
      added.push(record);
      store.add(record);
    }
    const kept = added.slice(-3);
    expect(store.size).toBe(3);
    for (const record of added.slice(0, -3)) expect(store.get(record.id)).toBeUndefined();
    for (const record of kept) expect(store.get(record.id)).toBe(record);
    expect(store.newestOf(A, 'sms')).toBe(added[4998]);
    expect(store.newestOf(B, 'sms')).toBe(added[4999]);
    expect(store.olderOfSameNumber(added[4999] as VerificationRecord)).toEqual([added[4997]]);
    // 4997 % 7 = 6, 4998 % 7 = 0, 4999 % 7 = 1: only those three references are still held.
    expect(store.newestWithReference('r-6')).toBe(added[4997]);
    expect(store.newestWithReference('r-2')).toBeUndefined();

    // The next one still pushes out exactly the oldest kept.
    store.add(verification(A));
    expect(store.get(kept[0]?.id ?? '')).toBeUndefined();
    expect(store.get(kept[1]?.id ?? '')).toBe(kept[1]);
  });

  it('forgets everything on clear', () => {
    const store = createVerificationStore(10);
    const record = verification(A, 'sms', { reference: 'r', seamlessToken: 't' });
    store.add(record);
    store.clear();
    expect(store.size).toBe(0);
    expect(store.get(record.id)).toBeUndefined();
    expect(store.newestOf(A, 'sms')).toBeUndefined();
    expect(store.newestWithReference('r')).toBeUndefined();
    expect(store.withSeamlessToken('t')).toBeUndefined();
    store.add(verification(A));
    expect(store.size).toBe(1);
  });
});

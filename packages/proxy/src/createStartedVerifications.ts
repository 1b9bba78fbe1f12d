import { VERIFICATION_METHODS, type VerificationMethod } from '@verikit/core';
import type { RateLimitStore } from './rateLimitStore';

/** A verification this proxy started: Sinch's id for it, and what it was started for. */
export interface StartedVerification {
  id: string;
  /** E.164. */
  phoneNumber: string;
  method: VerificationMethod;
  /** When it was started, in epoch milliseconds. */
  startedAt: number;
}

/**
 * The verifications the proxy started, kept in the store so every instance sharing it knows them: a report by
 * number and a report by id of the same verification count against one attempt cap, and a success is proved for
 * the number it was started for, without asking Sinch.
 */
export interface StartedVerifications {
  remember(verification: Omit<StartedVerification, 'startedAt'>): Promise<void>;
  /** The verification with this id, if the proxy started it (recently enough). */
  byId(id: string): Promise<StartedVerification | undefined>;
  /**
   * The id of the newest verification started for this number by this method: the one Sinch's report by number
   * reports (Sinch picks the newest of that number and method).
   */
  newestIdFor(phoneNumber: string, method: VerificationMethod): Promise<string | undefined>;
}

export interface StartedVerificationsOptions {
  store: RateLimitStore;
  /** How long a verification is remembered, in milliseconds. */
  ttlMs: number;
  now: () => number;
}

const idKey = (id: string) => `started:${id}`;
const newestKey = (phoneNumber: string, method: VerificationMethod) =>
  `started-newest:${method}:${phoneNumber}`;

/** The record of started verifications, two store keys each (by id, and newest by number and method). */
export function createStartedVerifications(options: StartedVerificationsOptions): StartedVerifications {
  const { store, ttlMs, now } = options;
  return {
    async remember({ id, phoneNumber, method }) {
      // `method startedAt phoneNumber`: none of the three holds a space.
      await store.set(idKey(id), `${method} ${now()} ${phoneNumber}`, ttlMs);
      await store.set(newestKey(phoneNumber, method), id, ttlMs);
    },
    async byId(id) {
      const value = await store.get(idKey(id));
      const [method, startedAt, phoneNumber] = value?.split(' ') ?? [];
      if (!phoneNumber || !(VERIFICATION_METHODS as readonly string[]).includes(method as string))
        return undefined;
      return { id, phoneNumber, method: method as VerificationMethod, startedAt: Number(startedAt) };
    },
    async newestIdFor(phoneNumber, method) {
      return store.get(newestKey(phoneNumber, method));
    },
  };
}

import { VERIFICATION_METHODS, type VerificationMethod } from '@verikit/core';
import { errors, jwtVerify } from 'jose';
import { ProofError } from './ProofError';
import {
  DEFAULT_PROOF_AUDIENCE,
  DEFAULT_PROOF_ISSUER,
  PROOF_METHOD_CLAIM,
  PROOF_TEST_NUMBER_CLAIM,
  proofKey,
} from './proofKey';
import type { RateLimitStore } from './rateLimitStore';

/**
 * Marks a proof used: `true` when this call is its first use (and it is now remembered until `expiresAt`),
 * `false` when it was used before. Atomic in your database, e.g. `INSERT … ON CONFLICT DO NOTHING` on `jti`.
 */
export type ConsumeProof = (proof: VerifiedProof) => boolean | Promise<boolean>;

export interface VerifyProofOptions {
  /** The same secret the proxy signs proofs with. */
  secret: string | Uint8Array;
  /** @default 'verikit' */
  issuer?: string;
  /** The one audience accepted; a proof whose `aud` is anything else (an array included) is refused. @default 'verikit' */
  audience?: string;
  /**
   * The number the form holds now, E.164 (spaces, dashes, dots and parentheses ignored): a proof of another number
   * is refused with `wrong_phone_number`. Checked before `consume`, so a mismatch does not use the proof up.
   * @default undefined (any number)
   */
  expectedPhoneNumber?: string;
  /**
   * Single use: the proof's `jti` is remembered until its `exp`, and a second use is refused with `already_used`.
   * A store (the proxy's, e.g. `createRedisRateLimitStore`: one atomic `SET NX` shared by every backend instance)
   * or your own function on your database. Without it a proof can be replayed until it expires.
   * @default undefined (not single use)
   */
  consume?: RateLimitStore | ConsumeProof;
  /** Seconds of clock difference tolerated on `exp`/`iat`. @default 0 */
  clockToleranceSeconds?: number;
  /** The current time, for tests. @default Date.now */
  now?: () => number;
}

export interface VerifiedProof {
  /** E.164, e.g. `+46700000000`. */
  phoneNumber: string;
  method: VerificationMethod;
  verificationId: string;
  issuedAt: Date;
  expiresAt: Date;
  /**
   * `true` for one of the proxy's `testNumbers` (app-store review, synthetic monitoring): its fixed code was typed
   * and no code went to anyone. Decide what such a sign-up may do (e.g. a demo account, or refuse it).
   */
  testNumber: boolean;
}

const E164 = /^\+[1-9]\d{1,14}$/;
const FORMATTING = /[\s().-]/g;

/**
 * Checks a proof from the browser in the app's backend. Resolves with what it proves; throws a `ProofError`
 * (`code`: malformed, invalid_signature, expired, not_yet_valid, wrong_audience, wrong_issuer, wrong_phone_number,
 * already_used) for any token not to be trusted. An error of `consume` itself (your database is down) is thrown
 * as it is: the proof is then not accepted.
 */
export async function verifyProof(token: string, options: VerifyProofOptions): Promise<VerifiedProof> {
  const { expectedPhoneNumber, consume } = options;
  if (expectedPhoneNumber !== undefined && typeof expectedPhoneNumber !== 'string')
    throw new TypeError('expectedPhoneNumber must be a string (E.164)');
  if (
    consume !== undefined &&
    typeof consume !== 'function' &&
    typeof (consume as Partial<RateLimitStore>)?.setIfAbsent !== 'function'
  )
    throw new TypeError('consume must be a store (with setIfAbsent) or a function');
  if (typeof token !== 'string' || token.length === 0 || token.length > 4096)
    throw new ProofError('malformed', 'The proof is not a token');
  const key = proofKey(options.secret);
  const tolerance = options.clockToleranceSeconds ?? 0;
  const nowMs = options.now ? options.now() : Date.now();
  let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: options.issuer ?? DEFAULT_PROOF_ISSUER,
      requiredClaims: ['sub', 'jti', 'iat', 'exp', 'aud'],
      clockTolerance: tolerance,
      currentDate: new Date(nowMs),
    }));
  } catch (error) {
    throw toProofError(error);
  }
  // jose accepts an `aud` array that merely contains the audience; the proxy only ever writes one string.
  if (payload.aud !== (options.audience ?? DEFAULT_PROOF_AUDIENCE))
    throw new ProofError('wrong_audience', 'The proof was made for another audience');
  const method = payload[PROOF_METHOD_CLAIM];
  const { sub, jti, iat, exp } = payload;
  const testNumber = payload[PROOF_TEST_NUMBER_CLAIM];
  if (
    (testNumber !== undefined && testNumber !== true) ||
    typeof sub !== 'string' ||
    !E164.test(sub) ||
    typeof jti !== 'string' ||
    jti.length === 0 ||
    typeof method !== 'string' ||
    !(VERIFICATION_METHODS as readonly string[]).includes(method) ||
    typeof iat !== 'number' ||
    typeof exp !== 'number'
  )
    throw new ProofError('malformed', 'The proof lacks the number, method or verification id');
  // jose checks `iat` only with maxTokenAge: a proof "issued" later than now was not made by the proxy now.
  if (iat > nowMs / 1000 + tolerance)
    throw new ProofError('not_yet_valid', 'The proof is issued in the future');
  const verified: VerifiedProof = {
    phoneNumber: sub,
    method: method as VerificationMethod,
    verificationId: jti,
    issuedAt: new Date(iat * 1000),
    expiresAt: new Date(exp * 1000),
    testNumber: testNumber === true,
  };
  if (expectedPhoneNumber !== undefined && expectedPhoneNumber.replace(FORMATTING, '') !== sub)
    throw new ProofError('wrong_phone_number', 'The proof is for another phone number');
  if (consume !== undefined) {
    const first =
      typeof consume === 'function'
        ? await consume(verified)
        : await consume.setIfAbsent(
            `proof-used:${jti}`,
            String(nowMs),
            exp * 1000 + tolerance * 1000 - nowMs,
          );
    if (first !== true) throw new ProofError('already_used', 'The proof was used already');
  }
  return verified;
}

function toProofError(error: unknown): ProofError {
  if (error instanceof errors.JWTExpired)
    return new ProofError('expired', 'The proof has expired', { cause: error });
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return new ProofError('invalid_signature', 'The proof signature does not match', { cause: error });
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud')
      return new ProofError('wrong_audience', 'The proof was made for another audience', { cause: error });
    if (error.claim === 'iss')
      return new ProofError('wrong_issuer', 'The proof was made by another issuer', { cause: error });
    if (error.claim === 'nbf' || error.claim === 'iat')
      return new ProofError('not_yet_valid', 'The proof is not valid yet', { cause: error });
  }
  return new ProofError('malformed', 'The proof is not a valid token', { cause: error });
}

import { VERIFICATION_METHODS, type VerificationMethod } from '@verikit/core';
import { errors, jwtVerify } from 'jose';
import { ProofError } from './ProofError';
import { DEFAULT_PROOF_AUDIENCE, DEFAULT_PROOF_ISSUER, PROOF_METHOD_CLAIM, proofKey } from './proofKey';

export interface VerifyProofOptions {
  /** The same secret the proxy signs proofs with. */
  secret: string | Uint8Array;
  /** @default 'verikit' */
  issuer?: string;
  /** @default 'verikit' */
  audience?: string;
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
}

const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * Checks a proof from the browser in the app's backend. Resolves with what it proves; throws a `ProofError`
 * (`code`: malformed, invalid_signature, expired, wrong_audience, wrong_issuer) for any token not to be trusted.
 */
export async function verifyProof(token: string, options: VerifyProofOptions): Promise<VerifiedProof> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 4096)
    throw new ProofError('malformed', 'The proof is not a token');
  const key = proofKey(options.secret);
  let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: options.issuer ?? DEFAULT_PROOF_ISSUER,
      audience: options.audience ?? DEFAULT_PROOF_AUDIENCE,
      requiredClaims: ['sub', 'jti', 'iat', 'exp'],
      clockTolerance: options.clockToleranceSeconds ?? 0,
      currentDate: options.now ? new Date(options.now()) : undefined,
    }));
  } catch (error) {
    throw toProofError(error);
  }
  const method = payload[PROOF_METHOD_CLAIM];
  const { sub, jti, iat, exp } = payload;
  if (
    typeof sub !== 'string' ||
    !E164.test(sub) ||
    typeof jti !== 'string' ||
    typeof method !== 'string' ||
    !(VERIFICATION_METHODS as readonly string[]).includes(method) ||
    typeof iat !== 'number' ||
    typeof exp !== 'number'
  )
    throw new ProofError('malformed', 'The proof lacks the number, method or verification id');
  return {
    phoneNumber: sub,
    method: method as VerificationMethod,
    verificationId: jti,
    issuedAt: new Date(iat * 1000),
    expiresAt: new Date(exp * 1000),
  };
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
      return new ProofError('expired', 'The proof is not valid at this time', { cause: error });
  }
  return new ProofError('malformed', 'The proof is not a valid token', { cause: error });
}

import type { VerificationMethod } from '@verikit/core';
import { SignJWT } from 'jose';
import {
  DEFAULT_PROOF_AUDIENCE,
  DEFAULT_PROOF_ISSUER,
  DEFAULT_PROOF_TTL_SECONDS,
  PROOF_METHOD_CLAIM,
} from './proofKey';

export interface ProofOptions {
  /** The HMAC-SHA256 key shared with the app's backend, at least 32 bytes. Never sent anywhere. */
  secret: string | Uint8Array;
  /** The `iss` claim. @default 'verikit' */
  issuer?: string;
  /** The `aud` claim; give each app its own so a proof for one is refused by another. @default 'verikit' */
  audience?: string;
  /** How long a proof is valid. @default 600 */
  ttlSeconds?: number;
  /**
   * How long after the proxy first sees a verification SUCCESSFUL it still hands out its proof: the same token
   * each time (a double submission, a status poll). Later reports and status reads say SUCCESSFUL without a
   * proof. At most `ttlSeconds`. @default 300
   */
  mintWindowSeconds?: number;
}

export const DEFAULT_PROOF_MINT_WINDOW_SECONDS = 300;

/** The mint window, checked against the proof's lifetime at creation. */
export function resolveMintWindowSeconds(
  options: Pick<ProofOptions, 'ttlSeconds' | 'mintWindowSeconds'>,
): number {
  const ttl = options.ttlSeconds ?? DEFAULT_PROOF_TTL_SECONDS;
  if (!(typeof ttl === 'number' && Number.isInteger(ttl) && ttl >= 1))
    throw new TypeError('proof.ttlSeconds must be a whole number of seconds ≥ 1');
  const window = options.mintWindowSeconds ?? Math.min(DEFAULT_PROOF_MINT_WINDOW_SECONDS, ttl);
  if (!(typeof window === 'number' && Number.isFinite(window) && window > 0 && window <= ttl))
    throw new TypeError('proof.mintWindowSeconds must be > 0 and at most proof.ttlSeconds');
  return window;
}

export interface ProofSubject {
  phoneNumber: string;
  method: VerificationMethod;
  verificationId: string;
}

/** A compact JWS (HS256) naming the number (`sub`), the verification id (`jti`) and the method. */
export async function issueProof(
  subject: ProofSubject,
  /** The secret's bytes, or the HMAC key imported once (saves an import per proof). */
  key: Uint8Array | CryptoKey,
  options: Omit<ProofOptions, 'secret'>,
  nowMs: number,
): Promise<string> {
  const issuedAt = Math.floor(nowMs / 1000);
  return new SignJWT({ [PROOF_METHOD_CLAIM]: subject.method })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject.phoneNumber)
    .setJti(subject.verificationId)
    .setIssuer(options.issuer ?? DEFAULT_PROOF_ISSUER)
    .setAudience(options.audience ?? DEFAULT_PROOF_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.ttlSeconds ?? DEFAULT_PROOF_TTL_SECONDS))
    .sign(key);
}

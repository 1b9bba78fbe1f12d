import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { VerificationMethod } from '@verikit/core';
import {
  DEFAULT_PROOF_AUDIENCE,
  DEFAULT_PROOF_ISSUER,
  DEFAULT_PROOF_TTL_SECONDS,
  PROOF_METHOD_CLAIM,
  PROOF_TEST_NUMBER_CLAIM,
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
  /** One of `testNumbers`: the proof says so (`vk_test: true`). */
  testNumber?: boolean;
}

const encoder = new TextEncoder();
/** `{"alg":"HS256","typ":"JWT"}`, the protected header every proof has, encoded once. */
const HEADER = base64Url(encoder.encode(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));

/**
 * A compact JWS (HS256, RFC 7515) naming the number (`sub`), the verification id (`jti`) and the method: the same
 * bytes `jose`'s `SignJWT` writes for these claims (a test holds it to that), signed synchronously with
 * `@noble/hashes`' HMAC instead of Web Crypto's, which on Node 20 is a thread-pool job: 69 -> 11 µs of CPU a proof
 * (scripts/bench.ts). Backends check proofs with `jose` (`verifyProof`).
 */
export function issueProof(
  subject: ProofSubject,
  /** The secret's bytes (`proofKey`). */
  key: Uint8Array,
  options: Omit<ProofOptions, 'secret'>,
  nowMs: number,
): string {
  const issuedAt = Math.floor(nowMs / 1000);
  // The claims in the order jose's builder sets them: the token is deterministic, the same on every instance.
  const claims = {
    [PROOF_METHOD_CLAIM]: subject.method,
    ...(subject.testNumber && { [PROOF_TEST_NUMBER_CLAIM]: true }),
    sub: subject.phoneNumber,
    jti: subject.verificationId,
    iss: options.issuer ?? DEFAULT_PROOF_ISSUER,
    aud: options.audience ?? DEFAULT_PROOF_AUDIENCE,
    iat: issuedAt,
    exp: issuedAt + (options.ttlSeconds ?? DEFAULT_PROOF_TTL_SECONDS),
  };
  const signingInput = `${HEADER}.${base64Url(encoder.encode(JSON.stringify(claims)))}`;
  return `${signingInput}.${base64Url(hmac(sha256, key, encoder.encode(signingInput)))}`;
}

/** Base64url without padding (RFC 7515 §2); a proof's parts are a few hundred bytes. */
function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

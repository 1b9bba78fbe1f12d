/** The HMAC key of a proof, checked for strength: HS256 wants at least as many key bytes as its output (RFC 7518 §3.2). */
export function proofKey(secret: string | Uint8Array): Uint8Array {
  const bytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  // `ArrayBuffer.isView`, not `instanceof`: a Uint8Array from another realm (jsdom's TextEncoder, an iframe) is still
  // bytes. The copy is of this realm, which is the one jose checks against.
  if (!ArrayBuffer.isView(bytes) || bytes.byteLength < 32)
    throw new TypeError('proof.secret must be at least 32 bytes (e.g. `openssl rand -base64 48`)');
  return Uint8Array.from(bytes as Uint8Array);
}

/** Claims verikit puts in a proof besides the registered ones (`sub` is the number, `jti` the verification id). */
export const PROOF_METHOD_CLAIM = 'vk_method';
/** Present, `true`, only in the proof of a test number (`testNumbers`): no code was sent to anyone. */
export const PROOF_TEST_NUMBER_CLAIM = 'vk_test';

export const DEFAULT_PROOF_ISSUER = 'verikit';
export const DEFAULT_PROOF_AUDIENCE = 'verikit';
export const DEFAULT_PROOF_TTL_SECONDS = 600;

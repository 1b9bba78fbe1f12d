/** The HMAC key of a proof, checked for strength: HS256 wants at least as many key bytes as its output (RFC 7518 §3.2). */
export function proofKey(secret: string | Uint8Array): Uint8Array {
  const key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (!(key instanceof Uint8Array) || key.byteLength < 32)
    throw new TypeError('proof.secret must be at least 32 bytes (e.g. `openssl rand -base64 48`)');
  return key;
}

/** Claims verikit puts in a proof besides the registered ones (`sub` is the number, `jti` the verification id). */
export const PROOF_METHOD_CLAIM = 'vk_method';

export const DEFAULT_PROOF_ISSUER = 'verikit';
export const DEFAULT_PROOF_AUDIENCE = 'verikit';
export const DEFAULT_PROOF_TTL_SECONDS = 600;

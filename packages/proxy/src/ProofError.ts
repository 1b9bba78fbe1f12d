/** Why a proof was refused. */
export type ProofErrorCode =
  /** Not a JWT at all, or not one of ours (wrong algorithm, missing claims). */
  | 'malformed'
  /** The signature does not match: tampered with, or signed with another key. */
  | 'invalid_signature'
  /** Past its `exp`. */
  | 'expired'
  /** Issued in the future (its `iat` is past now, beyond the clock tolerance): not one the proxy made now. */
  | 'not_yet_valid'
  /** Its `jti` was consumed already: the proof was used once (`consume`). */
  | 'already_used'
  /** It proves another number than `expectedPhoneNumber`. */
  | 'wrong_phone_number'
  /** Made for another audience. */
  | 'wrong_audience'
  /** Made by another issuer. */
  | 'wrong_issuer';

/** Thrown by `verifyProof` when a token must not be trusted. */
export class ProofError extends Error {
  override readonly name = 'ProofError';
  readonly code: ProofErrorCode;

  constructor(code: ProofErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

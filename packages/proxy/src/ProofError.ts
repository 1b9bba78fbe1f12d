/** Why a proof was refused. */
export type ProofErrorCode =
  /** Not a JWT at all, or not one of ours (wrong algorithm, missing claims). */
  | 'malformed'
  /** The signature does not match: tampered with, or signed with another key. */
  | 'invalid_signature'
  /** Past its `exp` (or not yet valid). */
  | 'expired'
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

import { createMemoryRateLimitStore, ProofError, type RateLimitStore, verifyProof } from '@verikit/proxy';

/** What the page posts to the signup route. */
export interface SignupRequest {
  name: string;
  email: string;
  /** The proxy's proof that the phone number was verified. */
  proof: string;
  /** The number the form shows as verified (E.164): the proof must be for it. */
  phoneNumber: string;
}

export interface SignupRouteOptions {
  /** The secret the proxy signs proofs with. */
  proofSecret: string;
  /** Where used proofs are remembered until they expire; a shared one (Redis) when the app runs on several instances. @default createMemoryRateLimitStore() */
  usedProofs?: RateLimitStore;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The app's own signup route, as a real backend would have it (the README's safe pattern): it trusts the phone
 * number only once the proxy's proof checks out with `verifyProof`, for the number the form holds
 * (`expectedPhoneNumber`), and once (`consume`). Answers `201 { message, account }`, or a 4xx `{ error, message }`
 * that the page shows as it is.
 */
export function createSignupRoute(options: SignupRouteOptions): (request: Request) => Promise<Response> {
  const usedProofs = options.usedProofs ?? createMemoryRateLimitStore();
  return async (request) => {
    if (request.method !== 'POST') return problem(405, 'method_not_allowed', 'Use POST.', { allow: 'POST' });
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return problem(400, 'invalid_request', 'Send the signup as JSON.');
    }
    const { name, email, proof, phoneNumber } = (
      typeof body === 'object' && body !== null ? body : {}
    ) as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '' || name.length > 200)
      return problem(400, 'invalid_name', 'Enter your name.');
    if (typeof email !== 'string' || !EMAIL.test(email) || email.length > 254)
      return problem(400, 'invalid_email', 'Enter a valid email address.');
    if (typeof proof !== 'string' || proof === '' || typeof phoneNumber !== 'string' || phoneNumber === '')
      return problem(400, 'phone_not_verified', 'Verify your phone number first.');
    try {
      const verified = await verifyProof(proof, {
        secret: options.proofSecret,
        expectedPhoneNumber: phoneNumber,
        consume: usedProofs,
      });
      return Response.json(
        {
          message: `Account created for ${verified.phoneNumber}`,
          account: { name: name.trim(), email, phoneNumber: verified.phoneNumber, method: verified.method },
        },
        { status: 201 },
      );
    } catch (error) {
      if (error instanceof ProofError && error.code === 'already_used')
        return problem(409, 'proof_already_used', 'This phone verification was already used. Verify again.');
      if (error instanceof ProofError && error.code === 'wrong_phone_number')
        return problem(
          401,
          'invalid_proof',
          'This phone verification was for another number. Verify your number.',
        );
      if (error instanceof ProofError)
        return problem(
          401,
          'invalid_proof',
          error.code === 'expired'
            ? 'Your phone verification has expired. Verify your number again.'
            : 'Your phone verification could not be checked. Verify your number again.',
        );
      throw error;
    }
  };
}

function problem(status: number, error: string, message: string, headers?: Record<string, string>): Response {
  return Response.json({ error, message }, { status, ...(headers && { headers }) });
}

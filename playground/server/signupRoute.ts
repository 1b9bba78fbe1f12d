import { ProofError, verifyProof } from '@verikit/proxy';

/** What the page posts to the signup route. */
export interface SignupRequest {
  name: string;
  email: string;
  /** The proxy's proof that the phone number was verified. */
  proof: string;
}

export interface SignupRouteOptions {
  /** The secret the proxy signs proofs with. */
  proofSecret: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The app's own signup route, as a real backend would have it: it trusts the phone number only once the proxy's
 * proof checks out with `verifyProof`, and accepts each proof once. Answers `201 { message, account }`, or a 4xx
 * `{ error, message }` that the page shows as it is.
 */
export function createSignupRoute(options: SignupRouteOptions): (request: Request) => Promise<Response> {
  const usedVerifications = new Set<string>();
  return async (request) => {
    if (request.method !== 'POST') return problem(405, 'method_not_allowed', 'Use POST.', { allow: 'POST' });
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return problem(400, 'invalid_request', 'Send the signup as JSON.');
    }
    const { name, email, proof } = (typeof body === 'object' && body !== null ? body : {}) as Record<
      string,
      unknown
    >;
    if (typeof name !== 'string' || name.trim() === '' || name.length > 200)
      return problem(400, 'invalid_name', 'Enter your name.');
    if (typeof email !== 'string' || !EMAIL.test(email) || email.length > 254)
      return problem(400, 'invalid_email', 'Enter a valid email address.');
    if (typeof proof !== 'string' || proof === '')
      return problem(400, 'phone_not_verified', 'Verify your phone number first.');
    try {
      const verified = await verifyProof(proof, { secret: options.proofSecret });
      if (usedVerifications.has(verified.verificationId))
        return problem(409, 'proof_already_used', 'This phone verification was already used. Verify again.');
      usedVerifications.add(verified.verificationId);
      return Response.json(
        {
          message: `Account created for ${verified.phoneNumber}`,
          account: { name: name.trim(), email, phoneNumber: verified.phoneNumber, method: verified.method },
        },
        { status: 201 },
      );
    } catch (error) {
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

'use server';

import { ProofError, verifyProof } from '@verikit/proxy';
import { verification } from '@/lib/verification';

export interface SignupState {
  ok: boolean;
  message: string;
}

/**
 * The signup form's server action. The browser's word that the phone is verified is worth nothing: the number
 * comes from the proxy's proof, checked here with the secret that signed it, and each proof creates one account.
 */
export async function createAccount(_previous: SignupState | null, form: FormData): Promise<SignupState> {
  const name = form.get('name');
  const proof = form.get('proof');
  if (typeof name !== 'string' || name.trim() === '') return { ok: false, message: 'Enter your name.' };
  if (typeof proof !== 'string' || proof === '')
    return { ok: false, message: 'Verify your phone number first.' };
  const { proofSecret, usedVerifications } = verification();
  try {
    const verified = await verifyProof(proof, { secret: proofSecret });
    if (usedVerifications.has(verified.verificationId))
      return { ok: false, message: 'This phone verification was already used. Verify again.' };
    usedVerifications.add(verified.verificationId);
    return { ok: true, message: `Account created for ${name.trim()}, ${verified.phoneNumber}` };
  } catch (error) {
    if (error instanceof ProofError)
      return {
        ok: false,
        message: 'Your phone verification could not be checked. Verify your number again.',
      };
    throw error;
  }
}

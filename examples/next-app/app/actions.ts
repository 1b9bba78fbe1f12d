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
  const { proofSecret, usedProofs } = verification();
  try {
    // consume: a proof creates one account; a second use is refused with 'already_used'.
    const verified = await verifyProof(proof, { secret: proofSecret, consume: usedProofs });
    return { ok: true, message: `Account created for ${name.trim()}, ${verified.phoneNumber}` };
  } catch (error) {
    if (!(error instanceof ProofError)) throw error;
    if (error.code === 'already_used')
      return { ok: false, message: 'This phone verification was already used. Verify again.' };
    return { ok: false, message: 'Your phone verification could not be checked. Verify your number again.' };
  }
}

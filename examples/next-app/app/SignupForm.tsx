'use client';

import { VerificationProvider } from '@verikit/react';
import { PhoneVerification } from '@verikit/ui';
import { useActionState, useState } from 'react';
import { createAccount } from './actions';

/** The drop-in verifies the number; the signup form then posts the proxy's proof to the server action. */
export function SignupForm() {
  const [proof, setProof] = useState('');
  const [outcome, submit, isPending] = useActionState(createAccount, null);
  return (
    <>
      <VerificationProvider baseUrl="/api/verification">
        <PhoneVerification
          methods={['sms', 'flashCall', 'callout']}
          headingLevel={2}
          onVerified={(verified) => setProof(verified.proof ?? '')}
        />
      </VerificationProvider>
      <form action={submit}>
        <p>
          <label>
            Name <input name="name" autoComplete="name" required />
          </label>
        </p>
        <input type="hidden" name="proof" value={proof} />
        <button type="submit" disabled={isPending}>
          Create account
        </button>
        {outcome ? <p role={outcome.ok ? 'status' : 'alert'}>{outcome.message}</p> : null}
      </form>
    </>
  );
}

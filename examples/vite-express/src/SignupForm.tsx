import { usePhoneVerification } from '@verikit/react';
import { PhoneInput } from '@verikit/ui';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';

interface SignupValues {
  name: string;
  /** E.164, from PhoneInput; empty until the typed number is complete. */
  phoneNumber: string;
}

type Outcome = { ok: boolean; message: string };

/**
 * One react-hook-form form: the name, the phone number in verikit's PhoneInput, and the verification from the
 * headless `usePhoneVerification` hook with a plain code field. "Create account" posts the proxy's proof with the
 * form to the Express route, which checks it.
 */
export function SignupForm() {
  const id = useId();
  const { register, handleSubmit, trigger, getValues, formState } = useForm<SignupValues>({
    defaultValues: { name: '', phoneNumber: '' },
  });
  const [proof, setProof] = useState('');
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const verification = usePhoneVerification({
    methods: ['sms'],
    onVerified: (verified) => setProof(verified.proof ?? ''),
  });
  const isEnteringNumber = verification.step === 'idle' || verification.step === 'starting';

  const sendCode = async () => {
    if (await trigger('phoneNumber', { shouldFocus: true })) verification.start(getValues('phoneNumber'));
  };

  const createAccount = handleSubmit(async (values) => {
    if (!proof) {
      setOutcome({ ok: false, message: 'Verify your phone number first.' });
      return;
    }
    const response = await fetch('/api/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...values, proof }),
    });
    const answer = (await response.json().catch(() => ({}))) as { message?: string };
    setOutcome({ ok: response.ok, message: answer.message ?? `The server answered ${response.status}.` });
  });

  return (
    <form onSubmit={createAccount} noValidate>
      <p>
        <label htmlFor={`${id}-name`}>Name</label>{' '}
        <input
          id={`${id}-name`}
          autoComplete="name"
          aria-invalid={formState.errors.name ? true : undefined}
          aria-describedby={formState.errors.name ? `${id}-name-error` : undefined}
          {...register('name', { required: 'Enter your name.' })}
        />
        {formState.errors.name ? (
          <span id={`${id}-name-error`} role="alert">
            {formState.errors.name.message}
          </span>
        ) : null}
      </p>

      {/* PhoneInput takes register's spread: the E.164 value (empty while incomplete), blur, name and the ref that
          react-hook-form focuses when the number is missing. */}
      <PhoneInput
        label="Phone number"
        isReadOnly={!isEnteringNumber}
        isInvalid={Boolean(formState.errors.phoneNumber)}
        errorMessage={formState.errors.phoneNumber?.message}
        {...register('phoneNumber', { required: 'Enter a complete phone number.' })}
      />

      {verification.isVerified ? (
        <p>{verification.phoneNumber} is verified.</p>
      ) : isEnteringNumber ? (
        <p>
          <button type="button" onClick={sendCode} aria-disabled={verification.isBusy || undefined}>
            Send code
          </button>
        </p>
      ) : (
        <p>
          <label htmlFor={`${id}-code`}>Code</label>{' '}
          <input
            id={`${id}-code`}
            autoComplete="one-time-code"
            inputMode="numeric"
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />{' '}
          <button
            type="button"
            onClick={() => verification.submitCode(code)}
            disabled={!verification.canSubmit}
          >
            Verify
          </button>{' '}
          <button type="button" onClick={verification.changeNumber}>
            Change number
          </button>
        </p>
      )}
      {verification.error ? <p role="alert">{verification.error.message}</p> : null}

      <button type="submit" disabled={formState.isSubmitting}>
        Create account
      </button>
      {outcome ? <p role={outcome.ok ? 'status' : 'alert'}>{outcome.message}</p> : null}
    </form>
  );
}

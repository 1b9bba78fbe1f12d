import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { submitSignup } from './submitSignup';

export interface SignupFormProps {
  /** The page heading. */
  title: string;
  /** One sentence on how this page verifies the phone. */
  intro: ReactNode;
  /** The phone verification; calls `onProof` with the proxy's proof and the number once it is verified. */
  renderPhone: (onProof: (proof: string, phoneNumber: string) => void) => ReactNode;
}

/**
 * A realistic signup: name, email, a verified phone number, and a submit that sends the proof to the app's backend.
 * The phone part has its own form, so the fields here join the signup form through the `form` attribute instead of
 * nesting forms.
 */
export function SignupForm({ title, intro, renderPhone }: SignupFormProps) {
  const formId = useId();
  const [verified, setVerified] = useState<{ proof: string; phoneNumber: string }>();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const phoneRef = useRef<HTMLElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting) return;
    const data = new FormData(event.currentTarget);
    if (!verified) {
      setOutcome({ ok: false, message: 'Verify your phone number first.' });
      phoneRef.current?.querySelector<HTMLElement>('input, button')?.focus();
      return;
    }
    setIsSubmitting(true);
    const result = await submitSignup({
      name: String(data.get('name') ?? ''),
      email: String(data.get('email') ?? ''),
      // The number the form shows with its proof: the backend checks that the proof is for this number.
      ...verified,
    });
    setIsSubmitting(false);
    setOutcome(result);
  };

  return (
    <section className="signup" aria-labelledby={`${formId}-title`}>
      <h1 id={`${formId}-title`}>{title}</h1>
      <p className="signup__intro">{intro}</p>
      <form id={formId} className="signup__fields" onSubmit={onSubmit} aria-label="Your details">
        <label className="field">
          <span className="field__label">Name</span>
          <input name="name" autoComplete="name" required />
        </label>
        <label className="field">
          <span className="field__label">Email</span>
          <input name="email" type="email" autoComplete="email" required />
        </label>
      </form>
      <section ref={phoneRef} className="signup__phone" aria-label="Phone verification">
        {renderPhone((proof, phoneNumber) => setVerified({ proof, phoneNumber }))}
      </section>
      <button
        type="submit"
        form={formId}
        className="signup__submit"
        aria-disabled={isSubmitting || undefined}
      >
        {isSubmitting ? 'Creating your account…' : 'Create account'}
      </button>
      {outcome?.ok ? (
        <p role="status" className="signup__outcome" data-ok="">
          {outcome.message}
        </p>
      ) : null}
      {outcome && !outcome.ok ? (
        <p ref={alertRef} role="alert" className="signup__outcome">
          {outcome.message}
        </p>
      ) : null}
    </section>
  );
}

import type { VerificationMethod } from '@verikit/core';
import { usePhoneVerification } from '@verikit/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { DemoBotCheck } from './DemoBotCheck';

export interface HeadlessVerificationProps {
  /** Methods offered, first is the default. */
  methods: readonly VerificationMethod[];
  /** Must match the proxy's cooldown. */
  resendCooldownMs: number;
  /** Called once with the proxy's proof when the number is verified. */
  onProof: (proof: string, phoneNumber: string) => void;
}

const METHOD_LABELS: Record<VerificationMethod, string> = {
  sms: 'Text message',
  flashCall: 'Missed call',
  callout: 'Voice call',
  seamless: 'Mobile data',
  whatsapp: 'WhatsApp message',
};

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Phone verification from the headless hook alone: plain `<input>`s and `<button>`s, no verikit component and no
 * verikit style. Everything it shows comes from `usePhoneVerification`'s state.
 */
export function HeadlessVerification({ methods, resendCooldownMs, onProof }: HeadlessVerificationProps) {
  const id = useId();
  const flow = usePhoneVerification({
    methods,
    resendCooldownMs,
    onVerified: ({ proof, phoneNumber }) => {
      if (proof) onProof(proof, phoneNumber);
    },
  });
  const [phone, setPhone] = useState(flow.phoneNumber);
  const [method, setMethod] = useState<VerificationMethod>(methods[0] ?? 'sms');
  // The typed code belongs to one verification: a resend or a fallback starts from an empty field.
  const [typed, setTyped] = useState({ verificationId: flow.verificationId, code: '' });
  const code = typed.verificationId === flow.verificationId ? typed.code : '';
  const setCode = (value: string) => setTyped({ verificationId: flow.verificationId, code: value });
  const codeRef = useRef<HTMLInputElement>(null);
  const phoneRef = useRef<HTMLInputElement>(null);
  // The view to show is the flow's decision, the same one the drop-in reads.
  const isEntering = flow.view === 'phone' || flow.challenge === undefined;

  // Focus follows the step: the code field when a code is on its way, the number when going back.
  useEffect(() => {
    if (flow.step === 'waiting') codeRef.current?.focus();
  }, [flow.step]);

  // Each answer to a bot-check token (a refusal) renders the demo widget afresh, for a new token.
  const [widgetRound, setWidgetRound] = useState(0);
  useEffect(() => {
    if (flow.step === 'botCheck' && flow.error) setWidgetRound((round) => round + 1);
  }, [flow.step, flow.error]);

  const error = flow.error ? <p role="alert">{flow.error.message}</p> : null;

  if (flow.view === 'verified')
    return (
      <div>
        <h2>Phone verified</h2>
        <p>{flow.phoneNumber} is verified.</p>
      </div>
    );

  // The proxy asks for a bot check (VERIKIT_PLAYGROUND_BOT_CHECK): the demo widget, and the token goes to the flow.
  const botCheck = flow.view === 'botCheck' ? flow.botCheck : undefined;
  if (botCheck)
    return (
      <section aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>Confirm you are a person</h2>
        {error}
        <DemoBotCheck
          key={widgetRound}
          challenge={botCheck.challenge}
          onToken={flow.submitBotCheckToken}
          onError={() => undefined}
          onExpire={() => undefined}
          reset={widgetRound}
          isBusy={flow.isBusy}
        />
        <button type="button" onClick={flow.cancelBotCheck}>
          Back
        </button>
      </section>
    );

  if (isEntering) {
    const onStart = (event: FormEvent) => {
      event.preventDefault();
      flow.start(phone.replace(/[\s()-]/g, ''), method);
    };
    return (
      <form onSubmit={onStart} aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>Verify your phone number</h2>
        <label htmlFor={`${id}-phone`}>Phone number, with country code</label>
        <input
          ref={phoneRef}
          id={`${id}-phone`}
          type="tel"
          autoComplete="tel"
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          placeholder="+46 70 123 45 67"
          aria-invalid={flow.error ? true : undefined}
          aria-describedby={flow.error ? `${id}-phone-error` : undefined}
        />
        {flow.error ? (
          <p id={`${id}-phone-error`} role="alert">
            {flow.error.message}
          </p>
        ) : null}
        <fieldset>
          <legend>Verify by</legend>
          {methods.map((candidate) => (
            <label key={candidate}>
              <input
                type="radio"
                name={`${id}-method`}
                value={candidate}
                checked={method === candidate}
                onChange={() => setMethod(candidate)}
              />
              {METHOD_LABELS[candidate]}
            </label>
          ))}
        </fieldset>
        <button type="submit" aria-disabled={flow.isBusy || undefined}>
          {flow.isBusy ? 'Sending…' : 'Send'}
        </button>
      </form>
    );
  }

  const challenge = flow.challenge;
  const isCli = challenge?.kind === 'cli';
  const cli = isCli ? challenge.cli : undefined;
  const codeLabel =
    cli?.kind === 'digits'
      ? `Last ${cli.unknownDigits} digits of the number that called you (${cli.prefix}…)`
      : cli
        ? 'The number that called you'
        : 'Code';
  const onSubmitCode = (event: FormEvent) => {
    event.preventDefault();
    flow.submitCode(code);
  };
  return (
    <form onSubmit={onSubmitCode} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {challenge?.method === 'sms'
          ? `Enter the code sent to ${flow.phoneNumber}`
          : challenge?.method === 'callout'
            ? `Enter the code read out in the call to ${flow.phoneNumber}`
            : challenge?.method === 'whatsapp'
              ? `Enter the code sent on WhatsApp to ${flow.phoneNumber}`
              : challenge?.method === 'flashCall'
                ? `We called ${flow.phoneNumber}: don’t answer`
                : `Checking ${flow.phoneNumber}`}
      </h2>
      {flow.expiresAt !== undefined ? <p>Time left: {clock(flow.secondsLeft)}</p> : null}
      {challenge?.kind === 'seamless' ? null : (
        <>
          <label htmlFor={`${id}-code`}>{codeLabel}</label>
          <input
            ref={codeRef}
            id={`${id}-code`}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoComplete="one-time-code"
            inputMode="numeric"
            aria-invalid={flow.error ? true : undefined}
          />
          <button type="submit" aria-disabled={!flow.canSubmit || undefined}>
            {flow.step === 'verifying' ? 'Checking…' : 'Verify'}
          </button>
        </>
      )}
      {error}
      <p>Attempts left: {flow.attemptsLeft}</p>
      <button type="button" onClick={flow.resend} aria-disabled={!flow.canResend || undefined}>
        {flow.canResend ? 'Send a new code' : `Send a new code in ${clock(flow.resendInSeconds)}`}
      </button>
      {flow.canFallback && flow.nextMethod ? (
        <button type="button" onClick={() => flow.fallback()}>
          Try {METHOD_LABELS[flow.nextMethod].toLowerCase()} instead
        </button>
      ) : null}
      <button type="button" onClick={flow.changeNumber}>
        Change number
      </button>
    </form>
  );
}

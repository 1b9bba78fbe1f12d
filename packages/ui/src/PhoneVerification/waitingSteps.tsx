import type { CodeChallenge, FlowChallenge, VerificationMethod } from '@verikit/core';
import type { UsePhoneVerificationResult } from '@verikit/react';
import type { ReactNode } from 'react';
import { CalloutWaiting } from '../CalloutWaiting';
import type { CodeWaitingProps } from '../CodeWaiting';
import { FlashcallWaiting } from '../FlashcallWaiting';
import { SeamlessWaiting } from '../SeamlessWaiting';
import { SmsWaiting } from '../SmsWaiting';
import type { StepCommonProps } from '../StepFrame';
import { WhatsAppWaiting } from '../WhatsAppWaiting';

/** What the drop-in hands the waiting step of the current method. */
export interface WaitingStepContext<Method extends VerificationMethod> {
  challenge: Extract<FlowChallenge, { method: Method }>;
  flow: UsePhoneVerificationResult;
  /** The props every step shares (number, countdowns, resend, fallback, change number). */
  common: StepCommonProps;
  /** An error about what was typed, in words, for the step's field. */
  fieldError: string | undefined;
}

/** A code step's props from the flow (SMS, callout, and any method whose challenge is a typed code). */
function codeStepProps(
  {
    challenge,
    flow,
    common,
    fieldError,
  }: Omit<WaitingStepContext<VerificationMethod>, 'challenge'> & {
    challenge: CodeChallenge;
  },
  isWebOtp: boolean,
): CodeWaitingProps {
  const isVerifying = flow.step === 'verifying';
  return {
    ...common,
    codeLength: challenge.codeLength,
    characters: challenge.codeType === 'Numeric' ? 'numeric' : 'alphanumeric',
    onComplete: flow.submitCode,
    isVerifying,
    errorMessage: fieldError,
    attemptsLeft: fieldError ? flow.attemptsLeft : undefined,
    otpInputProps: { isDisabled: !flow.canSubmit && !isVerifying, webOtp: isWebOtp },
  };
}

/**
 * The drop-in's waiting step, one entry per method: a method missing here is a type error. Each entry renders the
 * method's own step component; a new verification (resend, fallback) gets a fresh one, keyed by its id.
 */
export const WAITING_STEPS = {
  sms: (context) => <SmsWaiting key={context.flow.verificationId} {...codeStepProps(context, true)} />,
  callout: (context) => (
    <CalloutWaiting key={context.flow.verificationId} {...codeStepProps(context, false)} />
  ),
  flashCall: ({ challenge, flow, common, fieldError }) => {
    const isVerifying = flow.step === 'verifying';
    return (
      <FlashcallWaiting
        key={flow.verificationId}
        {...common}
        challenge={challenge.cli}
        onSubmit={flow.submitCode}
        isVerifying={isVerifying}
        errorMessage={fieldError}
        otpInputProps={{ isDisabled: !flow.canSubmit && !isVerifying }}
      />
    );
  },
  seamless: ({ flow, common }) => <SeamlessWaiting key={flow.verificationId} {...common} />,
  whatsapp: (context) => (
    <WhatsAppWaiting key={context.flow.verificationId} {...codeStepProps(context, false)} />
  ),
} satisfies { [Method in VerificationMethod]: (context: WaitingStepContext<Method>) => ReactNode };

/** The waiting step for the flow's current challenge. */
export function waitingStep(context: WaitingStepContext<VerificationMethod>): ReactNode {
  const render = WAITING_STEPS[context.challenge.method] as (
    context: WaitingStepContext<VerificationMethod>,
  ) => ReactNode;
  return render(context);
}

import { type CodeChallenge, type FlowChallenge, METHOD_DEFINITIONS } from '@verikit/core';
import type { OtpCharacters } from '@verikit/react';
import { flowMessages } from './i18n/flowMessages';
import { useLocalized } from './i18n/LocaleProvider';
import { OtpInput, type OtpInputProps } from './OtpInput/OtpInput';
import { type StepCommonProps, StepFrame } from './StepFrame';

/** The methods whose challenge is a typed code (SMS, callout, WhatsApp). */
export type CodeMethod = Extract<FlowChallenge, CodeChallenge>['method'];

/** What a step where the person types a code (`SmsWaiting`, `CalloutWaiting`, `WhatsAppWaiting`) takes. */
export interface CodeWaitingProps extends StepCommonProps {
  /** Characters in the code. @default the method's own in core's registry (`METHOD_DEFINITIONS[method].codeLength`: 4) */
  codeLength?: number;
  /** @default 'numeric' */
  characters?: OtpCharacters;
  /** The code, when controlled. */
  value?: string;
  /** Called with the cleaned code on every change. */
  onChange?: (code: string) => void;
  /** Called once per complete code: submit it. */
  onComplete: (code: string) => void;
  /** The code is being checked. @default false */
  isVerifying?: boolean;
  /** The last attempt's error, in words; marks the field invalid. */
  errorMessage?: string;
  /** Attempts left, shown after an error. */
  attemptsLeft?: number;
  /** Focus the code field when the step appears. @default true */
  autoFocus?: boolean;
  /** Props for the inner `OtpInput` (classes, masking, WebOTP). */
  otpInputProps?: Partial<OtpInputProps>;
}

export function CodeWaiting({
  method,
  ...props
}: CodeWaitingProps & { method: CodeMethod; heading: string; leadKey: string }) {
  const { t } = useLocalized(flowMessages);
  const error =
    props.errorMessage === undefined
      ? undefined
      : props.attemptsLeft === undefined
        ? props.errorMessage
        : `${props.errorMessage} ${t('flow.attemptsLeft', { count: props.attemptsLeft })}`;
  return (
    <StepFrame
      {...props}
      step={method}
      timedOutNote={t('flow.timedOut')}
      state={{ 'data-verifying': props.isVerifying ? '' : undefined, 'data-invalid': error ? '' : undefined }}
      error={error}
      isVerifying={props.isVerifying}
    >
      <OtpInput
        length={props.codeLength ?? METHOD_DEFINITIONS[method].codeLength}
        characters={props.characters}
        value={props.value}
        onChange={props.onChange}
        onComplete={props.onComplete}
        isVerifying={props.isVerifying}
        isInvalid={error !== undefined}
        errorMessage={error}
        autoFocus={props.autoFocus ?? true}
        unstyled={props.unstyled}
        {...props.otpInputProps}
      />
    </StepFrame>
  );
}

import type { CliChallenge } from '@verikit/core';
import { type FormEvent, useId, useState } from 'react';
import { flowMessages } from './i18n/flowMessages';
import { useLocalized } from './i18n/LocaleProvider';
import { OtpInput, type OtpInputProps } from './OtpInput/OtpInput';
import { partClass } from './partClass';
import { type StepCommonProps, StepFrame } from './StepFrame';

export interface FlashcallWaitingProps extends StepCommonProps {
  /** What the person must type, from core's `parseCliFilter(cliFilter)` (the flow's `challenge.cli`). */
  challenge: CliChallenge;
  /**
   * Called with what the person typed: the missing digits, or the whole caller number when the filter leaves its
   * length open. `usePhoneVerification`'s `submitCode` takes exactly this and completes the caller number itself.
   */
  onSubmit: (input: string) => void;
  /** The number is being checked. @default false */
  isVerifying?: boolean;
  /** The last attempt's error, in words; marks the field invalid. */
  errorMessage?: string;
  /** Focus the field when the step appears. @default true */
  autoFocus?: boolean;
  /** Props for the inner `OtpInput` when digits are asked for. */
  otpInputProps?: Partial<OtpInputProps>;
}

/** Literal text of a filter (`\+46` → `+46`): Sinch escapes regex characters outside the groups. */
function literal(text: string) {
  return text.replace(/\\(.)/g, '$1');
}

/**
 * The flash call step: "we are calling you — don't answer", the number called, the countdown of the call window,
 * and the entry of the caller number — only the digits the filter leaves unknown, drawn after its known start —
 * then a timed-out state with resend and the fallback methods.
 */
export function FlashcallWaiting(props: FlashcallWaitingProps) {
  const { t } = useLocalized(flowMessages);
  const { challenge, isVerifying = false, unstyled = false } = props;
  const isInvalid = props.errorMessage !== undefined;
  const state = {
    'data-verifying': isVerifying ? '' : undefined,
    'data-invalid': isInvalid ? '' : undefined,
  };
  return (
    <StepFrame
      {...props}
      step="flashCall"
      heading={t('flashCall.heading')}
      leadKey="flashCall.lead"
      timedOutNote={t('flow.timedOut')}
      state={state}
      error={props.errorMessage}
      isVerifying={isVerifying}
    >
      {challenge.kind === 'digits' ? (
        <OtpInput
          length={challenge.unknownDigits}
          label={t('flashCall.digitsLabel', { count: challenge.unknownDigits })}
          description={t('flashCall.knownPart', {
            pattern: challenge.parts
              .map((part) => (typeof part === 'string' ? literal(part) : '•'.repeat(part)))
              .join(''),
          })}
          prefix={literal(challenge.prefix) || undefined}
          suffix={literal(challenge.suffix) || undefined}
          onComplete={props.onSubmit}
          isVerifying={isVerifying}
          isInvalid={isInvalid}
          errorMessage={props.errorMessage}
          autoFocus={props.autoFocus ?? true}
          webOtp={false}
          unstyled={unstyled}
          {...props.otpInputProps}
        />
      ) : (
        <WholeNumberForm {...props} hint={literal(challenge.hint)} isVerifying={isVerifying} />
      )}
    </StepFrame>
  );
}

function WholeNumberForm(props: FlashcallWaitingProps & { hint: string; isVerifying: boolean }) {
  const { t } = useLocalized(flowMessages);
  const [value, setValue] = useState('');
  const id = useId();
  const unstyled = props.unstyled ?? false;
  const isInvalid = props.errorMessage !== undefined;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!props.isVerifying && value.trim() !== '') props.onSubmit(value.trim());
  };
  return (
    <form className={partClass(unstyled, 'vk-field', undefined)} onSubmit={onSubmit} noValidate>
      <label className={partClass(unstyled, 'vk-field__label', undefined)} htmlFor={`${id}-input`}>
        {t('flashCall.numberLabel')}
      </label>
      <input
        id={`${id}-input`}
        className={partClass(unstyled, 'vk-field__input', undefined)}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        dir="ltr"
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        readOnly={props.isVerifying}
        aria-busy={props.isVerifying || undefined}
        aria-invalid={isInvalid || undefined}
        aria-describedby={[`${id}-hint`, isInvalid ? `${id}-error` : ''].filter(Boolean).join(' ')}
        // biome-ignore lint/a11y/noAutofocus: the step just appeared because the person asked for the call.
        autoFocus={props.autoFocus ?? true}
        data-invalid={isInvalid ? '' : undefined}
      />
      <p id={`${id}-hint`} className={partClass(unstyled, 'vk-field__description', undefined)}>
        {t('flashCall.numberHint', { hint: props.hint === '' ? 'none' : props.hint })}
      </p>
      {isInvalid ? (
        <p id={`${id}-error`} className={partClass(unstyled, 'vk-field__error', undefined)}>
          {props.errorMessage}
        </p>
      ) : null}
      <button
        type="submit"
        className={partClass(unstyled, 'vk-button', undefined)}
        data-variant="primary"
        aria-disabled={props.isVerifying || undefined}
      >
        {t('flashCall.submit')}
      </button>
    </form>
  );
}

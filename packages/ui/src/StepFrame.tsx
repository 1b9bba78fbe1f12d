import type { VerificationMethod } from '@verikit/core';
import { type ReactNode, type Ref, useId } from 'react';
import { Countdown } from './Countdown';
import { formatDuration } from './formatDuration';
import { flowMessages } from './i18n/flowMessages';
import { useLocalized } from './i18n/LocaleProvider';
import { partClass } from './partClass';

/** The parts every step shares, each with a `vk-step__*` class and `data-*` state. */
export type StepPart =
  | 'root'
  | 'heading'
  | 'lead'
  | 'timer'
  | 'body'
  | 'note'
  | 'actions'
  | 'resend'
  | 'changeNumber'
  | 'fallback'
  | 'fallbackButton';

/** What the waiting steps (`SmsWaiting`, `FlashcallWaiting`, `CalloutWaiting`, `SeamlessWaiting`) share. */
export interface StepCommonProps {
  /** The number being verified, formatted for display (e.g. `+46 70 123 45 67`). */
  phoneNumber: string;
  /** Seconds left to wait for the code or call; `0` shows the timed-out note. Omit to hide the countdown. */
  secondsLeft?: number;
  /** Seconds until `onResend` may be used again; `0` enables it. Omit (or omit `onResend`) to offer no resend. */
  resendInSeconds?: number;
  /** Request a new code or call. */
  onResend?: () => void;
  /** Other methods the person may switch to, in order of preference. @default [] */
  fallbackMethods?: readonly VerificationMethod[];
  /** Switch to another method. */
  onFallback?: (method: VerificationMethod) => void;
  /** Go back to the phone number. Omit to hide "Change number". */
  onChangeNumber?: () => void;
  /** The heading's level, to fit the page's outline. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Class of the root element. */
  className?: string;
  /** Classes per part, added to (or with `unstyled`, instead of) the `vk-step__*` classes. */
  classNames?: Partial<Record<StepPart, string>>;
  /** Drop every `vk-*` class. @default false */
  unstyled?: boolean;
}

interface StepFrameProps extends StepCommonProps {
  step: VerificationMethod;
  heading: string;
  lead: ReactNode;
  children?: ReactNode;
  /** Tells the heading to take focus (steps without a field). */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Note shown once time is up. */
  timedOutNote?: string;
  /** Extra state for the root's `data-*` attributes. */
  state?: Record<`data-${string}`, string | undefined>;
}

/** The frame of a waiting step: heading, lead, countdown, the step's field, resend, change number, fallback. */
export function StepFrame(props: StepFrameProps) {
  const { t, locale } = useLocalized(flowMessages);
  const {
    step,
    secondsLeft,
    resendInSeconds,
    onResend,
    fallbackMethods = [],
    onFallback,
    onChangeNumber,
    headingLevel = 2,
    unstyled = false,
    classNames,
  } = props;
  const headingId = useId();
  const part = (name: StepPart) => partClass(unstyled, `vk-step__${name}`, classNames?.[name]);
  const isTimedOut = secondsLeft !== undefined && secondsLeft <= 0;
  const canResend = resendInSeconds === undefined || resendInSeconds <= 0;
  const Heading = `h${headingLevel}` as const;
  const state = { 'data-step': step, 'data-timed-out': isTimedOut ? '' : undefined, ...props.state };
  const resendMethod = step === 'sms' ? 'sms' : 'call';
  const offeredFallbacks = onFallback ? fallbackMethods.filter((method) => method !== step) : [];

  return (
    <section
      className={partClass(
        unstyled,
        'vk-step',
        [props.className, classNames?.root].filter(Boolean).join(' '),
      )}
      aria-labelledby={headingId}
      {...state}
    >
      <Heading id={headingId} ref={props.headingRef} tabIndex={-1} className={part('heading')} {...state}>
        {props.heading}
      </Heading>
      <p className={part('lead')} {...state}>
        {props.lead}
      </p>
      {secondsLeft !== undefined ? (
        <p className={part('timer')} {...state}>
          <span id={`${headingId}-timer`}>{t('flow.timeLeft')}</span>{' '}
          <Countdown secondsLeft={secondsLeft} locale={locale} aria-labelledby={`${headingId}-timer`} />
        </p>
      ) : null}
      <div className={part('body')} {...state}>
        {props.children}
      </div>
      {isTimedOut && props.timedOutNote ? (
        <p className={part('note')} {...state}>
          {props.timedOutNote}
        </p>
      ) : null}
      {onResend || onChangeNumber ? (
        <div className={part('actions')} {...state}>
          {onResend ? (
            <button
              type="button"
              className={part('resend')}
              // aria-disabled, not disabled: the button stays focusable, so the countdown in its name is findable.
              aria-disabled={!canResend || undefined}
              data-cooldown={canResend ? undefined : ''}
              onClick={() => {
                if (canResend) onResend();
              }}
            >
              {canResend
                ? t('flow.resend', { method: resendMethod })
                : t('flow.resendIn', {
                    method: resendMethod,
                    time: formatDuration(resendInSeconds ?? 0, locale),
                  })}
            </button>
          ) : null}
          {onChangeNumber ? (
            <button type="button" className={part('changeNumber')} onClick={onChangeNumber}>
              {t('flow.changeNumber')}
            </button>
          ) : null}
        </div>
      ) : null}
      {offeredFallbacks.length > 0 ? (
        <fieldset className={part('fallback')} {...state}>
          <legend>{t('flow.fallbackLegend')}</legend>
          {offeredFallbacks.map((method) => (
            <button
              key={method}
              type="button"
              className={part('fallbackButton')}
              data-method={method}
              onClick={() => onFallback?.(method)}
            >
              {t('flow.fallback', { method })}
            </button>
          ))}
        </fieldset>
      ) : null}
    </section>
  );
}

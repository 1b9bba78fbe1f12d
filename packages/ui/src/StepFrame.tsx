import { METHOD_DEFINITIONS, type VerificationMethod } from '@verikit/core';
import { type ReactNode, type Ref, useId } from 'react';
import { Countdown } from './Countdown';
import { formatDuration } from './formatDuration';
import { flowMessages } from './i18n/flowMessages';
import { useLocalized } from './i18n/LocaleProvider';
import { LiveRegion } from './LiveRegion';
import { partClass } from './partClass';
import { useStepAnnouncement } from './useStepAnnouncement';
import { NUMBER_SLOT, withIsolatedNumber } from './withIsolatedNumber';

/** The parts every step shares, each with a `vk-step__*` class and `data-*` state. */
export type StepPart =
  | 'root'
  | 'heading'
  | 'lead'
  | 'number'
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
  /** The number being verified, in E.164 (`+46700000100`), as the flow has it. */
  phoneNumber: string;
  /**
   * The number as people read it (`+46 70 000 01 00`), shown in the lead and announced; kept left to right in
   * right-to-left text. The drop-in formats it with the phone engine its phone field already loaded.
   * @default phoneNumber
   */
  displayNumber?: string;
  /** Seconds left to wait for the code or call; `0` shows the timed-out note. Omit to hide the countdown. */
  secondsLeft?: number;
  /** Seconds until `onResend` may be used again; `0` enables it. Omit (or omit `onResend`) to offer no resend. */
  resendInSeconds?: number;
  /**
   * Whether `onResend` may be used now: the flow's own answer (core's `canResend`), which also says no while a resend
   * or fallback request is in flight. The drop-in passes `flow.canResend`.
   * @default derived from `resendInSeconds`: true when it is omitted or `0`
   */
  canResend?: boolean;
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
  /**
   * Say in a polite live region that the step appeared, each new error, "Checking…", countdown milestones (60, 30,
   * 10 seconds, time up) and the end of the resend cooldown. Turn it off where the page already announces these
   * (the drop-in does, in one region for the whole flow). @default true
   */
  announce?: boolean;
}

interface StepFrameProps extends StepCommonProps {
  step: VerificationMethod;
  heading: string;
  /** The `flowMessages` key of the lead; its `{phone}` is the number, isolated left to right. */
  leadKey: string;
  children?: ReactNode;
  /** Tells the heading to take focus (steps without a field). */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Note shown once time is up. */
  timedOutNote?: string;
  /** Extra state for the root's `data-*` attributes. */
  state?: Record<`data-${string}`, string | undefined>;
  /** The step's error in words, for the live region. */
  error?: string;
  /** The code or number is being checked, for the live region. */
  isVerifying?: boolean;
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
  const isCoolingDown = resendInSeconds !== undefined && resendInSeconds > 0;
  const canResend = props.canResend ?? !isCoolingDown;
  const Heading = `h${headingLevel}` as const;
  const state = { 'data-step': step, 'data-timed-out': isTimedOut ? '' : undefined, ...props.state };
  // The resend wording's select: a new message (`sms`) or a new call.
  const resendMethod = METHOD_DEFINITIONS[step].delivery === 'message' ? 'sms' : 'call';
  const offeredFallbacks = onFallback ? fallbackMethods.filter((method) => method !== step) : [];
  const displayNumber = props.displayNumber || props.phoneNumber;
  const announcement = useStepAnnouncement(
    {
      step,
      phone: displayNumber,
      secondsLeft,
      canResend: onResend !== undefined && canResend,
      error: props.error,
      isVerifying: props.isVerifying ?? false,
    },
    props.announce ?? true,
  );

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
        {withIsolatedNumber(t(props.leadKey, { phone: NUMBER_SLOT }), displayNumber, part('number'))}
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
              data-cooldown={!canResend && isCoolingDown ? '' : undefined}
              onClick={() => {
                if (canResend) onResend();
              }}
            >
              {canResend || !isCoolingDown
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
      {props.announce === false ? null : <LiveRegion>{announcement}</LiveRegion>}
    </section>
  );
}

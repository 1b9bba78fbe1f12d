import { VerificationError, type VerificationMethod } from '@verikit/core';
import type { CountryCode } from '@verikit/core/phone';
import {
  type PhoneChangeDetails,
  type PhoneFieldValidation,
  type UsePhoneVerificationOptions,
  usePhoneVerification,
} from '@verikit/react';
import {
  type FormEvent,
  lazy,
  type ReactNode,
  Suspense,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { formatDuration } from '../formatDuration';
import { errorMessages } from '../i18n/errorMessages';
import { useLocalized } from '../i18n/LocaleProvider';
import { LiveRegion } from '../LiveRegion';
import { PhoneInput } from '../PhoneInput/PhoneInput';
import { partClass } from '../partClass';
import type { StepCommonProps } from '../StepFrame';
import { NUMBER_SLOT, withIsolatedNumber } from '../withIsolatedNumber';
import type { BotCheckSlotProps } from './BotCheckStep';
import { displayPhoneNumber } from './displayPhoneNumber';
import { phoneVerificationMessages } from './phoneVerificationMessages';
import { useFlowAnnouncement } from './useFlowAnnouncement';
import { waitingStep } from './waitingSteps';

export interface PhoneVerificationProps extends Omit<UsePhoneVerificationOptions, 'webOtp'> {
  /** Countries the number may come from (match the proxy's allow-list). @default all */
  countries?: readonly CountryCode[];
  /** The country the phone field starts with. @default the browser locale's */
  defaultCountry?: CountryCode;
  /** The heading level of each step, to fit the page's outline. @default 2 */
  headingLevel?: StepCommonProps['headingLevel'];
  /** Class of the root element, added to `vk-verification`. */
  className?: string;
  /** Drop every `vk-*` class. @default false */
  unstyled?: boolean;
  /**
   * Renders the bot-check widget when the proxy asks for one (`botCheck` option): Cloudflare Turnstile, hCaptcha or
   * your own, by `challenge.provider` and `challenge.siteKey`; hand its token to `onToken`. Without it, a demanded
   * bot check can only be shown as an error (and the console says so once).
   * @default none
   */
  renderBotCheck?: (props: BotCheckSlotProps) => ReactNode;
}

// Loaded only when a proxy asks for a bot check: most people never see it, so the first load does not carry it.
const BotCheckStep = lazy(() =>
  import('./BotCheckStep').then((module) => ({ default: module.BotCheckStep })),
);

let hasWarnedNoBotCheckSlot = false;

/** The number's numbering plan is still loading: it cannot be checked (or even known) yet. */
function isAwaitingPlan(validation: PhoneFieldValidation): boolean {
  // A plan that failed to load is a problem, not a wait: a queued submit must not hang on it.
  return validation.status === 'pending' && validation.problem === undefined;
}

/**
 * The whole phone verification as one drop-in: phone number, method choice (only the allowed methods), the code or
 * call step, verified. Resend with a visible cooldown, automatic and manual fallback, every error in words, step
 * changes announced politely and focus moved to each new step's field. Needs a `VerificationProvider` above it.
 */
export function PhoneVerification(props: PhoneVerificationProps) {
  const {
    countries,
    defaultCountry,
    headingLevel = 2,
    className,
    unstyled = false,
    renderBotCheck,
    ...hookOptions
  } = props;
  const { t, locale } = useLocalized(phoneVerificationMessages);
  const { t: tError } = useLocalized(errorMessages);
  // WebOTP runs in the code field instead, so the code the browser read shows in the slots before it is checked.
  const flow = usePhoneVerification({ locale, ...hookOptions, webOtp: false });
  const methods = flow.flow.settings.methods;
  // The phone field's last report: its E.164 number, and its validation (what it finds wrong it says in its own
  // words: too short, plan unavailable, …).
  const [phone, setPhone] = useState<{ e164: string | undefined; validation?: PhoneFieldValidation }>({
    e164: flow.phoneNumber || undefined,
  });
  const phoneNumber = phone.e164;
  const phoneProblem = phone.validation?.problem;
  // A submit made while the plan loads: the verification starts as soon as the number can be read.
  const [isSubmitQueued, setIsSubmitQueued] = useState(false);
  const [method, setMethod] = useState<VerificationMethod>(methods[0] ?? 'sms');
  const [hasSubmittedPhone, setHasSubmittedPhone] = useState(false);
  const formId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const errorText = (error: VerificationError | undefined) => {
    if (!error) return undefined;
    const values: Record<string, string | number> = { ...error.values };
    if (error.code === 'rate_limited' || error.code === 'resend_cooldown') {
      // A live "try again in 0:42" while the proxy's Retry-After runs.
      values.retry = flow.resendInSeconds > 0 ? 'known' : 'unknown';
      values.time = formatDuration(flow.resendInSeconds, locale);
    }
    return tError(error.messageKey, values);
  };
  const message = errorText(flow.error);
  const errorCode = flow.error?.code;
  // Where each error belongs, which view shows and which methods are left are the flow's decisions (core).
  const isCodeError = flow.errorTarget === 'code';
  const isPhoneError = flow.errorTarget === 'phone';

  const challenge = flow.challenge;
  const isPhoneStep = flow.view === 'phone' || challenge === undefined;
  // Why the method changed by itself (a failed delivery), until the person starts anew.
  const fallbackNotice =
    flow.fellBackFrom && flow.method
      ? t('fallback.notice', { reason: errorText(flow.fellBackFrom.error) ?? '', method: flow.method })
      : undefined;
  const displayNumber = useMemo(() => displayPhoneNumber(flow.phoneNumber), [flow.phoneNumber]);
  const announcement = useFlowAnnouncement(flow, message, isPhoneStep, fallbackNotice, displayNumber);

  const verified = flow.view === 'verified';
  useEffect(() => {
    if (verified) headingRef.current?.focus();
  }, [verified]);
  const isBotCheck = flow.view === 'botCheck' && flow.botCheck !== undefined;
  // A widget that failed on its own is the flow's error in the bot-check step: shown, announced, widget renewed.
  // Made here, not in the lazy step: a value the step imported from core would make core a chunk of its own, in the
  // first load of every esbuild page that loads anything from this package (OtpInput alone: +1.8 kB).
  const [onBotCheckWidgetError] = useState(
    () => (detail: string) =>
      flow.flow.dispatch({
        type: 'invalidInput',
        error: new VerificationError('bot_check_failed', { detail }),
      }),
  );
  useEffect(() => {
    if (!isBotCheck || renderBotCheck || hasWarnedNoBotCheckSlot) return;
    hasWarnedNoBotCheckSlot = true;
    console.warn(
      'PhoneVerification: the proxy asks for a bot check; pass `renderBotCheck` to render its widget.',
    );
  }, [isBotCheck, renderBotCheck]);

  const submitPhone = (e164: string | undefined) => {
    setHasSubmittedPhone(true);
    if (e164 === undefined || flow.isBusy) return;
    flow.start(e164, method);
  };
  const onSubmitPhone = (event: FormEvent) => {
    event.preventDefault();
    // A number typed or autofilled right after the page loaded can be submitted before its plan arrives: waiting for
    // it beats refusing a good number as empty (and losing the person's click).
    if (phone.validation && isAwaitingPlan(phone.validation)) setIsSubmitQueued(true);
    else submitPhone(phoneNumber);
  };
  const onPhoneChange = (e164: string | undefined, details: PhoneChangeDetails) => {
    setPhone({ e164, validation: details.validation });
    if (isSubmitQueued && !isAwaitingPlan(details.validation)) {
      setIsSubmitQueued(false);
      submitPhone(e164);
    }
  };

  const common: StepCommonProps = {
    phoneNumber: flow.phoneNumber,
    displayNumber,
    // The drop-in's one live region speaks for every step.
    announce: false,
    secondsLeft: flow.expiresAt === undefined ? undefined : flow.secondsLeft,
    resendInSeconds: flow.resendInSeconds,
    // Core's answer, which also says no while a resend or fallback is in flight.
    canResend: flow.canResend,
    onResend: flow.resend,
    fallbackMethods: flow.fallbackMethods,
    onFallback: flow.fallback,
    onChangeNumber: flow.changeNumber,
    headingLevel,
    unstyled,
  };
  const isBusy = flow.isBusy || isSubmitQueued;

  let body: ReactNode;
  if (verified) {
    const Heading = `h${headingLevel}` as const;
    body = (
      <section className={partClass(unstyled, 'vk-verification__verified', undefined)} data-step="verified">
        <Heading
          ref={headingRef}
          tabIndex={-1}
          className={partClass(unstyled, 'vk-step__heading', undefined)}
        >
          {t('verified.heading')}
        </Heading>
        <p className={partClass(unstyled, 'vk-step__lead', undefined)}>
          {withIsolatedNumber(t('verified.lead', { phone: NUMBER_SLOT }), displayNumber)}
        </p>
      </section>
    );
  } else if (isBotCheck && renderBotCheck && flow.botCheck) {
    body = (
      <Suspense fallback={null}>
        <BotCheckStep
          botCheck={flow.botCheck}
          render={renderBotCheck}
          onToken={flow.submitBotCheckToken}
          onWidgetError={onBotCheckWidgetError}
          onBack={flow.cancelBotCheck}
          isBusy={flow.isBusy}
          error={flow.error}
          message={message}
          t={t}
          headingLevel={headingLevel}
          unstyled={unstyled}
        />
      </Suspense>
    );
  } else if (isPhoneStep) {
    const showPhoneError = isPhoneError || (hasSubmittedPhone && phoneNumber === undefined);
    const Heading = `h${headingLevel}` as const;
    body = (
      <form
        className={partClass(unstyled, 'vk-verification__phone', undefined)}
        onSubmit={onSubmitPhone}
        noValidate
        aria-labelledby={`${formId}-heading`}
        data-step="phone"
        data-busy={isBusy ? '' : undefined}
      >
        <Heading id={`${formId}-heading`} className={partClass(unstyled, 'vk-step__heading', undefined)}>
          {t('phone.heading')}
        </Heading>
        <PhoneInput
          defaultValue={flow.phoneNumber || undefined}
          onChange={onPhoneChange}
          countries={countries}
          defaultCountry={defaultCountry}
          isRequired
          isReadOnly={isBusy}
          isInvalid={showPhoneError}
          errorMessage={
            isPhoneError
              ? message
              : showPhoneError && (phoneProblem === undefined || phoneProblem === 'required')
                ? t('phone.required')
                : undefined
          }
          // Back from "change number": focus returns to the field. Not on first render: no stolen focus on load.
          autoFocus={flow.step === 'idle' && flow.phoneNumber !== ''}
          unstyled={unstyled}
        />
        {methods.length > 1 ? (
          <fieldset className={partClass(unstyled, 'vk-verification__methods', undefined)} disabled={isBusy}>
            <legend>{t('method.legend')}</legend>
            {methods.map((candidate) => (
              <label key={candidate} className={partClass(unstyled, 'vk-verification__method', undefined)}>
                <input
                  type="radio"
                  name={`${formId}-method`}
                  value={candidate}
                  checked={method === candidate}
                  onChange={() => setMethod(candidate)}
                />
                <span>{t('method.option', { method: candidate })}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        {message && !isPhoneError ? (
          <p className={partClass(unstyled, 'vk-verification__error', undefined)} data-code={errorCode}>
            {message}
          </p>
        ) : null}
        <button
          type="submit"
          className={partClass(unstyled, 'vk-button', undefined)}
          data-variant="primary"
          aria-disabled={isBusy || undefined}
        >
          {isBusy ? t('phone.sending') : t('phone.submit', { method })}
        </button>
      </form>
    );
  } else {
    const stepError = message !== undefined && !isCodeError ? message : undefined;
    const fieldError = isCodeError ? message : undefined;
    const step = waitingStep({ challenge, flow, common, fieldError });
    body = (
      <>
        {step}
        {fallbackNotice && !stepError ? (
          <p
            className={partClass(unstyled, 'vk-verification__note', undefined)}
            data-fell-back-from={flow.fellBackFrom?.method}
          >
            {fallbackNotice}
          </p>
        ) : null}
        {stepError ? (
          <p className={partClass(unstyled, 'vk-verification__error', undefined)} data-code={errorCode}>
            {stepError}
          </p>
        ) : null}
        {isBusy && flow.step === 'starting' ? (
          <p className={partClass(unstyled, 'vk-verification__busy', undefined)}>{t('phone.sending')}</p>
        ) : null}
      </>
    );
  }

  return (
    <div
      className={partClass(unstyled, 'vk-verification', className)}
      data-step={flow.step}
      data-method={flow.method}
      data-busy={isBusy ? '' : undefined}
    >
      {body}
      {/* One polite live region for the whole flow: steps, errors and countdown milestones, never every second. */}
      <LiveRegion>{announcement}</LiveRegion>
    </div>
  );
}

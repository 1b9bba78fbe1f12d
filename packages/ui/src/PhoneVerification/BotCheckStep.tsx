import type { BotCheckChallenge, FlowBotCheck, VerificationError } from '@verikit/core';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { StepCommonProps } from '../StepFrame';

/** What `renderBotCheck` gets: the widget to render and the callbacks to wire it to. */
export interface BotCheckSlotProps {
  /** The widget the proxy asks for: `provider` (`'turnstile'`, `'hcaptcha'` or `'custom'`) and its public `siteKey`. */
  challenge: BotCheckChallenge;
  /**
   * Call with the widget's token: the drop-in sends the held-back start again with it (once per token). This and the
   * other callbacks keep their identity for the step's life.
   */
  onToken: (token: string) => void;
  /** Call when the widget itself fails (its script did not load, the challenge errored): the drop-in says so. */
  onError: () => void;
  /** Call when a token expired before it was sent: the drop-in renders the widget afresh. */
  onExpire: () => void;
  /**
   * Changes whenever the widget must start afresh (a refused token, an expired one, a widget error). The drop-in
   * remounts what you render when it changes; an imperative widget can also call its own `reset()` on it.
   */
  reset: number;
  /** A token is being checked. */
  isBusy: boolean;
}

interface BotCheckStepProps {
  botCheck: FlowBotCheck;
  render: (props: BotCheckSlotProps) => ReactNode;
  onToken: (token: string) => void;
  /** The widget failed on its own: the flow shows (and announces) it as its error, which renders the widget afresh. */
  onWidgetError: (detail: string) => void;
  onBack: () => void;
  isBusy: boolean;
  /** The flow's error: the proxy's demand, or why the token was refused. */
  error: VerificationError | undefined;
  /** `error` in words. */
  message: string | undefined;
  t: (key: 'botCheck.heading' | 'botCheck.back' | 'phone.sending') => string;
  headingLevel: NonNullable<StepCommonProps['headingLevel']>;
  unstyled: boolean;
}

/**
 * The step where the proxy's bot-check widget shows: a heading that takes focus, the app's widget from
 * `renderBotCheck`, the error in words, and a way back. No network of its own: the widget is the app's.
 */
export function BotCheckStep(props: BotCheckStepProps) {
  const { botCheck, error, isBusy, message, unstyled, t } = props;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [reset, setReset] = useState(0);
  // Focus moves to the new step, so a keyboard or screen-reader user lands on it (then tabs into the widget).
  useEffect(() => headingRef.current?.focus(), []);
  // A refused token (or a widget that failed) comes back as a new error: the widget starts afresh for a new token,
  // and focus, which was in the widget now gone, returns to the step's heading.
  const firstError = useRef(error);
  useEffect(() => {
    if (error === undefined || error === firstError.current) return;
    setReset((count) => count + 1);
    headingRef.current?.focus();
  }, [error]);
  // Stable for the step's life, so a widget's effect that depends on them renders it once.
  const { onToken, onWidgetError } = props;
  const callbacks = useMemo(
    () => ({
      onToken: (token: string) => onToken(token),
      onError: () => onWidgetError('The bot-check widget reported an error.'),
      onExpire: () => setReset((count) => count + 1),
    }),
    [onToken, onWidgetError],
  );
  const Heading = `h${props.headingLevel}` as const;
  const isRefused = error !== undefined && error.code !== 'bot_check_required';
  // Not `partClass`: a module this lazy chunk shared with the first load would become a chunk of its own, one more
  // file (and ~110 B gzipped) in every esbuild page that loads OtpInput or the drop-in.
  const builtIn = (name: string) => (unstyled ? undefined : name);
  return (
    <section
      className={builtIn('vk-verification__bot-check')}
      aria-labelledby={headingId}
      data-step="botCheck"
      data-provider={botCheck.challenge.provider}
      aria-busy={isBusy || undefined}
    >
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className={builtIn('vk-step__heading')}>
        {t('botCheck.heading')}
      </Heading>
      {message ? (
        <p
          className={builtIn(isRefused ? 'vk-verification__error' : 'vk-step__lead')}
          data-code={error?.code}
        >
          {message}
        </p>
      ) : null}
      <div key={reset} className={builtIn('vk-verification__bot-check-widget')}>
        {props.render({ challenge: botCheck.challenge, ...callbacks, reset, isBusy })}
      </div>
      {isBusy ? <p className={builtIn('vk-verification__busy')}>{t('phone.sending')}</p> : null}
      <button type="button" className={builtIn('vk-button')} data-variant="secondary" onClick={props.onBack}>
        {t('botCheck.back')}
      </button>
    </section>
  );
}

import {
  createVerificationFlow,
  type ProxyVerificationResult,
  type VerificationError,
  type VerificationFlow,
  type VerificationFlowOptions,
  type VerificationFlowSnapshot,
  type VerificationMethod,
} from '@verikit/core';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useLatestCallback } from './useLatestCallback';
import { useSecondsLeft } from './useSecondsLeft';
import { type UseWebOtpResult, useWebOtp } from './useWebOtp';
import { provided, useOptionalVerificationContext } from './VerificationProvider';

export interface UsePhoneVerificationOptions extends Omit<VerificationFlowOptions, 'client'> {
  /** @default the `VerificationProvider`'s client */
  client?: VerificationFlowOptions['client'];
  /** Called once when the number is verified: send `proof` to your backend. */
  onVerified?: (verified: {
    phoneNumber: string;
    proof: string | undefined;
    result: ProxyVerificationResult;
  }) => void;
  /** Called with each new error the flow shows. */
  onError?: (error: VerificationError) => void;
  /** Submit SMS codes the browser reads through WebOTP (Chrome on Android). @default true */
  webOtp?: boolean;
}

export interface UsePhoneVerificationResult extends VerificationFlowSnapshot {
  /** Live seconds until the current code or call window closes (`0` without one). */
  secondsLeft: number;
  /** Live seconds until `resend()` may send again. */
  resendInSeconds: number;
  /** Sends a code to an E.164 number by `method` (default: the first allowed). A double call sends one. */
  start: (phoneNumber: string, method?: VerificationMethod) => void;
  /** Reports the code (or a flash call's missing digits); never reports the same code twice. */
  submitCode: (code: string) => void;
  /**
   * Sends the start the proxy held back for a bot check (`step: 'botCheck'`, the widget to render in `botCheck`)
   * again with the widget's token. Once per token: after `bot_check_failed` the step comes back with the error, and
   * the widget must be reset for a new token. A token already sent is ignored.
   */
  submitBotCheckToken: (token: string) => void;
  /** Gives up the bot check: back to the verification under way before it, or to phone entry. */
  cancelBotCheck: () => void;
  /** Sends a new code by the same method once the cooldown is over. */
  resend: () => void;
  /** Moves to `method`, or to the next allowed method. */
  fallback: (method?: VerificationMethod) => void;
  /** Back to phone entry, keeping the number. */
  changeNumber: () => void;
  /** Back to the beginning. */
  reset: () => void;
  /**
   * The WebOTP request the hook makes while an SMS code is awaited (with `webOtp` on): `isSupported`, and `abort()` —
   * call it when the person starts typing the code by hand, so the browser stops offering to read the SMS.
   */
  webOtp: UseWebOtpResult;
  /** The flow itself, for `dispatch` and its settings. */
  flow: VerificationFlow;
}

/**
 * The whole verification flow in one hook: phone entry, sending, waiting with countdowns, code entry, resend,
 * method fallback, verified with the proxy's proof. State lives in core's framework-free machine, read through
 * `useSyncExternalStore`; options are read once, when the component mounts. Unmounting aborts what is in flight.
 */
export function usePhoneVerification(options: UsePhoneVerificationOptions = {}): UsePhoneVerificationResult {
  // `null` from JavaScript callers means no options, as `undefined` does.
  const { onVerified, onError, webOtp = true, client, ...flowOptions } = options ?? {};
  // A client of its own needs no provider; without one, the provider's (and a clear error when there is none).
  const context = useOptionalVerificationContext();
  const [flow] = useState(() =>
    createVerificationFlow({ ...flowOptions, client: client ?? provided(context).client }),
  );
  const snapshot = useSyncExternalStore(flow.subscribe, flow.getSnapshot, flow.getSnapshot);

  const handleVerified = useLatestCallback((state: VerificationFlowSnapshot) =>
    onVerified?.({
      phoneNumber: state.phoneNumber,
      proof: state.proof,
      result: state.result as ProxyVerificationResult,
    }),
  );
  const handleError = useLatestCallback((error: VerificationError) => onError?.(error));
  useEffect(() => {
    let previous = flow.getSnapshot();
    const unsubscribe = flow.subscribe((state) => {
      if (state.step === 'verified' && previous.step !== 'verified') handleVerified(state);
      if (state.error && state.error !== previous.error) handleError(state.error);
      previous = state;
    });
    return unsubscribe;
  }, [flow, handleVerified, handleError]);

  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    flow.resume();
    return () => {
      mounted.current = false;
      // Waits a microtask: StrictMode's rehearsal unmount is followed at once by a remount, which keeps going.
      // A real unmount (or React's <Activity> hiding the form) aborts what is in flight and stops the timers;
      // a later remount resumes with the state intact.
      queueMicrotask(() => {
        if (!mounted.current) flow.suspend();
      });
    };
  }, [flow]);

  const isWaitingForSms = snapshot.step === 'waiting' && snapshot.challenge?.method === 'sms';
  const webOtpRequest = useWebOtp({
    enabled: webOtp && isWaitingForSms,
    onCode: (code) => flow.submitCode(code),
  });

  const secondsLeft = useSecondsLeft(snapshot.expiresAt, flow.clock);
  const resendInSeconds = useSecondsLeft(
    snapshot.isCoolingDown ? snapshot.resendAvailableAt : undefined,
    flow.clock,
  );

  return {
    ...snapshot,
    secondsLeft,
    resendInSeconds,
    start: useLatestCallback((phoneNumber: string, method?: VerificationMethod) =>
      flow.start(phoneNumber, method),
    ),
    submitCode: useLatestCallback((code: string) => flow.submitCode(code)),
    submitBotCheckToken: useLatestCallback((token: string) => flow.submitBotCheckToken(token)),
    cancelBotCheck: useLatestCallback(() => flow.cancelBotCheck()),
    resend: useLatestCallback(() => flow.resend()),
    fallback: useLatestCallback((method?: VerificationMethod) => flow.fallback(method)),
    changeNumber: useLatestCallback(() => flow.changeNumber()),
    reset: useLatestCallback(() => flow.reset()),
    webOtp: webOtpRequest,
    flow,
  };
}

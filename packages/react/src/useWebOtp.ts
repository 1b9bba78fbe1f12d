import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { hasWebOtp, listenForWebOtp } from './listenForWebOtp';
import { useLatestCallback } from './useLatestCallback';

export interface UseWebOtpOptions {
  /** Called once with the code the browser read from the SMS (after the person allowed it). */
  onCode: (code: string) => void;
  /** Listen only while a code is expected; turning it off aborts the request. @default true */
  enabled?: boolean;
}

export interface UseWebOtpResult {
  /** The browser has the WebOTP API (`false` during server rendering and hydration). */
  isSupported: boolean;
  /** Stops listening, e.g. when the person starts typing the code by hand. */
  abort: () => void;
}

// Support never changes while the page lives: nothing to subscribe to.
const subscribe = () => () => {};
const onServer = () => false;

/**
 * Reads a one-time code from an incoming SMS through the WebOTP API (`navigator.credentials.get({ otp })`, Chrome
 * on Android). The SMS must end with `@your.domain #123456`. Feature-detected; aborted on unmount, when disabled
 * and by `abort()`. Holds no state: turning `enabled` on and off renders nothing more.
 */
export function useWebOtp(options: UseWebOtpOptions): UseWebOtpResult {
  // Missing options must not crash a page: nothing is handed over then (the call fails inside the caught promise).
  const { onCode, enabled = true } = options ?? ({} as UseWebOtpOptions);
  const isSupported = useSyncExternalStore(subscribe, hasWebOtp, onServer);
  const abortRef = useRef<(() => void) | undefined>(undefined);
  const handleCode = useLatestCallback(onCode);
  useEffect(() => {
    if (!enabled) return;
    const abort = listenForWebOtp(handleCode);
    abortRef.current = abort;
    return () => {
      abort?.();
      if (abortRef.current === abort) abortRef.current = undefined;
    };
  }, [enabled, handleCode]);
  const abort = useCallback(() => abortRef.current?.(), []);
  return { isSupported, abort };
}

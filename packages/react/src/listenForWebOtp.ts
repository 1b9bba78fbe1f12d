/** The browser has the WebOTP API (Chrome on Android). */
export const hasWebOtp = (): boolean => 'OTPCredential' in window && !!navigator.credentials;

/**
 * Starts one WebOTP request (`navigator.credentials.get({ otp })`) and returns its abort, or nothing where the
 * browser has no WebOTP. `onCode` gets the code once, after the person allowed it, unless aborted first. The one
 * request behind `useWebOtp` and `useOtpField`'s `webOtp` option.
 */
export function listenForWebOtp(onCode: (code: string) => void): (() => void) | undefined {
  if (!hasWebOtp()) return;
  const controller = new AbortController();
  navigator.credentials
    .get({ otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions)
    .then((credential) => {
      const code = (credential as { code?: unknown } | null)?.code;
      if (!controller.signal.aborted && typeof code === 'string' && code !== '') onCode(code);
    })
    // Aborts, a denied prompt and timeouts all end here: the person types the code instead.
    .catch(() => undefined);
  return () => controller.abort();
}

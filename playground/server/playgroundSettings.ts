import type { VerificationMethod } from '@verikit/core';

/** What the page needs to know about its backend: public, so it is safe in the browser bundle. */
export interface PlaygroundSettings {
  /** `emulator`: the embedded Sinch emulator (the default); `sinch`: real Sinch, with the key from the environment. */
  mode: 'emulator' | 'sinch';
  /** Where the proxy is mounted. */
  proxyBaseUrl: string;
  /** Where the emulator's `/emulator/*` routes are mounted (emulator mode only). */
  emulatorBaseUrl: string;
  /** Server-sent events: one `delivery` event per SMS, flash call or callout the emulator sends. */
  inboxEventsUrl: string;
  /** The app's own signup route, which checks the proof with `verifyProof`. */
  signupUrl: string;
  /** The proxy's resend cooldown, which the page's flow must match. */
  resendCooldownSeconds: number;
  /** The methods offered, in order of preference (the first is the default, the rest are fallbacks). */
  methods: VerificationMethod[];
}

export const PROXY_BASE_URL = '/api/verification';
export const EMULATOR_BASE_PATH = '/sinch';
export const INBOX_EVENTS_URL = '/__verikit/inbox/events';
export const SIGNUP_URL = '/api/signup';

/** How the playground's backend is set up. */
export interface PlaygroundBackendOptions {
  /** Where the variables are read. @default process.env */
  env?: Record<string, string | undefined>;
  /** The proxy's (and so the page's) resend cooldown. @default 30 */
  resendCooldownSeconds?: number;
  /** Methods offered, first is the default. @default ['sms', 'flashCall', 'callout'], and 'whatsapp' on the emulator */
  methods?: VerificationMethod[];
  /** One line per proxy request and per emulator delivery. @default console.info */
  log?: (line: string) => void;
}

/** The public settings for these options: emulator mode unless both Sinch credentials are in the environment. */
export function playgroundSettingsOf(options: PlaygroundBackendOptions = {}): PlaygroundSettings {
  const env = options.env ?? process.env;
  const hasKey = Boolean(env.SINCH_APPLICATION_KEY);
  const hasSecret = Boolean(env.SINCH_APPLICATION_SECRET);
  if (hasKey !== hasSecret)
    throw new Error(
      'Set both SINCH_APPLICATION_KEY and SINCH_APPLICATION_SECRET to use real Sinch, or neither for the emulator.',
    );
  return {
    mode: hasKey && hasSecret ? 'sinch' : 'emulator',
    proxyBaseUrl: PROXY_BASE_URL,
    emulatorBaseUrl: `${EMULATOR_BASE_PATH}/emulator`,
    inboxEventsUrl: INBOX_EVENTS_URL,
    signupUrl: SIGNUP_URL,
    resendCooldownSeconds: options.resendCooldownSeconds ?? 30,
    // WhatsApp on the emulator only: on real Sinch it needs a WhatsApp sender set up in the application first.
    methods:
      options.methods ??
      (hasKey && hasSecret ? ['sms', 'flashCall', 'callout'] : ['sms', 'flashCall', 'callout', 'whatsapp']),
  };
}

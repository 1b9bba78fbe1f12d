import { formatMessage, type MessageValues } from './formatMessage';
import { formatWaitTime } from './formatWaitTime';
import type { BotCheckChallenge } from './proxyContract';
import { VERIFICATION_MESSAGES, type VerificationErrorCode } from './verificationMessages';

export interface VerificationErrorOptions {
  /** The HTTP status of the answer that carried the error. */
  status?: number;
  /** Seconds until a retry may succeed (`rate_limited`, `resend_cooldown`). */
  retryAfter?: number;
  /** Sinch's `errorCode` when the proxy passed one on. */
  sinchErrorCode?: number;
  /** Sinch's `reason`, for outcome errors. */
  reason?: string;
  /** The bot-check widget the proxy asks for before starting again. */
  botCheck?: BotCheckChallenge;
  /** Developer-facing detail (the proxy's English message, the parse failure, …); never shown to users. */
  detail?: string;
  /** Extra placeholder values for the message template. */
  values?: MessageValues;
  cause?: unknown;
}

/** Translations of some or all error messages, keyed by code (same templates as `VERIFICATION_MESSAGES`). */
export type VerificationMessageOverrides = Partial<Record<VerificationErrorCode, string>>;

/**
 * Every failure in verikit: a stable `code` to branch on, and a `message` fit to show to the person verifying
 * (English by default; `format()` renders it from your own or translated templates).
 */
export class VerificationError extends Error {
  override readonly name = 'VerificationError';
  readonly code: VerificationErrorCode;
  readonly status: number | undefined;
  readonly retryAfter: number | undefined;
  readonly sinchErrorCode: number | undefined;
  readonly reason: string | undefined;
  readonly detail: string | undefined;
  /** The bot-check widget the proxy asks for before starting again (`bot_check_required`, `bot_check_failed`). */
  readonly botCheck: BotCheckChallenge | undefined;
  /** The placeholder values of this error's message template. */
  readonly values: MessageValues;

  constructor(code: VerificationErrorCode, options: VerificationErrorOptions = {}) {
    const values = messageValues(options);
    super(formatMessage(VERIFICATION_MESSAGES[code], values, 'en'), { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.retryAfter = options.retryAfter;
    this.sinchErrorCode = options.sinchErrorCode;
    this.reason = options.reason;
    this.detail = options.detail;
    this.botCheck = options.botCheck;
    this.values = values;
  }

  /** The catalogue key of this error's message, as `@verikit/ui`'s LocaleProvider knows it. */
  get messageKey(): `error.${VerificationErrorCode}` {
    return `error.${this.code}`;
  }

  /** The user-facing message from `messages` (falling back to English), formatted for `locale`. */
  format(messages: VerificationMessageOverrides = {}, locale?: string): string {
    const values =
      this.retryAfter === undefined
        ? this.values
        : { ...this.values, time: formatWaitTime(this.retryAfter, locale) };
    return formatMessage(messages[this.code] ?? VERIFICATION_MESSAGES[this.code], values, locale);
  }
}

export function isVerificationError(value: unknown): value is VerificationError {
  return value instanceof VerificationError;
}

function messageValues(options: VerificationErrorOptions): MessageValues {
  const retry = options.retryAfter === undefined ? 'unknown' : 'known';
  const time = options.retryAfter === undefined ? '' : formatWaitTime(options.retryAfter, 'en');
  return { retry, time, ...options.values };
}

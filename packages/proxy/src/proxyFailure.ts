import type { BotCheckChallenge, ProxyErrorCode } from '@verikit/core';

/** An error on its way to becoming a `ProxyErrorBody` answer (and a log line). */
export interface ProxyFailure {
  code: ProxyErrorCode;
  message: string;
  retryAfter?: number;
  sinchErrorCode?: number;
  /** Sinch's HTTP status, for the log. */
  upstreamStatus?: number;
  /** The request to Sinch was never sent (refused in the proxy, e.g. backpressure): no code can be on its way. */
  neverSent?: true;
  /** What the server's owner should know, for the log only (the browser gets `message`). */
  logMessage?: string;
  /** The widget the browser shows before starting again (`bot_check_required`, `bot_check_failed`). */
  botCheck?: BotCheckChallenge;
}

/** The store or a bot-check verifier could not answer: the browser is told to retry shortly, the log says why. */
export function serviceUnavailable(logMessage: string): ProxyFailure {
  return {
    code: 'service_unavailable',
    message: 'Verification is unavailable for a moment; try again shortly',
    retryAfter: 5,
    logMessage,
  };
}

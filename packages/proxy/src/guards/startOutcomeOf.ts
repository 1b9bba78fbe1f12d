import type { ProxyFailure } from '../proxyFailure';

/**
 * Whether a start that failed upstream may have sent a code. Only Sinch's own refusal (a 4xx answer) or a request the
 * proxy itself held back (backpressure) proves it did not; a timeout, a 5xx, a lost connection or an unreadable
 * answer may come after the SMS left.
 */
export function startOutcomeOf(failure: ProxyFailure): 'not_sent' | 'maybe_sent' {
  if (failure.neverSent) return 'not_sent';
  const status = failure.upstreamStatus;
  return status !== undefined && status >= 400 && status < 500 ? 'not_sent' : 'maybe_sent';
}

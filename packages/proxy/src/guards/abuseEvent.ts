/** What `onAbuseDetected` and the log are told when a guard sees SMS pumping's signature. */
export interface AbuseEvent {
  kind: 'conversion_breaker_tripped' | 'unproven_countries_surge' | 'new_country_surge';
  /** `country` (`GB`, or `+882` for a number of no country), `prefix` (`+44 7012`), or `all`. */
  scope: 'country' | 'prefix' | 'all';
  key: string;
  /** Starts and successes in the window that decided. */
  starts: number;
  verified: number;
  /** Epoch milliseconds until which the scope is refused (a new-country surge: asked for a bot check). */
  until: number;
}

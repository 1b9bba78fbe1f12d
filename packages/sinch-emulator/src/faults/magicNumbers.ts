import type { FaultRule } from './faultRule';

/**
 * Test numbers that trigger the common outcomes with no setup, like other providers' test numbers. Real, valid
 * Swedish mobile numbers (so every phone check in the kit accepts them) in one memorable block, `+46 70 000 01 0x`.
 * Any other number behaves normally.
 */
export const MAGIC_NUMBERS = {
  /** Always the same code: `1234` (or `ABCD` for Alpha codes), whatever the seed. */
  fixedCode: '+46700000100',
  /**
   * Start answers 200, then the SMS never arrives: status `ERROR` / `SMS delivery failure`. Calls to it go through,
   * so an app's fallback from SMS to a call can be tried end to end.
   */
  smsDeliveryFailure: '+46700000101',
  /** Start answers 403 (40300): status `DENIED` / `Blocked`. */
  denied: '+46700000102',
  /** Start answers 402 (40200): status `DENIED` / `Not enough credit`. */
  notEnoughCredit: '+46700000103',
  /** Start answers 429 (42901, velocity constraint). */
  velocityLimited: '+46700000104',
  /** Start answers 500 (50000). */
  internalError: '+46700000105',
  /** Start answers 503 (50300). */
  unavailable: '+46700000106',
  /** Every answer comes late (`slowResponseMs`, 3 s by default), for spinners and upstream timeouts. */
  slow: '+46700000107',
  /** Flash calls answer Sinch's other filter shape, `(.*)5312(.*)`: known digits inside the number. */
  flashCallInfixFilter: '+46700000108',
  /** Start answers 422 (42201, "No route to destination"): Sinch has no way to reach the number. */
  noRoute: '+46700000109',
  /** Start answers 200, nothing arrives, status `FAIL` / `Failed pending`. */
  failedPending: '+46700000110',
} as const;

export type MagicNumber = (typeof MAGIC_NUMBERS)[keyof typeof MAGIC_NUMBERS];

/** The faults behind the magic numbers, checked after the rules you add. */
export function magicFaultRules(slowResponseMs: number): FaultRule[] {
  return [
    { match: MAGIC_NUMBERS.smsDeliveryFailure, methods: ['sms'], fault: 'deliveryFailure' },
    { match: MAGIC_NUMBERS.denied, fault: 'deny', reason: 'Blocked' },
    { match: MAGIC_NUMBERS.notEnoughCredit, fault: 'deny', reason: 'Not enough credit' },
    { match: MAGIC_NUMBERS.velocityLimited, on: ['start'], fault: 'httpError', status: 429 },
    { match: MAGIC_NUMBERS.internalError, on: ['start'], fault: 'httpError', status: 500 },
    { match: MAGIC_NUMBERS.unavailable, on: ['start'], fault: 'httpError', status: 503 },
    { match: MAGIC_NUMBERS.slow, fault: 'latency', ms: slowResponseMs },
    { match: MAGIC_NUMBERS.noRoute, on: ['start'], fault: 'httpError', status: 422 },
    { match: MAGIC_NUMBERS.failedPending, fault: 'failedPending' },
  ];
}

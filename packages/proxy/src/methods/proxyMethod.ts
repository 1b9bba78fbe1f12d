import type { ReportVerificationRequest, StartVerificationRequest } from '@verikit/core';
import type { ParseResult } from '../parseResult';
import type { ResolvedTestNumber } from '../testNumbers/testNumber';

/** The start body's per-method option objects (`smsOptions`, …), as Sinch names them. */
export type MethodOptionsKey = {
  [Key in keyof StartVerificationRequest]-?: Key extends `${string}Options` ? Key : never;
}[keyof StartVerificationRequest];

/**
 * What the proxy knows about one method: which option object its start body carries, and how its report is
 * checked. Each method is one module (`methods/sms.ts`, …) behind `PROXY_METHODS`.
 */
export interface ProxyMethod {
  /** The start body's option object for this method, set from the proxy's options and `onStart`'s; none: `undefined`. */
  readonly optionsKey: MethodOptionsKey | undefined;
  /**
   * Checks the browser's report detail (the object under `detailKey`, e.g. `sms: { code }`) and gives the body to
   * send Sinch, in its wire spelling.
   */
  parseReport(detail: Record<string, unknown>, detailKey: string): ParseResult<ReportVerificationRequest>;
  /** Checks the proxy's option object for this method at creation; throws a `TypeError` naming what is wrong. */
  checkOptions?(value: unknown): void;
  /** How a test number answers for this method (see `testNumbers`); none: no test number can use it. */
  readonly testAnswer?: TestAnswer;
}

/** A test number's stand-in for Sinch, for one method. */
export interface TestAnswer {
  /** Sinch's start answer for this method, without `_links`, as a real start gets it. */
  start(id: string, testNumber: ResolvedTestNumber): Record<string, unknown>;
  /** Whether a report (already checked by `parseReport`) carries the test number's code. */
  isRight(report: ReportVerificationRequest, testNumber: ResolvedTestNumber): boolean;
}

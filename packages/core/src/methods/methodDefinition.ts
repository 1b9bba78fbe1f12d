import type { CliChallenge } from '../parseCliFilter';
import type { ProxyReportRequest, ProxyStartResponse } from '../proxyContract';
import type { VerificationError } from '../verificationError';
import type { SmsCodeType, VerificationMethod } from '../wire';

/** A code the person reads (in a message or from a voice) and types. */
export interface CodeChallenge<Method extends VerificationMethod = VerificationMethod> {
  method: Method;
  kind: 'code';
  codeLength: number;
  codeType: SmsCodeType;
}

/** A flash call: the person types the missing digits of the number that called. */
export interface CliCallChallenge {
  method: 'flashCall';
  kind: 'cli';
  cli: CliChallenge;
}

/** A seamless verification: the device opens `targetUri` over mobile data; nothing to type. */
export interface SeamlessChallenge {
  method: 'seamless';
  kind: 'seamless';
  targetUri: string;
}

/** Sinch's start answer for one method (its `method` is the wire spelling, `flashcall`). */
export type StartAnswerOf<Method extends VerificationMethod> = Extract<
  ProxyStartResponse,
  { method: Lowercase<Method> }
>;

/**
 * Everything core knows about one verification method. Each method is one module (`methods/sms.ts`, …) and the
 * registry (`METHOD_DEFINITIONS`) holds one entry per method, so adding a method touches no switch.
 */
export interface MethodDefinition<
  Method extends VerificationMethod,
  Challenge extends { method: Method; kind: string } = { method: Method; kind: string },
> {
  /** How the person gets the code or check: a message to read, a call, or the device's own data connection. */
  readonly delivery: 'message' | 'call' | 'data';
  /** Characters in a code when the flow's `codeLength` does not say (Sinch's start answer never does). */
  readonly codeLength: number | undefined;
  /** The code's characters when the start answer does not say. */
  readonly codeType: SmsCodeType | undefined;
  /** What the person must do, read from the start answer; `codeLength` is the flow's option, if set. */
  challenge(answer: StartAnswerOf<Method>, codeLength: number | undefined): Challenge;
  /** Seconds the person has before the verification's window closes; `undefined` when the answer gives none. */
  timeoutSeconds(answer: StartAnswerOf<Method>): number | undefined;
  /** The report body for what the person typed, checked against the challenge; a typed error when it cannot be. */
  reportBody(challenge: Challenge, typed: string): ProxyReportRequest | VerificationError;
  /** The report body for a code as a developer passes it (the proxy checks it); `undefined`: this method has none. */
  readonly report: ((code: string) => ProxyReportRequest) | undefined;
}

/** Seconds from an answer's field: a positive number, else none. */
export function positiveSeconds(seconds: unknown): number | undefined {
  return typeof seconds === 'number' && seconds > 0 ? seconds : undefined;
}

import type {
  ErrorReason,
  FailReason,
  Link,
  SmsCodeType,
  StartVerificationResponse,
  VerificationMethodWire,
  VerificationPrice,
} from '@verikit/core';
import type { CliFilterShape } from '../flashCallCli';
import type { CodeGenerator } from '../generateCode';
import type { RandomSource } from '../randomSource';
import type { Parsed } from '../requestProblem';
import type { VerificationRecord } from '../state/verificationRecord';

/** What the emulator's options tell every method, checked once at creation. */
export interface MethodSettings {
  random: RandomSource;
  codeLength: number;
  defaultCodeType: SmsCodeType;
  codeGenerator: CodeGenerator | undefined;
  smsExpirySeconds: number;
  interceptionTimeoutSeconds: number;
  calloutExpirySeconds: number;
  cliPool: readonly string[];
  unknownDigits: number;
  filterShape: CliFilterShape;
  /** The emulator's public URL, without a trailing slash. */
  baseUrl: string;
}

/** A method's start options once checked (`smsOptions`, `flashCallOptions`, …): one shape, each method fills its part. */
export interface MethodStartOptions {
  expirySeconds?: number;
  codeType?: SmsCodeType;
  template?: string;
  dialTimeout?: number;
  interceptionTimeout?: number;
  speechLocale?: string;
}

/** What a new verification needs from its method: the secret the phone receives, and how long it lasts. */
export interface Challenge {
  code?: string;
  codeType?: SmsCodeType;
  /** The SMS template the request chose. */
  template?: string;
  cli?: string;
  seamlessToken?: string;
  /** Flash calls: the seconds the client waits for the call. */
  interceptionTimeout?: number;
  /** From the start until a pending verification is `FAIL` / `Expired`. */
  expiresInSeconds: number;
}

export interface ChallengeInput {
  verificationId: string;
  /** E.164. */
  endpoint: string;
  /** This method's start options (empty when the start sent none). */
  options: MethodStartOptions;
}

/** What the phone receives (the inbox entry's own fields). */
export interface DeliveryContent {
  text: string;
  code?: string;
  cli?: string;
}

/** What the app's backend may set for this method in its answer to a `VerificationRequestEvent`, checked. */
export interface AllowAnswer {
  action: 'allow';
  code?: string;
  codeType?: SmsCodeType;
  expirySeconds?: number;
  cli?: string;
  dialTimeout?: number;
  /** Flash calls: the client's wait (s); `expirySeconds` then follows it. */
  interceptionTimeout?: number;
  speechLocale?: string;
  /** The languages of the message, most wanted first (`sms.acceptLanguage`). */
  acceptLanguage?: string[];
}

export type RequestEventAnswer = { action: 'deny' } | AllowAnswer | { action: 'invalid'; why: string };

/** How a method takes its report: the detail's field and how the reported value is judged. */
export interface MethodReport {
  /** The field of the report's detail object (`sms.code`, `flashCall.cli`). */
  field: 'code' | 'cli';
  isRight(reported: string, record: VerificationRecord): boolean;
  /** The reason of a wrong report. */
  wrongReason: FailReason;
}

/**
 * One verification method as the emulator plays it. Every method-specific decision lives here, so a new method is
 * one file in this folder and one line in the registry (`emulatorMethods.ts`).
 */
export interface EmulatorMethod<M extends VerificationMethodWire = VerificationMethodWire> {
  /** How Sinch answers it (`flashcall`): the registry key, and what requests are matched against, in any case. */
  readonly wire: M;
  /** How Sinch documents it (`flashCall`): in messages and detail keys. */
  readonly name: string;
  /** Its name in log lines: `SMS to +46…: …`. */
  readonly label: string;
  /** Made-up, fixed prices in EUR: the emulator charges nothing, but clients can see where the figures go. */
  readonly price: VerificationPrice;
  /** Whether it is a phone call (reports and statuses then carry `callComplete` and `callResult`). */
  readonly isCall: boolean;
  /** The `ERROR` reason when a delivery fault stops it reaching the phone. */
  readonly deliveryFailureReason: ErrorReason;
  /** Whether Sinch sends a `VerificationSmsDeliveredEvent` after the delivery. */
  readonly reportsSmsDelivery: boolean;
  /** Whether the start answer names the message's language in `Content-Language`. */
  readonly answersContentLanguage: boolean;
  /** Its options in a start body (`smsOptions`) and their check; a bad value is Sinch's 40001. */
  readonly startOptions?: { key: string; parse(value: unknown): Parsed<MethodStartOptions> };
  challenge(input: ChallengeInput, settings: MethodSettings): Challenge;
  delivery(record: VerificationRecord, settings: MethodSettings): DeliveryContent;
  startAnswer(
    record: VerificationRecord,
    context: { links: { status: Link; report: Link }; secondsLeft: number; settings: MethodSettings },
  ): Extract<StartVerificationResponse, { method: M }>;
  /** How a report is judged, or why this method takes none. */
  readonly report: MethodReport | { none: string };
  /** Checks this method's part (`sms`, `flashCall`, …) of an `allow` answer to the request event. */
  readRequestEventAnswer(
    details: Record<string, unknown>,
    record: VerificationRecord,
  ): AllowAnswer | { action: 'invalid'; why: string };
}

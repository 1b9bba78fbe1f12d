/**
 * The Sinch Verification API v1 wire format, written once and shared by every verikit package.
 * Field names and values are exactly those on the wire (see the facts page, `packages/sinch-emulator/README.md`).
 */

/** Methods as a client may send them. Sinch documents `flashCall`; its SDKs send `flashcall`. */
export type VerificationMethodInput = 'sms' | 'flashCall' | 'flashcall' | 'callout' | 'seamless' | 'whatsapp';

/** Methods as Sinch answers them: always lower case `flashcall`. */
export type VerificationMethodWire = 'sms' | 'flashcall' | 'callout' | 'seamless' | 'whatsapp';

/** verikit's own spelling of a method, used in every public API of the kit. */
export type VerificationMethod = 'sms' | 'flashCall' | 'callout' | 'seamless' | 'whatsapp';

export const VERIFICATION_METHODS = [
  'sms',
  'flashCall',
  'callout',
  'seamless',
  'whatsapp',
] as const satisfies readonly VerificationMethod[];

export interface NumberIdentity {
  type: 'number';
  /** E.164, e.g. `+46700000000`. */
  endpoint: string;
}

export type SmsCodeType = 'Numeric' | 'Alpha' | 'Alphanumeric';

export interface SmsOptions {
  /** How long the code is valid, `HH:MM:SS`. */
  expiry?: string;
  codeType?: SmsCodeType;
  /** Must contain `{{CODE}}`. */
  template?: string;
}

export interface FlashCallOptions {
  /** Seconds, 5–120. */
  dialTimeout?: number;
  interceptionTimeout?: number;
}

export interface CalloutOptions {
  speech?: { locale?: string };
}

export interface WhatsAppOptions {
  codeType?: SmsCodeType;
}

export interface StartVerificationRequest {
  identity: NumberIdentity;
  method: VerificationMethodInput;
  /** Max 128 characters. */
  reference?: string;
  /** Max 4096 characters. */
  custom?: string;
  smsOptions?: SmsOptions;
  flashCallOptions?: FlashCallOptions;
  calloutOptions?: CalloutOptions;
  whatsappOptions?: WhatsAppOptions;
}

export interface Link {
  rel: string;
  href: string;
  method: string;
}

interface StartResponseBase {
  id: string;
  _links?: Link[];
}

export interface SmsStartResponse extends StartResponseBase {
  method: 'sms';
  sms: { template: string; interceptionTimeout: number; codeType?: SmsCodeType };
}

export interface FlashCallStartResponse extends StartResponseBase {
  method: 'flashcall';
  flashCall: { cliFilter: string; interceptionTimeout: number; reportTimeout: number; denyCallAfter: number };
}

export interface CalloutStartResponse extends StartResponseBase {
  method: 'callout';
}

export interface SeamlessStartResponse extends StartResponseBase {
  method: 'seamless';
  seamless: { targetUri: string };
}

export interface WhatsAppStartResponse extends StartResponseBase {
  method: 'whatsapp';
  whatsapp: { codeType?: SmsCodeType };
}

export type StartVerificationResponse =
  | SmsStartResponse
  | FlashCallStartResponse
  | CalloutStartResponse
  | SeamlessStartResponse
  | WhatsAppStartResponse;

/** Report bodies. The `flashCall` key is matched case-insensitively by Sinch. */
export type ReportVerificationRequest =
  | { method: 'sms'; sms: { code: string } }
  | { method: 'flashcall' | 'flashCall'; flashCall: { cli: string } }
  | { method: 'callout'; callout: { code: string } }
  | { method: 'whatsapp'; whatsapp: { code: string } };

export type VerificationStatus = 'PENDING' | 'SUCCESSFUL' | 'FAIL' | 'DENIED' | 'ABORTED' | 'ERROR';

export const FINAL_STATUSES = [
  'SUCCESSFUL',
  'FAIL',
  'DENIED',
  'ABORTED',
  'ERROR',
] as const satisfies readonly VerificationStatus[];

export type DeniedReason =
  | 'Fraud'
  | 'Not enough credit'
  | 'Blocked'
  | 'Denied by callback'
  | 'Invalid callback'
  | 'Destination denied';
export type ErrorReason = 'Internal error' | 'Network error or number unreachable' | 'SMS delivery failure';
export type FailReason =
  | 'Invalid CLI'
  | 'Invalid code'
  | 'Expired'
  | 'Hung up without entering valid code'
  /** In Sinch's reason enum (OpenAPI 2.0.1, the Node SDK's `ReasonEnum`); when Sinch sends it is unpublished. */
  | 'Failed pending';
export type VerificationReason = DeniedReason | ErrorReason | FailReason;

export type VerificationSource = 'intercepted' | 'manual' | 'intercept' | 'log';

export type CallResult = 'ANSWERED' | 'COMPLETED' | 'NO_ANSWER' | 'CANCEL' | 'BUSY' | 'FAILED';

export interface Money {
  currencyId: string;
  amount: number;
}

export interface VerificationPrice {
  verificationPrice?: Money;
  terminationPrice?: Money;
  billableDuration?: number;
}

export interface ReportVerificationResponse {
  id: string;
  method: VerificationMethodWire;
  status: VerificationStatus;
  reason?: VerificationReason;
  reference?: string;
  source?: VerificationSource;
  callComplete?: boolean;
}

export interface VerificationStatusResponse extends ReportVerificationResponse {
  identity?: NumberIdentity;
  countryId?: string;
  /** Sinch's own format, e.g. `2024-05-22T09:38:59.5590437` (UTC, no zone). */
  verificationTimestamp?: string;
  custom?: string;
  price?: VerificationPrice;
  callResult?: CallResult;
}

/** Sinch's error body. Its OpenAPI examples type `errorCode` as a string (`"40400"`): read it with `sinchErrorCodeOf`. */
export interface SinchErrorBody {
  errorCode: number | string;
  message: string;
  reference?: string;
}

export const SINCH_ERROR_CODES = {
  parameterValidation: 40001,
  missingParameter: 40002,
  invalidRequest: 40003,
  missingLeadingPlus: 40005,
  authorizationHeader: 40100,
  timestampHeader: 40101,
  invalidSignature: 40102,
  authorizationRequired: 40104,
  expired: 40105,
  invalidAuthorizationScheme: 40107,
  invalidCredentials: 40108,
  notEnoughCredit: 40200,
  forbidden: 40300,
  restrictedAction: 40303,
  resourceNotFound: 40400,
  conflict: 40900,
  applicationConfiguration: 42200,
  noRouteToDestination: 42201,
  invalidCallbackResponse: 42202,
  capacityExceeded: 42900,
  velocityConstraint: 42901,
  internal: 50000,
  temporarilyDown: 50300,
  temporarilyUnavailable: 50301,
} as const;

export type SinchErrorCode = (typeof SINCH_ERROR_CODES)[keyof typeof SINCH_ERROR_CODES];

/**
 * The `errorCode` of a Sinch error body, as a number: Sinch's answers carry a number, its OpenAPI examples a string
 * (`"40400"`); both are read. `undefined` when the body has none (or something that is not a five-digit code).
 */
export function sinchErrorCodeOf(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { errorCode } = body as { errorCode?: unknown };
  const code =
    typeof errorCode === 'string' && /^\d{5}$/.test(errorCode.trim()) ? Number(errorCode) : errorCode;
  return typeof code === 'number' && Number.isInteger(code) && code >= 10000 && code <= 99999
    ? code
    : undefined;
}

// ── Callbacks (Sinch → the app's backend) ────────────────────────────────────────────────────────────

export interface VerificationRequestEvent {
  id: string;
  event: 'VerificationRequestEvent';
  method: VerificationMethodWire;
  identity: NumberIdentity;
  price?: VerificationPrice['verificationPrice'];
  /** Beside `price` in Sinch's OpenAPI 2.0.1 and the Node SDK's event (same shape). */
  rate?: VerificationPrice['verificationPrice'];
  reference?: string;
  custom?: string;
  acceptLanguage?: string[];
}

export type VerificationRequestEventResponse =
  | { action: 'deny' }
  | {
      action: 'allow';
      sms?: { code?: string; codeType?: SmsCodeType; expiry?: string; acceptLanguage?: string[] };
      /** Seconds, 5–120 each. */
      flashCall?: { cli?: string; dialTimeout?: number; interceptionTimeout?: number };
      callout?: { code?: string; speech?: { locale?: string } };
      whatsapp?: { codeType?: SmsCodeType; acceptLanguage?: string[] };
    };

export interface VerificationResultEvent {
  id: string;
  event: 'VerificationResultEvent';
  method: VerificationMethodWire;
  identity: NumberIdentity;
  status: VerificationStatus;
  reason?: VerificationReason;
  reference?: string;
  custom?: string;
  source?: VerificationSource;
}

export interface VerificationSmsDeliveredEvent {
  id: string;
  event: 'VerificationSmsDeliveredEvent';
  method: 'sms';
  identity: NumberIdentity;
  smsResult: 'Successful' | 'Failed';
  reference?: string;
  custom?: string;
}

export type VerificationCallbackEvent =
  | VerificationRequestEvent
  | VerificationResultEvent
  | VerificationSmsDeliveredEvent;

/** verikit's method name for a wire method (`flashcall` → `flashCall`). */
export function methodFromWire(method: VerificationMethodWire): VerificationMethod {
  return method === 'flashcall' ? 'flashCall' : method;
}

/** The wire spelling Sinch answers with for any accepted input spelling; `undefined` for unknown methods. */
export function methodToWire(method: string): VerificationMethodWire | undefined {
  // Sinch answers every method in lower case (`flashcall`), and takes any case.
  const lower = method.toLowerCase();
  return VERIFICATION_METHODS.some((known) => known.toLowerCase() === lower)
    ? (lower as VerificationMethodWire)
    : undefined;
}

export function isFinalStatus(status: VerificationStatus): boolean {
  return status !== 'PENDING';
}

import type {
  CallResult,
  NumberIdentity,
  ReportVerificationResponse,
  SmsCodeType,
  VerificationMethodWire,
  VerificationPrice,
  VerificationReason,
  VerificationSource,
  VerificationStatus,
  VerificationStatusResponse,
} from '@verikit/core';
import type { MessageLanguage } from '../messageLanguage';
import { methodOf } from '../methods/emulatorMethods';
import { sinchTimestamp } from '../sinchTime';

/** One verification as the emulator keeps it. */
export interface VerificationRecord {
  id: string;
  method: VerificationMethodWire;
  identity: NumberIdentity;
  reference?: string;
  custom?: string;
  /** The application that started it: callbacks are signed with its key. */
  applicationKey: string;
  createdAt: number;
  /** After this instant (ms) a PENDING verification is `FAIL` / `Expired`. */
  expiresAt: number;
  status: VerificationStatus;
  reason?: VerificationReason;
  source?: VerificationSource;
  /** The SMS template the request chose; otherwise the language's own. */
  template?: string;
  /** The SMS or callout code. */
  code?: string;
  codeType: SmsCodeType;
  /** The flash call's caller number. */
  cli?: string;
  /** The flash call's `interceptionTimeout` (s). */
  interceptionTimeout?: number;
  seamlessToken?: string;
  wrongAttempts: number;
  language: MessageLanguage;
  acceptLanguage: string[];
  countryId?: string;
  /** When the status became final (ms). */
  finalizedAt?: number;
  /** Whether anything reached the phone (an undelivered or denied verification costs nothing). */
  isDelivered: boolean;
}

export function priceOf(method: VerificationMethodWire): VerificationPrice {
  return structuredClone(methodOf(method).price);
}

/** The report answer: `{ id, method, status, reason? }`, calls add `callComplete`. */
export function reportResponseOf(
  record: VerificationRecord,
  answered: { status: VerificationStatus; reason?: VerificationReason } = record,
): ReportVerificationResponse {
  const response: ReportVerificationResponse = {
    id: record.id,
    method: record.method,
    status: answered.status,
  };
  if (answered.reason !== undefined) response.reason = answered.reason;
  if (methodOf(record.method).isCall) response.callComplete = record.isDelivered;
  return response;
}

/** The status answer; `price`, `countryId`, `verificationTimestamp` and call details appear once final. */
export function statusResponseOf(record: VerificationRecord): VerificationStatusResponse {
  const response: VerificationStatusResponse = {
    id: record.id,
    method: record.method,
    status: record.status,
  };
  if (record.reason !== undefined) response.reason = record.reason;
  if (record.reference !== undefined) response.reference = record.reference;
  response.identity = { ...record.identity };
  if (record.custom !== undefined) response.custom = record.custom;
  if (record.finalizedAt !== undefined) {
    if (record.countryId !== undefined) response.countryId = record.countryId;
    response.verificationTimestamp = sinchTimestamp(record.finalizedAt);
    if (record.source !== undefined) response.source = record.source;
    if (record.isDelivered) response.price = priceOf(record.method);
    if (methodOf(record.method).isCall) {
      const callResult: CallResult = record.isDelivered ? 'ANSWERED' : 'FAILED';
      response.callResult = callResult;
      response.callComplete = record.isDelivered;
    }
  }
  return response;
}

import type {
  VerificationRequestEvent,
  VerificationResultEvent,
  VerificationSmsDeliveredEvent,
} from '@verikit/core';
import { EMULATOR_APPLICATION, type EmulatorApplication } from '../emulatorApplication';
import type { RequestEventAnswer } from '../methods/emulatorMethod';
import { priceOf, type VerificationRecord } from '../state/verificationRecord';
import { type CallbackTarget, postCallback, readRequestEventAnswer } from './verificationCallbacks';

export interface CallbackSettings {
  /** Where events go; none are sent without it. */
  url: string | undefined;
  fetch: typeof fetch;
  timeoutMs: number;
  applications: readonly EmulatorApplication[];
  now: () => number;
  logger: (line: string) => void;
}

/** Sinch's callbacks to the app's backend, signed by the application that started the verification. */
export interface Callbacks {
  /** Asks the backend about a new verification; `undefined` when no callback URL is set (Sinch then allows). */
  askRequestEvent(record: VerificationRecord): Promise<RequestEventAnswer> | undefined;
  /** A final status: POSTed after the fact, its answer changes nothing. */
  sendResultEvent(record: VerificationRecord): void;
  /** Sinch's delivery report for an SMS: `Successful` once on the phone, `Failed` when it never arrives. */
  sendSmsDeliveredEvent(record: VerificationRecord, smsResult: 'Successful' | 'Failed'): void;
  /** Resolves once every event sent so far has been answered (or failed). */
  settled(): Promise<void>;
}

export function createCallbacks(settings: CallbackSettings): Callbacks {
  const pending = new Set<Promise<void>>();

  function targetFor(url: string, record: VerificationRecord): CallbackTarget {
    const application =
      settings.applications.find((candidate) => candidate.key === record.applicationKey) ??
      EMULATOR_APPLICATION;
    return { url, fetch: settings.fetch, application, now: settings.now(), timeoutMs: settings.timeoutMs };
  }

  /** POSTs an event after the fact (result, SMS delivery report); failures are logged. */
  function notify(
    record: VerificationRecord,
    event: VerificationResultEvent | VerificationSmsDeliveredEvent,
  ): void {
    if (settings.url === undefined) return;
    const sent = postCallback(targetFor(settings.url, record), event).then(
      async (response) => {
        await response.body?.cancel().catch(() => {});
        if (!response.ok)
          settings.logger(`${event.event} callback for ${record.id} answered HTTP ${response.status}`);
      },
      (error: unknown) =>
        settings.logger(`${event.event} callback for ${record.id} failed: ${String(error)}`),
    );
    pending.add(sent);
    void sent.finally(() => pending.delete(sent));
  }

  return {
    askRequestEvent(record) {
      if (settings.url === undefined) return undefined;
      const event: VerificationRequestEvent = {
        id: record.id,
        event: 'VerificationRequestEvent',
        method: record.method,
        identity: { ...record.identity },
        price: priceOf(record.method).verificationPrice,
        // Sinch's OpenAPI 2.0.1 and the Node SDK's event carry `rate` beside `price`, in the same shape.
        rate: priceOf(record.method).verificationPrice,
        ...(record.reference === undefined ? {} : { reference: record.reference }),
        ...(record.custom === undefined ? {} : { custom: record.custom }),
        ...(record.acceptLanguage.length === 0 ? {} : { acceptLanguage: record.acceptLanguage }),
      };
      return postCallback(targetFor(settings.url, record), event)
        .then((response) => readRequestEventAnswer(response, record))
        .catch((error: unknown) => ({ action: 'invalid', why: `no answer (${String(error)})` }));
    },
    sendResultEvent(record) {
      const event: VerificationResultEvent = {
        id: record.id,
        event: 'VerificationResultEvent',
        method: record.method,
        identity: { ...record.identity },
        status: record.status,
      };
      if (record.reason !== undefined) event.reason = record.reason;
      if (record.reference !== undefined) event.reference = record.reference;
      if (record.custom !== undefined) event.custom = record.custom;
      if (record.source !== undefined) event.source = record.source;
      notify(record, event);
    },
    sendSmsDeliveredEvent(record, smsResult) {
      const event: VerificationSmsDeliveredEvent = {
        id: record.id,
        event: 'VerificationSmsDeliveredEvent',
        method: 'sms',
        identity: { ...record.identity },
        smsResult,
      };
      if (record.reference !== undefined) event.reference = record.reference;
      if (record.custom !== undefined) event.custom = record.custom;
      notify(record, event);
    },
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

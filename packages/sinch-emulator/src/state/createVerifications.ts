import type { DeniedReason, FailReason, VerificationMethodWire } from '@verikit/core';
import type { Callbacks } from '../callbacks/createCallbacks';
import type { StartFault } from '../faults/faultRule';
import { isCodeOfType, randomCode } from '../generateCode';
import type { Delivery, WritableInbox } from '../inbox';
import { pickLanguage } from '../messageLanguage';
import type { MethodSettings, RequestEventAnswer } from '../methods/emulatorMethod';
import { methodOf } from '../methods/emulatorMethods';
import type { StartInput } from '../parseStartRequest';
import { countryIdOf } from '../phoneNumber';
import { randomId } from '../randomSource';
import { reduceVerification, type VerificationEvent } from './reduceVerification';
import type { VerificationRecord } from './verificationRecord';
import { createVerificationStore } from './verificationStore';

export interface VerificationsSettings {
  methods: MethodSettings;
  maxAttempts: number;
  maxVerifications: number;
  now: () => number;
  inbox: WritableInbox;
  callbacks: Callbacks;
  logger: (line: string) => void;
}

export type StartOutcome =
  | { outcome: 'started'; record: VerificationRecord }
  /** A newer start of the same number replaced it while the backend was being asked: nothing was sent. */
  | { outcome: 'replaced'; record: VerificationRecord }
  /** A deny fault refused it. */
  | { outcome: 'denied'; record: VerificationRecord; reason: DeniedReason }
  | { outcome: 'deniedByCallback'; record: VerificationRecord }
  | { outcome: 'invalidCallback'; record: VerificationRecord; why: string };

/** The verifications an emulator holds and what can happen to them: each change goes through `reduceVerification`. */
export interface Verifications {
  /** Starts a verification (the checks and faults that answer before one exists are the caller's). */
  start(
    input: StartInput,
    context: {
      applicationKey: string;
      acceptLanguage: string[];
      fault: StartFault | undefined;
    },
  ): Promise<StartOutcome>;
  /** Judges a report; `wrongReason` when it was wrong and the verification stays open for another try. */
  report(
    record: VerificationRecord,
    reported: string,
  ): { record: VerificationRecord; wrongReason?: FailReason };
  /** The device opened a seamless link: `undefined` for an unknown link. */
  openSeamless(token: string): VerificationRecord | undefined;
  /** The verification as it is now (expiry judged on the clock). */
  current(record: VerificationRecord): VerificationRecord;
  get(id: string): VerificationRecord | undefined;
  /** The newest pending verification of this number and method, else the newest of them. */
  newestOf(
    e164: string,
    method: VerificationMethodWire,
    pendingFirst?: boolean,
  ): VerificationRecord | undefined;
  newestWithReference(reference: string): VerificationRecord | undefined;
  withSeamlessToken(token: string): VerificationRecord | undefined;
  clear(): void;
}

export function createVerifications(settings: VerificationsSettings): Verifications {
  const { now, inbox, callbacks, logger } = settings;
  const { random } = settings.methods;
  const store = createVerificationStore(settings.maxVerifications);

  /** Applies an event to the stored state of a verification (or to `record`, when it was forgotten meanwhile). */
  function apply(
    record: VerificationRecord,
    event: VerificationEvent,
  ): { record: VerificationRecord; wrongReason?: FailReason } {
    const { record: next, effects } = reduceVerification(store.get(record.id) ?? record, event);
    store.update(next);
    let wrongReason: FailReason | undefined;
    for (const effect of effects) {
      switch (effect.type) {
        case 'deliver':
          deliver(next);
          break;
        case 'sendResultEvent':
          callbacks.sendResultEvent(next);
          break;
        case 'sendSmsDeliveredEvent':
          callbacks.sendSmsDeliveredEvent(next, effect.smsResult);
          break;
        case 'answerWrongReport':
          wrongReason = effect.reason;
          break;
        case 'logInvalidCallback':
          logger(`Request callback for ${next.id} was invalid: ${effect.why}`);
          break;
        default:
          effect satisfies never;
      }
    }
    return wrongReason === undefined ? { record: next } : { record: next, wrongReason };
  }

  function deliver(record: VerificationRecord): void {
    const method = methodOf(record.method);
    const content = method.delivery(record, settings.methods);
    const delivery: Delivery = {
      id: randomId(random),
      verificationId: record.id,
      method: record.method,
      to: record.identity.endpoint,
      text: content.text,
      ...(content.code === undefined ? {} : { code: content.code }),
      ...(content.cli === undefined ? {} : { cli: content.cli }),
      at: new Date(now()).toISOString(),
    };
    // Frozen: a test or a panel holding a delivery cannot change what the next reader sees.
    inbox.deliver(Object.freeze(delivery));
    logger(`${method.label} to ${delivery.to}: ${delivery.text}`);
  }

  function newRecord(
    input: StartInput,
    applicationKey: string,
    acceptLanguage: string[],
  ): VerificationRecord {
    const createdAt = now();
    const id = randomId(random);
    const { speechLocale } = input.options;
    const challenge = methodOf(input.method).challenge(
      { verificationId: id, endpoint: input.endpoint, options: input.options },
      settings.methods,
    );
    const record: VerificationRecord = {
      id,
      method: input.method,
      identity: { type: 'number', endpoint: input.endpoint },
      applicationKey,
      createdAt,
      expiresAt: createdAt + challenge.expiresInSeconds * 1000,
      status: 'PENDING',
      codeType: challenge.codeType ?? settings.methods.defaultCodeType,
      wrongAttempts: 0,
      language: pickLanguage(speechLocale ? [speechLocale, ...acceptLanguage] : acceptLanguage),
      acceptLanguage,
      isDelivered: false,
    };
    const countryId = countryIdOf(input.endpoint);
    if (countryId !== undefined) record.countryId = countryId;
    if (input.reference !== undefined) record.reference = input.reference;
    if (input.custom !== undefined) record.custom = input.custom;
    if (challenge.template !== undefined) record.template = challenge.template;
    if (challenge.code !== undefined) record.code = challenge.code;
    if (challenge.cli !== undefined) record.cli = challenge.cli;
    if (challenge.seamlessToken !== undefined) record.seamlessToken = challenge.seamlessToken;
    if (challenge.interceptionTimeout !== undefined)
      record.interceptionTimeout = challenge.interceptionTimeout;
    return record;
  }

  /** A backend that changes the code type without choosing a code gets a new code of that type (randomness is ours). */
  function withFittingCode(answer: RequestEventAnswer, record: VerificationRecord): RequestEventAnswer {
    if (answer.action !== 'allow' || answer.code !== undefined || answer.codeType === undefined)
      return answer;
    if (record.code === undefined || isCodeOfType(record.code, answer.codeType)) return answer;
    return { ...answer, code: randomCode(random, settings.methods.codeLength, answer.codeType) };
  }

  const current = (record: VerificationRecord) => apply(record, { type: 'expired', at: now() }).record;

  return {
    async start(input, { applicationKey, acceptLanguage, fault }) {
      let record = newRecord(input, applicationKey, acceptLanguage);
      store.add(record);
      if (fault?.fault === 'deny') {
        const reason = fault.reason ?? 'Blocked';
        return {
          outcome: 'denied',
          reason,
          record: apply(record, { type: 'denied', at: now(), reason }).record,
        };
      }
      const asked = callbacks.askRequestEvent(record);
      if (asked) {
        const answer = withFittingCode(await asked, store.get(record.id) ?? record);
        record = apply(record, { type: 'callbackAnswered', at: now(), answer }).record;
        if (answer.action === 'deny') return { outcome: 'deniedByCallback', record };
        if (answer.action === 'invalid') return { outcome: 'invalidCallback', record, why: answer.why };
      }
      // A newer start of the same number replaced this one while the backend was being asked: nothing to send.
      if (record.status !== 'PENDING') return { outcome: 'replaced', record };
      // Only older verifications are replaced (the order they started in), whichever start finished first.
      for (const other of store.olderOfSameNumber(record)) apply(other, { type: 'replaced', at: now() });
      record = apply(
        record,
        fault === undefined
          ? { type: 'started', at: now() }
          : { type: 'started', at: now(), fault: fault.fault },
      ).record;
      return { outcome: 'started', record };
    },
    report: (record, reported) =>
      apply(record, { type: 'reported', at: now(), reported, maxAttempts: settings.maxAttempts }),
    openSeamless(token) {
      const record = store.withSeamlessToken(token);
      return record && apply(record, { type: 'seamlessOpened', at: now() }).record;
    },
    current,
    get: (id) => store.get(id),
    newestOf(e164, method, pendingFirst = false) {
      const pending = pendingFirst
        ? store.newestOf(e164, method, (record) => current(record).status === 'PENDING')
        : undefined;
      return pending ?? store.newestOf(e164, method);
    },
    newestWithReference: (reference) => store.newestWithReference(reference),
    withSeamlessToken: (token) => store.withSeamlessToken(token),
    clear: () => store.clear(),
  };
}

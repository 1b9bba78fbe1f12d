import type { DeniedReason, ErrorReason, FailReason, VerificationStatus } from '@verikit/core';
import { pickLanguage } from '../messageLanguage';
import type { RequestEventAnswer } from '../methods/emulatorMethod';
import { methodOf } from '../methods/emulatorMethods';
import type { VerificationRecord } from './verificationRecord';

/**
 * What happens to a verification. Every event carries the emulator's time (`at`, ms): a pending verification past
 * its `expiresAt` is first `FAIL` / `Expired`, whatever the event, and a final one never changes again.
 */
export type VerificationEvent =
  /** A fault refuses the start before anything is sent. */
  | { type: 'denied'; at: number; reason: DeniedReason }
  /** The app's backend answered the `VerificationRequestEvent` (an `allow` may set the code, CLI, expiry, …). */
  | { type: 'callbackAnswered'; at: number; answer: RequestEventAnswer }
  /**
   * The start went through: the phone is reached, unless a fault stops it (`deliveryFailure`: `ERROR`, nothing
   * arrives; `failedPending`: `FAIL` / `Failed pending`, nothing arrives).
   */
  | { type: 'started'; at: number; fault?: 'deliveryFailure' | 'failedPending' }
  /** The person reported a code or caller number; the verification closes after `maxAttempts` wrong ones. */
  | { type: 'reported'; at: number; reported: string; maxAttempts: number }
  /** The device's data session opened the seamless link. */
  | { type: 'seamlessOpened'; at: number }
  /** The clock was read: a verification past its expiry is `Expired` (nothing happens before). */
  | { type: 'expired'; at: number }
  /** A newer start of the same number: a pending verification is `ABORTED`. */
  | { type: 'replaced'; at: number };

/** What the emulator does about an event, outside the record. */
export type VerificationEffect =
  /** Put the method's delivery (the SMS, the missed call, …) in the inbox. */
  | { type: 'deliver' }
  /** POST a `VerificationResultEvent`: the status became final. */
  | { type: 'sendResultEvent' }
  | { type: 'sendSmsDeliveredEvent'; smsResult: 'Successful' | 'Failed' }
  /** This report was wrong, but the verification stays open for another try: answer `FAIL` with this reason. */
  | { type: 'answerWrongReport'; reason: FailReason }
  /** The backend's answer was unfit (logged, for the developer). */
  | { type: 'logInvalidCallback'; why: string };

export interface Reduced {
  /** The next state: the same object when nothing changed, else a new one (the given record is never changed). */
  record: VerificationRecord;
  effects: VerificationEffect[];
}

type FinalStatus = Exclude<VerificationStatus, 'PENDING'>;

/** Sinch's state machine for one verification, with no I/O: the emulator applies the effects. */
export function reduceVerification(record: VerificationRecord, event: VerificationEvent): Reduced {
  let next = record;
  const effects: VerificationEffect[] = [];
  const change = (patch: Partial<VerificationRecord>) => {
    next = { ...next, ...patch };
  };
  const finish = (status: FinalStatus, reason?: DeniedReason | ErrorReason | FailReason) => {
    const { reason: _previous, ...rest } = next;
    next = { ...rest, status, finalizedAt: event.at, ...(reason === undefined ? {} : { reason }) };
    effects.push({ type: 'sendResultEvent' });
  };

  if (next.status === 'PENDING' && event.at >= next.expiresAt) finish('FAIL', 'Expired');
  if (next.status !== 'PENDING') return { record: next, effects };

  const method = methodOf(next.method);
  switch (event.type) {
    case 'denied':
      finish('DENIED', event.reason);
      break;
    case 'callbackAnswered': {
      const { answer } = event;
      if (answer.action === 'deny') finish('DENIED', 'Denied by callback');
      else if (answer.action === 'invalid') {
        effects.push({ type: 'logInvalidCallback', why: answer.why });
        finish('DENIED', 'Invalid callback');
      } else {
        const patch: Partial<VerificationRecord> = {};
        if (answer.codeType !== undefined) patch.codeType = answer.codeType;
        if (answer.code !== undefined) patch.code = answer.code;
        if (answer.expirySeconds !== undefined)
          patch.expiresAt = next.createdAt + answer.expirySeconds * 1000;
        if (answer.cli !== undefined) patch.cli = answer.cli;
        if (answer.interceptionTimeout !== undefined) patch.interceptionTimeout = answer.interceptionTimeout;
        if (answer.acceptLanguage !== undefined) patch.language = pickLanguage(answer.acceptLanguage);
        if (answer.speechLocale !== undefined) patch.language = pickLanguage([answer.speechLocale]);
        if (Object.keys(patch).length > 0) change(patch);
      }
      break;
    }
    case 'started':
      if (event.fault === 'deliveryFailure') {
        if (method.reportsSmsDelivery) effects.push({ type: 'sendSmsDeliveredEvent', smsResult: 'Failed' });
        finish('ERROR', method.deliveryFailureReason);
      } else if (event.fault === 'failedPending') finish('FAIL', 'Failed pending');
      else {
        change({ isDelivered: true });
        effects.push({ type: 'deliver' });
        if (method.reportsSmsDelivery)
          effects.push({ type: 'sendSmsDeliveredEvent', smsResult: 'Successful' });
      }
      break;
    case 'reported': {
      const judge = method.report;
      if ('none' in judge) break;
      if (judge.isRight(event.reported, next)) {
        change({ source: 'manual' });
        finish('SUCCESSFUL');
        break;
      }
      const wrongAttempts = next.wrongAttempts + 1;
      change({ wrongAttempts });
      if (wrongAttempts >= event.maxAttempts) {
        change({ source: 'manual' });
        finish('FAIL', judge.wrongReason);
      } else effects.push({ type: 'answerWrongReport', reason: judge.wrongReason });
      break;
    }
    case 'seamlessOpened':
      change({ source: 'intercepted' });
      finish('SUCCESSFUL');
      break;
    case 'expired':
      break;
    case 'replaced':
      finish('ABORTED');
      break;
    default:
      event satisfies never;
  }
  return { record: next, effects };
}

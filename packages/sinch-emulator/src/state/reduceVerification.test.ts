import type { VerificationMethodWire } from '@verikit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MethodSettings } from '../methods/emulatorMethod';
import { EMULATOR_METHODS, methodOf } from '../methods/emulatorMethods';
import { seededRandom } from '../randomSource';
import { reduceVerification, type VerificationEffect, type VerificationEvent } from './reduceVerification';
import type { VerificationRecord } from './verificationRecord';

const NUMBERS = ['+46701000001', '+46701000002', '+46701000003'] as const;
const METHODS = Object.keys(EMULATOR_METHODS) as VerificationMethodWire[];
const MAX_ATTEMPTS = 2;

const settings = (seed: number): MethodSettings => ({
  random: seededRandom(seed),
  codeLength: 4,
  defaultCodeType: 'Numeric',
  codeGenerator: undefined,
  smsExpirySeconds: 600,
  interceptionTimeoutSeconds: 45,
  calloutExpirySeconds: 300,
  cliPool: ['+4610888'],
  unknownDigits: 4,
  filterShape: 'suffix',
  baseUrl: 'http://sinch.test',
});

/** A new verification as the emulator makes one: the method's own challenge. */
function newRecord(id: string, endpoint: string, method: VerificationMethodWire, at: number, seed: number) {
  const challenge = methodOf(method).challenge({ verificationId: id, endpoint, options: {} }, settings(seed));
  const record: VerificationRecord = {
    id,
    method,
    identity: { type: 'number', endpoint },
    applicationKey: 'key',
    createdAt: at,
    expiresAt: at + challenge.expiresInSeconds * 1000,
    status: 'PENDING',
    codeType: challenge.codeType ?? 'Numeric',
    wrongAttempts: 0,
    language: 'en-US',
    acceptLanguage: [],
    isDelivered: false,
    ...(challenge.code === undefined ? {} : { code: challenge.code }),
    ...(challenge.cli === undefined ? {} : { cli: challenge.cli }),
    ...(challenge.seamlessToken === undefined ? {} : { seamlessToken: challenge.seamlessToken }),
  };
  return record;
}

type StartOutcome =
  | 'delivered'
  | 'deliveryFails'
  | 'failsPending'
  | 'denied'
  | 'callbackDenies'
  | 'callbackInvalid';

type Action =
  | { kind: 'start'; number: number; method: number; outcome: StartOutcome }
  | { kind: 'reportRight' | 'reportWrong' | 'open' | 'look'; pick: number }
  | { kind: 'advance'; seconds: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('start' as const),
    number: fc.nat(NUMBERS.length - 1),
    method: fc.nat(METHODS.length - 1),
    outcome: fc.constantFrom<StartOutcome>(
      'delivered',
      'delivered',
      'delivered',
      'deliveryFails',
      'failsPending',
      'denied',
      'callbackDenies',
      'callbackInvalid',
    ),
  }),
  // `pick` counts back from the newest verification: mostly the newest, as a person retyping would.
  fc.record({
    kind: fc.constantFrom('reportRight', 'reportWrong', 'reportWrong', 'open', 'look'),
    pick: fc.oneof(fc.constant(0), fc.nat()),
  }),
  fc.record({ kind: fc.constant('advance' as const), seconds: fc.integer({ min: 0, max: 400 }) }),
);

interface Tracked {
  record: VerificationRecord;
  effects: VerificationEffect[];
  /** Whether its start went through (a denied start replaces nothing). */
  allowed: boolean;
}

describe('reduceVerification, under any sequence of starts, reports, seamless links and clock moves', () => {
  it('keeps Sinch’s rules: final is final, one pending per number, the right secret verifies, retyping up to the cap, one result event', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 30 }), fc.nat(), (actions, seed) => {
        let at = Date.parse('2026-01-01T00:00:00Z');
        const tracked: Tracked[] = [];

        /** One event through the reducer, checking what holds for every event. */
        function dispatch(target: Tracked, event: VerificationEvent) {
          const before = Object.freeze({ ...target.record });
          const { record, effects } = reduceVerification(before, event);
          // Pure: the given record is never changed, and an unchanged record is the same object.
          expect(target.record).toEqual(before);
          if (effects.length === 0 && record.status === before.status) expect(record.id).toBe(before.id);
          // Final is final, and its details are set once.
          if (before.status !== 'PENDING') {
            expect(record).toEqual(before);
            expect(effects).toEqual([]);
          }
          // Expired first, whatever the event.
          if (before.status === 'PENDING' && event.at >= before.expiresAt)
            expect(record).toMatchObject({ status: 'FAIL', reason: 'Expired' });
          if (record.status === 'PENDING') expect(record.finalizedAt).toBeUndefined();
          else expect(record.finalizedAt).toBeDefined();
          target.record = record;
          target.effects.push(...effects);
          return effects;
        }

        const pick = (step: { pick: number }) => tracked[tracked.length - 1 - (step.pick % tracked.length)];

        for (const step of actions) {
          if (step.kind === 'advance') {
            at += step.seconds * 1000;
            continue;
          }
          if (step.kind === 'start') {
            const number = NUMBERS[step.number] as string;
            const method = METHODS[step.method] as VerificationMethodWire;
            const entry: Tracked = {
              record: newRecord(`v${tracked.length}`, number, method, at, seed),
              effects: [],
              allowed: ['delivered', 'deliveryFails', 'failsPending'].includes(step.outcome),
            };
            tracked.push(entry);
            if (step.outcome === 'denied') {
              dispatch(entry, { type: 'denied', at, reason: 'Blocked' });
              expect(entry.record).toMatchObject({ status: 'DENIED', reason: 'Blocked' });
              continue;
            }
            if (step.outcome === 'callbackDenies' || step.outcome === 'callbackInvalid') {
              const answer =
                step.outcome === 'callbackDenies'
                  ? ({ action: 'deny' } as const)
                  : ({ action: 'invalid', why: 'HTTP 500' } as const);
              dispatch(entry, { type: 'callbackAnswered', at, answer });
              expect(entry.record).toMatchObject({
                status: 'DENIED',
                reason: step.outcome === 'callbackDenies' ? 'Denied by callback' : 'Invalid callback',
              });
              continue;
            }
            // What the emulator does on an allowed start: older verifications of the number are replaced.
            for (const older of tracked.slice(0, -1)) {
              if (older.record.identity.endpoint !== number) continue;
              const wasPending = older.record.status === 'PENDING' && at < older.record.expiresAt;
              dispatch(older, { type: 'replaced', at });
              if (wasPending) expect(older.record.status).toBe('ABORTED');
              expect(older.record.status).not.toBe('PENDING');
            }
            const effects = dispatch(
              entry,
              step.outcome === 'delivered'
                ? { type: 'started', at }
                : {
                    type: 'started',
                    at,
                    fault: step.outcome === 'deliveryFails' ? 'deliveryFailure' : 'failedPending',
                  },
            );
            const smsReport = methodOf(method).reportsSmsDelivery;
            if (step.outcome === 'deliveryFails') {
              expect(entry.record).toMatchObject({
                status: 'ERROR',
                reason: methodOf(method).deliveryFailureReason,
                isDelivered: false,
              });
              expect(effects.filter((effect) => effect.type === 'deliver')).toEqual([]);
            } else if (step.outcome === 'failsPending') {
              expect(entry.record).toMatchObject({
                status: 'FAIL',
                reason: 'Failed pending',
                isDelivered: false,
              });
              expect(effects).toEqual([{ type: 'sendResultEvent' }]);
            } else {
              expect(entry.record).toMatchObject({ status: 'PENDING', isDelivered: true });
              expect(effects).toEqual([
                { type: 'deliver' },
                ...(smsReport ? [{ type: 'sendSmsDeliveredEvent', smsResult: 'Successful' }] : []),
              ]);
            }
          } else {
            const target = pick(step);
            if (!target) continue;
            const before = target.record;
            const isPending = before.status === 'PENDING' && at < before.expiresAt;
            const judge = methodOf(before.method).report;
            if (step.kind === 'look') dispatch(target, { type: 'expired', at });
            else if (step.kind === 'open') {
              if (before.method !== 'seamless') continue;
              dispatch(target, { type: 'seamlessOpened', at });
              if (isPending)
                expect(target.record).toMatchObject({ status: 'SUCCESSFUL', source: 'intercepted' });
            } else {
              if ('none' in judge) continue;
              const secret = step.kind === 'reportRight' ? (before.code ?? before.cli ?? '') : 'X0000000';
              const effects = dispatch(target, {
                type: 'reported',
                at,
                reported: secret,
                maxAttempts: MAX_ATTEMPTS,
              });
              // The right secret, while still pending, always verifies.
              if (isPending && step.kind === 'reportRight')
                expect(target.record).toMatchObject({ status: 'SUCCESSFUL', source: 'manual' });
              if (isPending && step.kind === 'reportWrong') {
                // Retyping is allowed until the last of maxAttempts wrong reports closes it.
                const wrong = before.wrongAttempts + 1;
                expect(target.record.wrongAttempts).toBe(wrong);
                if (wrong >= MAX_ATTEMPTS)
                  expect(target.record).toMatchObject({ status: 'FAIL', reason: judge.wrongReason });
                else {
                  expect(target.record.status).toBe('PENDING');
                  expect(effects).toEqual([{ type: 'answerWrongReport', reason: judge.wrongReason }]);
                }
              }
            }
          }

          // Only the newest allowed verification of a number may still be pending.
          for (const number of NUMBERS) {
            const ofNumber = tracked.filter(
              (entry) => entry.allowed && entry.record.identity.endpoint === number,
            );
            const pending = tracked.filter(
              (entry) => entry.record.identity.endpoint === number && entry.record.status === 'PENDING',
            );
            expect(pending.length).toBeLessThanOrEqual(1);
            if (pending[0]) expect(pending[0]).toBe(ofNumber.at(-1));
          }
        }

        // A result event exactly once for each verification that became final, none for one still pending.
        for (const entry of tracked) {
          const results = entry.effects.filter((effect) => effect.type === 'sendResultEvent');
          expect(results.length).toBe(entry.record.status === 'PENDING' ? 0 : 1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('sets what the backend chose in its answer, and logs an unfit answer before the result', () => {
    const record = newRecord('v1', NUMBERS[0], 'sms', 0, 1);
    const allowed = reduceVerification(record, {
      type: 'callbackAnswered',
      at: 0,
      answer: { action: 'allow', code: '3688', expirySeconds: 60 },
    });
    expect(allowed.record).toMatchObject({ status: 'PENDING', code: '3688', expiresAt: 60_000 });
    expect(allowed.effects).toEqual([]);
    expect(
      reduceVerification(record, { type: 'callbackAnswered', at: 0, answer: { action: 'invalid', why: 'x' } })
        .effects,
    ).toEqual([{ type: 'logInvalidCallback', why: 'x' }, { type: 'sendResultEvent' }]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { START, setupEmulator } from './emulatorTestSetup.test-helper';

const NUMBERS = ['+46701000001', '+46701000002', '+46701000003'] as const;
const METHODS = ['sms', 'flashCall', 'callout'] as const;

type Action =
  | { kind: 'start'; number: number; method: number }
  | { kind: 'reportRight' | 'reportWrong' | 'status'; pick: number }
  | { kind: 'advance'; seconds: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('start' as const),
    number: fc.nat(NUMBERS.length - 1),
    method: fc.nat(METHODS.length - 1),
  }),
  // `pick` counts back from the newest verification: mostly the newest, as a person retyping would.
  fc.record({
    kind: fc.constantFrom('reportRight', 'reportWrong', 'reportWrong', 'status'),
    pick: fc.oneof(fc.constant(0), fc.nat()),
  }),
  fc.record({ kind: fc.constant('advance' as const), seconds: fc.integer({ min: 0, max: 400 }) }),
);

interface Known {
  id: string;
  number: string;
  /** The code or caller number the phone received. */
  secret: string;
  method: string;
}

const FINAL_FIELDS = ['countryId', 'verificationTimestamp'] as const;

describe('the state machine, under any sequence of starts, reports, status reads and clock moves', () => {
  it('keeps Sinch’s rules: final is final, one pending verification per number, retyping up to the attempts cap, details only once final', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 24 }), async (actions) => {
        const { start, report, statusOf, call, clock, emulator } = setupEmulator({ maxAttempts: 2 });
        const known: Known[] = [];
        const finalStatus = new Map<string, unknown>();
        const wrongReports = new Map<string, number>();

        /** Every verification seen so far obeys the rules. */
        async function obeysRules(): Promise<void> {
          const statuses = new Map<string, Record<string, unknown>>();
          for (const verification of known) {
            const { body } = await statusOf(verification.id);
            statuses.set(verification.id, body);
            const previous = finalStatus.get(verification.id);
            if (previous !== undefined) expect(body.status).toBe(previous);
            if (body.status === 'PENDING') {
              for (const field of [...FINAL_FIELDS, 'price']) expect(body).not.toHaveProperty(field);
            } else {
              finalStatus.set(verification.id, body.status);
              for (const field of [...FINAL_FIELDS, 'price']) expect(body).toHaveProperty(field);
            }
          }
          for (const number of NUMBERS) {
            const ofNumber = known.filter((candidate) => candidate.number === number);
            const pending = ofNumber.filter((candidate) => statuses.get(candidate.id)?.status === 'PENDING');
            // Only the newest of a number can still be pending.
            expect(pending.length).toBeLessThanOrEqual(1);
            if (pending[0]) expect(pending[0]).toBe(ofNumber.at(-1));
          }
        }

        for (const step of actions) {
          if (step.kind === 'advance') {
            clock.advance(step.seconds * 1000);
            await obeysRules();
            continue;
          }
          if (step.kind === 'start') {
            const number = NUMBERS[step.number] as string;
            const answer = await start(METHODS[step.method] as string, {}, number);
            expect(answer.status).toBe(200);
            const delivery = emulator.inbox.latest(number);
            expect(delivery?.verificationId).toBe(answer.body.id);
            known.push({
              id: String(answer.body.id),
              number,
              secret: delivery?.code ?? delivery?.cli ?? '',
              method: String(answer.body.method),
            });
            // A new verification of a number leaves no older one of it pending.
            for (const older of known.filter((other) => other.number === number).slice(0, -1))
              expect((await statusOf(older.id)).body.status).not.toBe('PENDING');
            await obeysRules();
            continue;
          }
          const target = known[known.length - 1 - (step.pick % Math.max(known.length, 1))];
          if (!target) continue;
          if (step.kind === 'status') {
            expect((await statusOf(target.id)).status).toBe(200);
          } else {
            const secret = step.kind === 'reportRight' ? target.secret : 'X0000000';
            const body =
              target.method === 'flashcall'
                ? {
                    method: 'flashcall',
                    flashCall: { cli: step.kind === 'reportRight' ? secret : '+4600000' },
                  }
                : { method: target.method, [target.method]: { code: secret } };
            const before = (await statusOf(target.id)).body.status;
            const answer = await report(target.id, body);
            expect(answer.status).toBe(200);
            // The right secret, while still pending, always verifies.
            if (before === 'PENDING' && step.kind === 'reportRight')
              expect(answer.body.status).toBe('SUCCESSFUL');
            if (step.kind === 'reportWrong' && before === 'PENDING') {
              // Retyping is allowed until the last of maxAttempts (2) wrong reports closes it.
              const wrong = (wrongReports.get(target.id) ?? 0) + 1;
              wrongReports.set(target.id, wrong);
              const reason = target.method === 'flashcall' ? 'Invalid CLI' : 'Invalid code';
              expect(answer.body).toMatchObject({ status: 'FAIL', reason });
              expect((await statusOf(target.id)).body).toMatchObject(
                wrong >= 2 ? { status: 'FAIL', reason } : { status: 'PENDING' },
              );
            }
          }

          await obeysRules();
        }

        // Status by identity answers the newest verification of each number and method.
        for (const verification of known) {
          const newest = known.filter(
            (candidate) =>
              candidate.number === verification.number && candidate.method === verification.method,
          );
          const segment = verification.method === 'flashcall' ? 'flashCall' : verification.method;
          const byIdentity = await call(`${START}/${segment}/number/${verification.number}`);
          expect(byIdentity.body.id).toBe(newest.at(-1)?.id);
        }
      }),
      { numRuns: 60 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER, START, setupEmulator } from './emulatorTestSetup.test-helper';
import { createManualClock } from './manualClock';
import { ORIGIN } from './signedRequest.test-helper';

// Any JSON at all, and near-misses of the real bodies, where bugs hide.
const anyJson = fc.jsonValue();
const nearStart = fc.record(
  {
    identity: fc.oneof(
      anyJson,
      fc.record({ type: fc.oneof(fc.constant('number'), anyJson), endpoint: fc.oneof(fc.string(), anyJson) }),
    ),
    method: fc.oneof(
      fc.constantFrom('sms', 'flashCall', 'FLASHCALL', 'callout', 'seamless', 'whatsapp'),
      anyJson,
    ),
    reference: fc.oneof(fc.string(), anyJson),
    smsOptions: fc.oneof(
      anyJson,
      fc.record({ expiry: fc.string(), codeType: fc.string(), template: fc.string() }),
    ),
    flashCallOptions: fc.oneof(
      anyJson,
      fc.record({ dialTimeout: fc.double(), interceptionTimeout: fc.integer() }),
    ),
  },
  { requiredKeys: [] },
);
const nearReport = fc.record(
  {
    method: fc.oneof(fc.constantFrom('sms', 'flashcall', 'flashCall', 'callout'), anyJson),
    sms: fc.oneof(anyJson, fc.record({ code: fc.oneof(fc.string(), anyJson) })),
    FlashCall: fc.oneof(anyJson, fc.record({ cli: fc.oneof(fc.string(), anyJson) })),
    callout: fc.oneof(anyJson, fc.record({ code: fc.oneof(fc.string(), anyJson) })),
  },
  { requiredKeys: [] },
);

describe('hostile input', () => {
  it('answers every start body with 200 or a Sinch 4xx body, never a 5xx or a throw', async () => {
    const { call } = setupEmulator();
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, nearStart), async (body) => {
        const answer = await call(START, { body: JSON.stringify(body), method: 'POST' });
        expect(answer.status === 200 || (answer.status >= 400 && answer.status < 500)).toBe(true);
        if (answer.status !== 200)
          expect(answer.body).toEqual({ errorCode: expect.any(Number), message: expect.any(String) });
      }),
      { numRuns: 300 },
    );
  });

  it('answers every report body without a 5xx, and a pending verification survives them all', async () => {
    const { start, report, statusOf, emulator } = setupEmulator({ maxAttempts: 1_000_000 });
    const { body } = await start('sms');
    const id = String(body.id);
    const code = emulator.inbox.latest(NUMBER)?.code ?? '';
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, nearReport), async (reportBody) => {
        // Skip the one body that would rightly complete it.
        fc.pre(!JSON.stringify(reportBody).includes(`"${code}"`));
        const answer = await report(id, reportBody as Record<string, unknown>);
        expect(answer.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
    expect((await statusOf(id)).body.status).toBe('PENDING');
  });

  it('answers any fault rule or clock move posted to the emulator routes without a 5xx', async () => {
    const clock = createManualClock(0);
    const { emulator } = setupEmulator({ manualClock: clock, now: clock.now });
    const nearRule = fc.record(
      {
        match: fc.oneof(fc.constantFrom('*', '+4670*', NUMBER), anyJson),
        fault: fc.oneof(fc.constantFrom('deliveryFailure', 'deny', 'latency', 'httpError'), anyJson),
        ms: fc.oneof(fc.integer({ min: 0, max: 5 }), anyJson),
        status: fc.oneof(fc.constantFrom(429, 500, 503), anyJson),
        on: fc.oneof(fc.constant(['start']), anyJson),
        times: fc.oneof(fc.integer(), anyJson),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('faults', 'clock'),
        fc.oneof(
          anyJson,
          nearRule,
          fc.array(nearRule, { maxLength: 3 }),
          fc.record({ advanceMs: fc.double() }),
          fc.record({ set: fc.oneof(fc.string(), fc.constant('+275760-09-13T00:00:00Z')) }),
        ),
        async (area, body) => {
          const answer = await emulator.fetch(
            new Request(`${ORIGIN}/emulator/${area}`, { method: 'POST', body: JSON.stringify(body) }),
          );
          expect(answer.status).toBeLessThan(500);
          // Whatever was accepted, clear it again so the next run starts clean.
          emulator.faults.clear();
        },
      ),
      { numRuns: 200 },
    );
    // Its clock still tells a time a timestamp can show, and the emulator still answers.
    expect(Number.isFinite(new Date(emulator.clock.now()).getTime())).toBe(true);
    expect((await emulator.fetch(new Request(`${ORIGIN}/emulator/clock`))).status).toBe(200);
  });

  it('answers any path under the API with a 4xx, never a 5xx', async () => {
    const { call } = setupEmulator();
    const segment = fc.oneof(
      fc.string(),
      fc.constantFrom('id', 'number', 'reference', 'sms', '%', '%2B', '..', ''),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { maxLength: 4 }),
        fc.constantFrom('GET', 'PUT', 'POST', 'DELETE'),
        async (segments, method) => {
          const path = `${START}/${segments.map((part) => encodeURIComponent(part).replace('%25', '%')).join('/')}`;
          const answer = await call(path, {
            method,
            ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}' }),
          });
          expect(answer.status).toBeLessThan(500);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('hostile paths beside the API', () => {
  it('answers any path under /emulator without a 5xx', async () => {
    const { emulator } = setupEmulator();
    const segment = fc.oneof(
      fc.string(),
      fc.constantFrom('inbox', 'faults', 'clock', 'seamless', 'result', '%', '%2B', '+46700000000', '..', ''),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { maxLength: 4 }),
        fc.constantFrom('GET', 'PUT', 'POST', 'DELETE', 'PATCH'),
        async (segments, method) => {
          // The event stream stays open by design: not a path to read to its end.
          fc.pre(segments[0] !== 'events');
          const path = `/emulator/${segments.map((part) => encodeURIComponent(part).replace('%25', '%')).join('/')}`;
          const answer = await emulator.fetch(
            new Request(`${ORIGIN}${path}`, {
              method,
              ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}' }),
            }),
          );
          await answer.arrayBuffer();
          expect(answer.status).toBeLessThan(500);
          emulator.faults.clear();
        },
      ),
      { numRuns: 200 },
    );
  });
});

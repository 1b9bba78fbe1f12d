import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER, START, setupEmulator } from './emulatorTestSetup.test-helper';

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

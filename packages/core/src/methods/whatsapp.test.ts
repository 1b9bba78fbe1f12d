// @vitest-environment node
import { createVerificationProxy, verifyProof } from '@verikit/proxy';
import {
  createManualClock,
  createSinchEmulator,
  EMULATOR_APPLICATION,
  type FaultRule,
} from '@verikit/sinch-emulator';
import { describe, expect, it, vi } from 'vitest';
import { createVerificationClient } from '../verificationClient';
import { createVerificationFlow } from '../verificationFlow';
import type { VerificationMethod } from '../wire';

// WhatsApp through the whole kit: the flow, the real proxy (WhatsApp listed: it is not offered by default) and the
// emulator, in-process, on a clock only the test moves.
const PROOF_SECRET = 'test-proof-secret-at-least-32-bytes-long!!';
const NUMBER = '+46701234567';

function setup(methods: VerificationMethod[], faults: FaultRule[] = []) {
  const clock = createManualClock(Date.UTC(2026, 0, 1));
  const emulator = createSinchEmulator({ now: clock.now, seed: 3, faults });
  const sinchStarts: unknown[] = [];
  const proxy = createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    fetch: async (request) => {
      if (request.method === 'POST') sinchStarts.push(await request.clone().json());
      return emulator.fetch(request);
    },
    sinchBaseUrl: 'http://emulator.local',
    proof: { secret: PROOF_SECRET },
    now: clock.now,
    allowedMethods: methods,
    whatsappOptions: { codeType: 'Numeric' },
    limits: { resendCooldownSeconds: 0 },
  });
  const client = createVerificationClient({
    baseUrl: 'http://app.local/api/verification',
    fetch: (input, init) => proxy(new Request(input, init)),
  });
  const flow = createVerificationFlow({ client, clock, methods, statusPollIntervalMs: 3000 });
  const step = (expected: string) => vi.waitFor(() => expect(flow.getSnapshot().step).toBe(expected));
  return { clock, emulator, flow, sinchStarts, step };
}

describe('WhatsApp verification on the real proxy and emulator', () => {
  it('sends a code on WhatsApp, takes it typed and hands over a proof for the number', async () => {
    const { emulator, flow, sinchStarts, step } = setup(['whatsapp', 'sms']);
    flow.start(NUMBER);
    await step('waiting');
    expect(sinchStarts).toEqual([
      {
        identity: { type: 'number', endpoint: NUMBER },
        method: 'whatsapp',
        whatsappOptions: { codeType: 'Numeric' },
      },
    ]);
    expect(flow.getSnapshot()).toMatchObject({
      method: 'whatsapp',
      view: 'challenge',
      challenge: { method: 'whatsapp', kind: 'code', codeLength: 4, codeType: 'Numeric' },
      canSubmit: true,
      fallbackMethods: ['sms'],
    });
    const delivery = emulator.inbox.latest(NUMBER);
    expect(delivery).toMatchObject({ method: 'whatsapp', to: NUMBER });
    flow.submitCode('0000' === delivery?.code ? '1111' : '0000');
    await vi.waitFor(() => expect(flow.getSnapshot().error?.code).toBe('invalid_code'));
    expect(flow.getSnapshot()).toMatchObject({ step: 'waiting', attemptsLeft: 4, errorTarget: 'code' });
    flow.submitCode(delivery?.code as string);
    await step('verified');
    const verified = await verifyProof(flow.getSnapshot().proof as string, {
      secret: PROOF_SECRET,
      now: () => Date.UTC(2026, 0, 1),
    });
    expect(verified).toMatchObject({ phoneNumber: NUMBER, method: 'whatsapp' });
  });

  it('falls back along whatsapp → sms → callout when neither message arrives, and verifies by the call', async () => {
    const { clock, emulator, flow, step } = setup(
      ['whatsapp', 'sms', 'callout'],
      [{ match: NUMBER, methods: ['whatsapp', 'sms'], fault: 'deliveryFailure' }],
    );
    flow.start(NUMBER);
    await step('waiting');
    await vi.waitFor(() => {
      clock.advance(3000);
      expect(flow.getSnapshot()).toMatchObject({ step: 'waiting', method: 'callout' });
    });
    expect(flow.getSnapshot()).toMatchObject({
      failedMethods: ['whatsapp', 'sms'],
      fallbackMethods: [],
      fellBackFrom: { method: 'sms' },
    });
    flow.submitCode(emulator.inbox.latest(NUMBER)?.code as string);
    await step('verified');
  });
});

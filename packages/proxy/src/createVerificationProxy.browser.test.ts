import { createManualClock, createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { createVerificationProxy } from './createVerificationProxy';
import { verifyProof } from './verifyProof';

// The handler's core imports no Node built-ins: in Storybook and the playground it runs in the page itself.
describe('the proxy in a real browser (Chromium), in front of the in-process emulator', () => {
  it('runs start → code → report and issues a proof that verifies', async () => {
    const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
    const emulator = createSinchEmulator({ now: clock.now, seed: 2 });
    const proxy = createVerificationProxy({
      applicationKey: EMULATOR_APPLICATION.key,
      applicationSecret: EMULATOR_APPLICATION.secret,
      fetch: emulator.fetch,
      now: clock.now,
      proof: { secret: 'browser-test-proof-secret-0123456789abcdef' },
      allowedCountries: ['SE'],
    });
    const started = await proxy('/api/verification/verifications', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identity: { type: 'number', endpoint: '+46700000000' }, method: 'sms' }),
    });
    expect(started.status).toBe(200);
    const { id } = (await started.json()) as { id: string };
    const code = emulator.inbox.latest('+46700000000')?.code;
    const reported = await proxy(`/api/verification/verifications/id/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'sms', sms: { code } }),
    });
    const result = (await reported.json()) as { status: string; proof: string };
    expect(result.status).toBe('SUCCESSFUL');
    const verified = await verifyProof(result.proof, {
      secret: 'browser-test-proof-secret-0123456789abcdef',
      now: clock.now,
    });
    expect(verified).toMatchObject({ phoneNumber: '+46700000000', verificationId: id, method: 'sms' });
  });
});

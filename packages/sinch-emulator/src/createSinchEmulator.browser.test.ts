import { signRequest } from '@verikit/core/sinch-signing';
import { describe, expect, it } from 'vitest';
import { createSinchEmulator } from './createSinchEmulator';
import { EMULATOR_APPLICATION } from './emulatorApplication';
import { createManualClock } from './manualClock';

// The emulator runs inside Storybook's browser: this is the proof that its core needs nothing but web APIs.
describe('the emulator in a real browser', () => {
  it('checks a signed start, delivers the SMS and verifies the reported code', async () => {
    const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
    const emulator = createSinchEmulator({ now: clock.now });
    const send = async (method: string, path: string, body: unknown) => {
      const text = JSON.stringify(body);
      const headers = signRequest({
        applicationKey: EMULATOR_APPLICATION.key,
        applicationSecret: EMULATOR_APPLICATION.secret,
        method,
        path,
        contentType: 'application/json',
        body: text,
        timestamp: new Date(clock.now()).toISOString(),
      });
      const response = await emulator.fetch(
        new Request(`http://sinch.test${path}`, {
          method,
          headers: { ...headers, 'content-type': 'application/json' } as Record<string, string>,
          body: text,
        }),
      );
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };

    const started = await send('POST', '/verification/v1/verifications', {
      identity: { type: 'number', endpoint: '+46700000000' },
      method: 'sms',
    });
    expect(started.status).toBe(200);
    const delivery = emulator.inbox.latest('+46700000000');
    expect(delivery?.text).toMatch(/^Your verification code is \d{4}\.$/);

    const reported = await send('PUT', `/verification/v1/verifications/id/${started.body.id}`, {
      method: 'sms',
      sms: { code: delivery?.code },
    });
    expect(reported.body).toEqual({ id: started.body.id, method: 'sms', status: 'SUCCESSFUL' });
  });

  it('rejects a request signed with the wrong secret', async () => {
    const emulator = createSinchEmulator();
    const headers = signRequest({
      applicationKey: EMULATOR_APPLICATION.key,
      applicationSecret: btoa('not the secret'),
      method: 'GET',
      path: '/verification/v1/verifications/id/x',
    });
    const response = await emulator.fetch(
      new Request('http://sinch.test/verification/v1/verifications/id/x', {
        headers: headers as unknown as Record<string, string>,
      }),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errorCode: 40102 });
  });
});

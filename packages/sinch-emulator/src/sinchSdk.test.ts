// @vitest-environment node
import { SinchClient } from '@sinch/sdk-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_APPLICATION } from './emulatorApplication';
import { MAGIC_NUMBERS } from './faults/magicNumbers';
import { listen, type RunningEmulator } from './node';

// Sinch's own Node SDK, pointed at the emulator over HTTP: it signs, sends and parses exactly as it does with Sinch.
let running: RunningEmulator;
let verification: SinchClient['verification'];

beforeAll(async () => {
  running = await listen({ port: 0, seed: 8 });
  verification = new SinchClient({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    verificationHostname: running.url,
  }).verification;
});
afterAll(() => running.close());

describe('Sinch’s official Node SDK against the emulator', () => {
  it('starts an SMS verification, reports the code and reads the status by id, reference and identity', async () => {
    const endpoint = '+46700000010';
    const started = await verification.verifications.startSms({
      startVerificationWithSmsRequestBody: { identity: { type: 'number', endpoint }, reference: 'sdk-sms' },
    });
    expect(started).toMatchObject({
      method: 'sms',
      sms: { template: 'Your verification code is {{CODE}}.' },
    });
    const id = started.id ?? '';
    const code = running.emulator.inbox.latest(endpoint)?.code ?? '';

    const report = await verification.verifications.reportSmsById({
      id,
      reportSmsVerificationByIdRequestBody: { sms: { code } },
    });
    expect(report).toMatchObject({ id, method: 'sms', status: 'SUCCESSFUL' });

    const byId = await verification.verificationStatus.getById({ id });
    expect(byId).toMatchObject({
      id,
      status: 'SUCCESSFUL',
      reference: 'sdk-sms',
      countryId: 'SE',
      source: 'manual',
    });
    expect(byId.verificationTimestamp).toBeInstanceOf(Date);
    expect((await verification.verificationStatus.getByReference({ reference: 'sdk-sms' })).id).toBe(id);
    expect((await verification.verificationStatus.getByIdentity({ endpoint, method: 'sms' })).id).toBe(id);
  });

  it('runs a flash call: the reported CLI verifies it by identity', async () => {
    const endpoint = '+46700000011';
    const started = await verification.verifications.startFlashCall({
      startVerificationWithFlashCallRequestBody: { identity: { type: 'number', endpoint } },
    });
    expect(started.method).toBe('flashcall');
    const cli = running.emulator.inbox.latest(endpoint)?.cli ?? '';
    const report = await verification.verifications.reportFlashCallByIdentity({
      endpoint,
      reportFlashCallVerificationByIdentityRequestBody: { flashCall: { cli } },
    });
    expect(report).toMatchObject({ status: 'SUCCESSFUL', callComplete: true });
    expect(
      await verification.verificationStatus.getByIdentity({ endpoint, method: 'flashcall' }),
    ).toMatchObject({
      status: 'SUCCESSFUL',
      callResult: 'ANSWERED',
    });
  });

  it('runs a phone call (callout) verification', async () => {
    const endpoint = '+46700000012';
    const started = await verification.verifications.startPhoneCall({
      startVerificationWithPhoneCallRequestBody: { identity: { type: 'number', endpoint } },
    });
    const code = running.emulator.inbox.latest(endpoint)?.code ?? '';
    const report = await verification.verifications.reportPhoneCallById({
      id: started.id ?? '',
      reportPhoneCallVerificationByIdRequestBody: { phoneCall: { code } },
    });
    expect(report).toMatchObject({ method: 'callout', status: 'SUCCESSFUL' });
  });

  it('runs a data (seamless) verification: the device’s GET of targetUri, redirect followed, completes it', async () => {
    const endpoint = '+46700000013';
    const started = await verification.verifications.startData({
      startDataVerificationRequestBody: { identity: { type: 'number', endpoint } },
    });
    expect(started.method).toBe('seamless');
    const targetUri = started.seamless?.targetUri ?? '';
    expect(targetUri.startsWith(`${running.url}/emulator/seamless/`)).toBe(true);
    // What the phone does over mobile data: a plain GET that follows redirects to the final answer.
    const device = await fetch(targetUri);
    expect(device.redirected).toBe(true);
    expect(await device.json()).toEqual({ id: started.id, method: 'seamless', status: 'SUCCESSFUL' });
    expect(await verification.verificationStatus.getById({ id: started.id ?? '' })).toMatchObject({
      method: 'seamless',
      status: 'SUCCESSFUL',
      source: 'intercepted',
    });
  });

  it('reads the OpenAPI 2.0.1 additions: Failed pending, No route to destination, a unique reference, dialTimeout', async () => {
    const failed = await verification.verifications.startSms({
      startVerificationWithSmsRequestBody: {
        identity: { type: 'number', endpoint: MAGIC_NUMBERS.failedPending },
      },
    });
    expect(await verification.verificationStatus.getById({ id: failed.id ?? '' })).toMatchObject({
      status: 'FAIL',
      reason: 'Failed pending',
    });
    await expect(
      verification.verifications.startSms({
        startVerificationWithSmsRequestBody: {
          identity: { type: 'number', endpoint: MAGIC_NUMBERS.noRoute },
        },
      }),
    ).rejects.toThrow(/422/);

    const endpoint = '+46700000014';
    const once = { identity: { type: 'number', endpoint }, reference: 'sdk-unique' } as const;
    await verification.verifications.startSms({ startVerificationWithSmsRequestBody: once });
    await expect(
      verification.verifications.startSms({ startVerificationWithSmsRequestBody: once }),
    ).rejects.toThrow(/409/);

    const ringing = await verification.verifications.startFlashCall({
      startVerificationWithFlashCallRequestBody: {
        identity: { type: 'number', endpoint },
        flashCallOptions: { dialTimeout: 10 },
      },
    });
    expect(ringing.flashCall).toMatchObject({ interceptionTimeout: 10, reportTimeout: 40 });
  });

  it('surfaces the emulator’s errors as the SDK surfaces Sinch’s', async () => {
    await expect(verification.verificationStatus.getById({ id: 'no-such-id' })).rejects.toThrow(/404/);
    await expect(
      verification.verifications.startSms({
        startVerificationWithSmsRequestBody: {
          identity: { type: 'number', endpoint: MAGIC_NUMBERS.unavailable },
        },
      }),
    ).rejects.toThrow(/503/);
  });
});

// @vitest-environment node
import { SinchClient } from '@sinch/sdk-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_APPLICATION } from '../emulatorApplication';
import { listen, type RunningEmulator } from '../node';

// Sinch's own Node SDK (1.4.0 added WhatsApp) drives a WhatsApp verification against the emulator over HTTP, as it
// drives SMS in sinchSdk.test.ts.
let running: RunningEmulator;
let verification: SinchClient['verification'];
const lines: string[] = [];

beforeAll(async () => {
  running = await listen({ port: 0, seed: 9, logger: (line: string) => lines.push(line) });
  verification = new SinchClient({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    verificationHostname: running.url,
  }).verification;
});
afterAll(() => running.close());

describe('a WhatsApp verification driven by Sinch’s Node SDK', () => {
  it('starts with a code type, delivers "WhatsApp message to …", verifies the code and reads the status', async () => {
    const endpoint = '+46700000020';
    const started = await verification.verifications.startWhatsApp({
      startVerificationWithWhatsAppRequestBody: {
        identity: { type: 'number', endpoint },
        reference: 'sdk-whatsapp',
        whatsappOptions: { codeType: 'Alphanumeric' },
      },
    });
    expect(started).toMatchObject({ method: 'whatsapp', whatsapp: { codeType: 'Alphanumeric' } });
    const delivery = running.emulator.inbox.latest(endpoint);
    expect(delivery).toMatchObject({ method: 'whatsapp', to: endpoint });
    expect(delivery?.code).toMatch(/^[A-Za-z0-9]+$/);
    expect(lines.some((line) => line.startsWith(`WhatsApp message to ${endpoint}: `))).toBe(true);

    const id = started.id ?? '';
    const wrong = await verification.verifications.reportWhatsAppById({
      id,
      reportWhatsAppVerificationByIdRequestBody: {
        whatsapp: { code: 'ZZZZ' === delivery?.code ? 'YYYY' : 'ZZZZ' },
      },
    });
    expect(wrong).toMatchObject({ id, method: 'whatsapp', status: 'FAIL', reason: 'Invalid code' });
    const report = await verification.verifications.reportWhatsAppByIdentity({
      endpoint,
      reportWhatsAppVerificationByIdentityRequestBody: { whatsapp: { code: delivery?.code ?? '' } },
    });
    expect(report).toMatchObject({ id, method: 'whatsapp', status: 'SUCCESSFUL' });
    const status = await verification.verificationStatus.getById({ id });
    expect(status).toMatchObject({ id, method: 'whatsapp', status: 'SUCCESSFUL', reference: 'sdk-whatsapp' });
  });

  it('refuses a code type Sinch does not know with its 40001', async () => {
    const answer = await fetch(`${running.url}/verification/v1/verifications`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${btoa(`${EMULATOR_APPLICATION.key}:${EMULATOR_APPLICATION.secret}`)}`,
      },
      body: JSON.stringify({
        identity: { type: 'number', endpoint: '+46700000021' },
        method: 'whatsapp',
        whatsappOptions: { codeType: 'Emoji' },
      }),
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ errorCode: 40001 });
  });
});

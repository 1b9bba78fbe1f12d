import { createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { createVerificationProxy } from '../createVerificationProxy';
import { proxyOptionsFromEnv } from '../proxyOptionsFromEnv';
import type { VerificationProxyOptions } from '../verificationProxyOptions';

// WhatsApp through the proxy to the real emulator: what reaches Sinch, and what the browser gets back.
const NUMBER = '+46701234567';

function setup(overrides: Partial<VerificationProxyOptions> = {}) {
  const emulator = createSinchEmulator({ seed: 5 });
  const starts: unknown[] = [];
  const proxy = createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    sinchBaseUrl: 'http://emulator.local',
    fetch: async (request) => {
      if (request.method === 'POST') starts.push(await request.clone().json());
      return emulator.fetch(request);
    },
    proof: { secret: 'test-proof-secret-at-least-32-bytes-long!!' },
    ...overrides,
  });
  const call = (method: string, path: string, body?: unknown) =>
    proxy(
      new Request(`http://app.local/api/verification${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      { clientIp: '203.0.113.9' },
    );
  const start = () =>
    call('POST', '/verifications', { identity: { type: 'number', endpoint: NUMBER }, method: 'whatsapp' });
  return { call, emulator, start, starts };
}

describe('WhatsApp through the proxy', () => {
  it('is not offered unless listed: each message costs money, like an SMS', async () => {
    const { start, starts } = setup();
    const answer = await start();
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
    expect(starts).toEqual([]);
  });

  it('starts with the configured whatsappOptions and verifies the reported code', async () => {
    const { call, emulator, start, starts } = setup({
      allowedMethods: ['whatsapp'],
      whatsappOptions: { codeType: 'Numeric' },
    });
    const answer = await start();
    expect(answer.status).toBe(200);
    const started = (await answer.json()) as { id: string };
    expect(started).toMatchObject({ method: 'whatsapp', whatsapp: { codeType: 'Numeric' } });
    expect(started).not.toHaveProperty('_links');
    expect(starts).toEqual([
      {
        identity: { type: 'number', endpoint: NUMBER },
        method: 'whatsapp',
        whatsappOptions: { codeType: 'Numeric' },
      },
    ]);
    const code = emulator.inbox.latest(NUMBER)?.code as string;
    const report = await call('PUT', `/verifications/id/${started.id}`, {
      method: 'whatsapp',
      whatsapp: { code },
    });
    expect(await report.json()).toMatchObject({
      method: 'whatsapp',
      status: 'SUCCESSFUL',
      proof: expect.any(String),
    });
  });

  it('refuses a WhatsApp report that is not a code, sending nothing', async () => {
    const { call } = setup({ allowedMethods: ['whatsapp'] });
    for (const body of [
      { method: 'whatsapp', whatsapp: { code: '12 34' } },
      { method: 'whatsapp', whatsapp: { code: '1234', cli: '+46' } },
      { method: 'whatsapp', sms: { code: '1234' } },
    ]) {
      const answer = await call('PUT', `/verifications/number/${encodeURIComponent(NUMBER)}`, body);
      expect(answer.status).toBe(400);
      expect(await answer.json()).toMatchObject({ error: { code: 'invalid_request' } });
    }
  });

  it('refuses whatsappOptions that Sinch would refuse, at creation, with a TypeError', () => {
    for (const whatsappOptions of [
      { codeType: 'Emoji' },
      { codeType: 'Numeric', template: 'x' },
      'Numeric',
    ]) {
      expect(() => setup({ whatsappOptions: whatsappOptions as never })).toThrow(TypeError);
    }
  });

  it('reads whatsappOptions.codeType from VERIKIT_WHATSAPP_CODE_TYPE, and refuses another value', () => {
    const required = { VERIKIT_PROOF_SECRET: 'test-proof-secret-at-least-32-bytes-long!!' };
    expect(
      proxyOptionsFromEnv({ ...required, VERIKIT_WHATSAPP_CODE_TYPE: 'Alphanumeric' }).whatsappOptions,
    ).toEqual({ codeType: 'Alphanumeric' });
    expect(() => proxyOptionsFromEnv({ ...required, VERIKIT_WHATSAPP_CODE_TYPE: 'emoji' })).toThrow(
      /VERIKIT_WHATSAPP_CODE_TYPE/,
    );
  });
});

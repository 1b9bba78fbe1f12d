import type { AddressInfo } from 'node:net';
import { listen, type RunningEmulator } from '@verikit/sinch-emulator/node';
import { createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaygroundBackend } from '../server/createPlaygroundBackend';
import { playgroundConfig } from '../server/playgroundConfig';

// "Real Sinch" here is a second emulator over HTTP that knows only this application: a request reaches it only if
// the playground signed it with these credentials and sent it to SINCH_BASE_URL over the network.
const APPLICATION = {
  key: 'real-sinch-key',
  secret: Buffer.from('real-sinch-secret-for-tests').toString('base64'),
};
const ORIGIN = 'http://127.0.0.1:5173';
const connection = { clientIp: '127.0.0.1', origin: ORIGIN };

let realSinch: RunningEmulator;
beforeAll(async () => {
  realSinch = await listen({ port: 0, applications: [APPLICATION] });
});
afterAll(async () => {
  await realSinch?.close();
});

function startRequest(phoneNumber: string): Request {
  return new Request(`${ORIGIN}/api/verification/verifications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identity: { type: 'number', endpoint: phoneNumber }, method: 'sms' }),
  });
}

describe('the playground backend with Sinch credentials in the environment', () => {
  it('sends verifications to SINCH_BASE_URL, signed with those credentials, and has no emulator', async () => {
    const backend = createPlaygroundBackend({
      env: {
        SINCH_APPLICATION_KEY: APPLICATION.key,
        SINCH_APPLICATION_SECRET: APPLICATION.secret,
        SINCH_BASE_URL: realSinch.url,
      },
      log: () => {},
    });
    expect(backend.settings.mode).toBe('sinch');
    const response = await backend.handle(startRequest('+46701239801'), connection);
    expect(response?.status).toBe(200);
    expect(realSinch.emulator.inbox.latest('+46701239801')?.method).toBe('sms');
    expect(backend.emulatorAt(ORIGIN)).toBeUndefined();

    const inbox = await backend.handle(new Request(`${ORIGIN}/sinch/emulator/inbox`), connection);
    expect(inbox?.status).toBe(404);
    expect(((await (inbox as Response).json()) as { error: string }).error).toBe('not_emulated');
  });

  it('refuses to start with only one of the two credentials', () => {
    expect(() => createPlaygroundBackend({ env: { SINCH_APPLICATION_KEY: APPLICATION.key } })).toThrow(
      'Set both SINCH_APPLICATION_KEY and SINCH_APPLICATION_SECRET',
    );
  });
});

describe('the playground dev server with Sinch credentials in the environment', () => {
  it('mounts the proxy on SINCH_BASE_URL, and tells the page (never the secret) that it talks to real Sinch', async () => {
    const env = {
      SINCH_APPLICATION_KEY: APPLICATION.key,
      SINCH_APPLICATION_SECRET: APPLICATION.secret,
      SINCH_BASE_URL: realSinch.url,
    };
    const server = await createServer({
      ...playgroundConfig({ env, log: () => {} }),
      configFile: false,
      root: new URL('..', import.meta.url).pathname,
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
      optimizeDeps: { noDiscovery: true, include: [] },
      logLevel: 'silent',
    });
    await server.listen();
    try {
      const address = server.httpServer?.address() as AddressInfo | undefined;
      const origin = `http://127.0.0.1:${address?.port}`;
      const response = await fetch(`${origin}/api/verification/verifications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity: { type: 'number', endpoint: '+46701239803' }, method: 'sms' }),
      });
      expect(response.status).toBe(200);
      expect(realSinch.emulator.inbox.latest('+46701239803')?.method).toBe('sms');

      // What the page imports: the mode and the routes, no credential.
      const settings = await (await fetch(`${origin}/@id/__x00__virtual:verikit-playground`)).text();
      expect(settings).toContain('"mode":"sinch"');
      expect(settings).not.toContain(APPLICATION.key);
      expect(settings).not.toContain(APPLICATION.secret);
    } finally {
      await server.close();
    }
  });
});

describe('the playground backend with no credentials', () => {
  it('runs on the embedded emulator, whose inbox it serves', async () => {
    const backend = createPlaygroundBackend({ env: {}, log: () => {} });
    expect(backend.settings.mode).toBe('emulator');
    const response = await backend.handle(startRequest('+46701239802'), connection);
    expect(response?.status).toBe(200);
    expect(backend.emulatorAt(ORIGIN)?.inbox.latest('+46701239802')?.method).toBe('sms');
    expect(realSinch.emulator.inbox.latest('+46701239802')).toBeUndefined();
    const inbox = await backend.handle(
      new Request(`${ORIGIN}/sinch/emulator/inbox/%2B46701239802`),
      connection,
    );
    expect(inbox?.status).toBe(200);
    expect(
      ((await (inbox as Response).json()) as Array<{ to: string }>).map((delivery) => delivery.to),
    ).toEqual(['+46701239802']);
  });

  it('leaves every other path to the dev server', async () => {
    const backend = createPlaygroundBackend({ env: {}, log: () => {} });
    expect(await backend.handle(new Request(`${ORIGIN}/src/main.tsx`), connection)).toBeUndefined();
  });
});

// @vitest-environment node

import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { createHonoMiddleware } from './hono';
import { emulatedProxy, smsFlowOverHttp, TEST_PROOF_SECRET } from './testing/emulatedProxy';
import { listen } from './testing/listen';
import { verifyProof } from './verifyProof';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('Hono adapter (real Hono app on @hono/node-server, 127.0.0.1)', () => {
  it('runs the SMS flow, sees the socket address and leaves the app its other routes', async () => {
    const { proxy, emulator, clock, logs } = emulatedProxy();
    const app = new Hono();
    app.use(createHonoMiddleware(proxy));
    app.get('/health', (context) => context.json({ ok: true }));
    const server = await listen(createAdaptorServer({ fetch: app.fetch }) as Server);
    close = server.close;
    const result = await smsFlowOverHttp(server.origin, emulator);
    expect(result.status).toBe('SUCCESSFUL');
    expect(
      (await verifyProof(String(result.proof), { secret: TEST_PROOF_SECRET, now: clock.now })).phoneNumber,
    ).toBe('+46700000000');
    expect(logs[0]?.clientIp).toBe('127.0.0.1');
    expect(await (await fetch(`${server.origin}/health`)).json()).toEqual({ ok: true });
  });

  it('answers a wrong HTTP method with 405 and Allow', async () => {
    const { proxy } = emulatedProxy();
    const app = new Hono();
    app.use(createHonoMiddleware(proxy));
    const server = await listen(createAdaptorServer({ fetch: app.fetch }) as Server);
    close = server.close;
    const response = await fetch(`${server.origin}/api/verification/verifications`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
  });
});

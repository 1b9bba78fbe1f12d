// @vitest-environment node
import { createServer } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createExpressMiddleware } from './express';
import { emulatedProxy, smsFlowOverHttp, TEST_PROOF_SECRET } from './testing/emulatedProxy';
import { listen } from './testing/listen';
import { rawConnection } from './testing/rawHttp';
import { verifyProof } from './verifyProof';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('Express adapter (real Express app on 127.0.0.1)', () => {
  it('runs the SMS flow and leaves the app its other routes', async () => {
    const { proxy, emulator, clock } = emulatedProxy();
    const app = express();
    app.use(createExpressMiddleware(proxy));
    app.get('/health', (_request, response) => {
      response.json({ ok: true });
    });
    const server = await listen(createServer(app));
    close = server.close;
    const result = await smsFlowOverHttp(server.origin, emulator);
    expect(result.status).toBe('SUCCESSFUL');
    expect(
      (await verifyProof(String(result.proof), { secret: TEST_PROOF_SECRET, now: clock.now })).method,
    ).toBe('sms');
    expect(await (await fetch(`${server.origin}/health`)).json()).toEqual({ ok: true });
  });

  it('still works when express.json() ran first and consumed the body', async () => {
    const { proxy, emulator } = emulatedProxy();
    const app = express();
    app.use(express.json());
    app.use(createExpressMiddleware(proxy));
    const server = await listen(createServer(app));
    close = server.close;
    expect((await smsFlowOverHttp(server.origin, emulator)).status).toBe('SUCCESSFUL');
  });

  it('works mounted under a path prefix, matching on the full original URL', async () => {
    const { proxy, emulator } = emulatedProxy();
    const app = express();
    app.use('/api', createExpressMiddleware(proxy));
    const server = await listen(createServer(app));
    close = server.close;
    expect((await smsFlowOverHttp(server.origin, emulator)).status).toBe('SUCCESSFUL');
  });

  it('answers bad input itself with the documented errors', async () => {
    const { proxy } = emulatedProxy();
    const app = express();
    app.use(createExpressMiddleware(proxy));
    const server = await listen(createServer(app));
    close = server.close;
    const response = await fetch(`${server.origin}/api/verification/verifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"identity":{"type":"number","endpoint":"0700"},"method":"sms"}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_phone_number' } });
  });

  it('keeps the keep-alive connection after a 413 for a 2 MB body, and cuts a trickling body at its deadline', async () => {
    const { proxy } = emulatedProxy();
    const app = express();
    app.use(createExpressMiddleware(proxy, { bodyTimeoutMs: 500 }));
    const server = await listen(createServer(app));
    close = server.close;
    const connection = await rawConnection(server.origin);
    const body = Buffer.alloc(2_000_000, 'x');
    connection.socket.write(
      `POST /api/verification/verifications HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`,
    );
    connection.socket.write(body);
    expect(await connection.nextAnswer()).toBe(413);
    connection.socket.write('GET /api/verification/verifications/id/123 HTTP/1.1\r\nhost: x\r\n\r\n');
    expect(await connection.nextAnswer()).toBe(404);
    connection.socket.destroy();

    const slow = await rawConnection(server.origin);
    slow.socket.write(
      'POST /api/verification/verifications HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{',
    );
    expect(await slow.nextAnswer()).toBe(408);
    slow.socket.destroy();
  });
});

// @vitest-environment node
import { once } from 'node:events';
import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeListener } from './node';
import { emulatedProxy } from './testing/emulatedProxy';
import { listen } from './testing/listen';
import { rawConnection } from './testing/rawHttp';
import type { VerificationProxyHandler } from './verificationProxyOptions';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function served(handler: VerificationProxyHandler, options?: Parameters<typeof createNodeListener>[1]) {
  const server = await listen(createServer(createNodeListener(handler, options)));
  close = server.close;
  return server.origin;
}

const START = '/api/verification/verifications';

describe('the Node bridge over real sockets on 127.0.0.1', () => {
  it('answers the next request on a keep-alive connection after a 413 for a 2 MB body', async () => {
    const { proxy } = emulatedProxy();
    const connection = await rawConnection(await served(proxy));
    const body = Buffer.alloc(2_000_000, 'x');
    connection.socket.write(
      `POST ${START} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`,
    );
    connection.socket.write(body);
    expect(await connection.nextAnswer()).toBe(413);
    connection.socket.write(`GET ${START}/id/123 HTTP/1.1\r\nhost: x\r\n\r\n`);
    expect(await connection.nextAnswer()).toBe(404);
    connection.socket.destroy();
  });

  it('answers the next request on the connection after a 415 it gave before reading the body', async () => {
    const { proxy } = emulatedProxy();
    const connection = await rawConnection(await served(proxy));
    const body = 'y'.repeat(100_000);
    connection.socket.write(
      `POST ${START} HTTP/1.1\r\nhost: x\r\ncontent-type: text/plain\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
    );
    expect(await connection.nextAnswer()).toBe(415);
    connection.socket.write(`GET ${START}/id/123 HTTP/1.1\r\nhost: x\r\n\r\n`);
    expect(await connection.nextAnswer()).toBe(404);
    connection.socket.destroy();
  });

  it('cuts 60 connections trickling their bodies a byte a second at the body deadline', async () => {
    const { proxy } = emulatedProxy();
    const origin = await served(proxy, { bodyTimeoutMs: 500 });
    const connections = await Promise.all(Array.from({ length: 60 }, () => rawConnection(origin)));
    const trickle = setInterval(() => {
      for (const { socket } of connections) if (!socket.destroyed) socket.write('{');
    }, 1000);
    try {
      const answers = await Promise.all(
        connections.map(async ({ socket, nextAnswer }) => {
          socket.write(
            `POST ${START} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{`,
          );
          const status = await nextAnswer();
          if (!socket.destroyed) await once(socket, 'close');
          return status;
        }),
      );
      expect(answers).toEqual(Array.from({ length: 60 }, () => 408));
    } finally {
      clearInterval(trickle);
    }
  });

  it('aborts the Request the handler holds when the client goes away', async () => {
    let signal: AbortSignal | undefined;
    let reached: () => void = () => {};
    const inHandler = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const handler = Object.assign(
      async (request: Request) => {
        signal = request.signal;
        reached();
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve));
        return new Response(null, { status: 204 });
      },
      { basePath: '/api/verification' },
    ) as VerificationProxyHandler;
    const connection = await rawConnection(await served(handler));
    connection.socket.write(`GET ${START}/id/123 HTTP/1.1\r\nhost: x\r\n\r\n`);
    await inHandler;
    expect(signal?.aborted).toBe(false);
    connection.socket.destroy();
    await new Promise((resolve) => signal?.addEventListener('abort', resolve));
    expect(signal?.aborted).toBe(true);
  });

  it('streams the body to the handler: a 2 MB body is refused having read only up to the limit', async () => {
    let bytesRead = 0;
    const handler = Object.assign(
      async (request: Request) => {
        const reader = request.body?.getReader();
        for (;;) {
          const chunk = await reader?.read();
          if (!chunk || chunk.done) break;
          bytesRead += chunk.value.length;
          if (bytesRead > 4096) {
            await reader?.cancel();
            return new Response(null, { status: 413 });
          }
        }
        return new Response(null, { status: 200 });
      },
      { basePath: '/api/verification' },
    ) as VerificationProxyHandler;
    const connection = await rawConnection(await served(handler));
    const body = Buffer.alloc(2_000_000, 'x');
    connection.socket.write(`POST ${START} HTTP/1.1\r\nhost: x\r\ncontent-length: ${body.length}\r\n\r\n`);
    connection.socket.write(body);
    expect(await connection.nextAnswer()).toBe(413);
    expect(bytesRead).toBeLessThan(200_000);
    connection.socket.destroy();
  });

  it('reads a chunked body from the socket only up to the limit: 413, and the connection takes its next request', async () => {
    const { proxy } = emulatedProxy();
    const connection = await rawConnection(await served(proxy));
    connection.socket.write(
      `POST ${START} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`,
    );
    const chunk = 'x'.repeat(64 * 1024);
    for (let index = 0; index < 32; index++)
      connection.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    connection.socket.write('0\r\n\r\n');
    expect(await connection.nextAnswer()).toBe(413);
    connection.socket.write(`GET ${START}/id/123 HTTP/1.1\r\nhost: x\r\n\r\n`);
    expect(await connection.nextAnswer()).toBe(404);
    connection.socket.destroy();
  });

  it('logs a body the client abandoned mid-way as unreadable, and keeps serving', async () => {
    const { proxy, logs } = emulatedProxy();
    const origin = await served(proxy);
    const connection = await rawConnection(origin);
    connection.socket.write(
      `POST ${START} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"identity":`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    connection.socket.destroy();
    await expect.poll(() => logs.at(-1)?.message).toBe('The body could not be read');
    expect(logs.at(-1)).toMatchObject({ errorCode: 'invalid_request', status: 400 });
    expect((await fetch(`${origin}${START}/id/123`)).status).toBe(404);
  });

  it('writes each answer as the handler built it: status, headers and JSON, as the in-process call gets them', async () => {
    // Two proxies alike (the same seed, clock and options), one over HTTP and one called in-process.
    const cors = { origins: ['https://shop.example'] };
    const origin = await served(emulatedProxy({ cors }).proxy);
    const { proxy } = emulatedProxy({ cors });
    const start = (base: string) =>
      new Request(`${base}${START}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://shop.example' },
        body: JSON.stringify({ identity: { type: 'number', endpoint: '+46700000000' }, method: 'sms' }),
      });
    const requests = [
      start,
      start, // the resend cooldown: 429 with Retry-After
      (base: string) => new Request(`${base}${START}/id/42`, { method: 'DELETE' }), // 405 with Allow
      (base: string) =>
        new Request(`${base}${START}`, { method: 'OPTIONS', headers: { origin: 'https://shop.example' } }),
    ];
    for (const request of requests) {
      const inProcess = await proxy(request('http://localhost'), { clientIp: '127.0.0.1' });
      const overHttp = await fetch(request(origin));
      expect(overHttp.status).toBe(inProcess.status);
      expect(await overHttp.text()).toBe(await inProcess.text());
      for (const [name, value] of inProcess.headers) {
        if (name === 'retry-after') expect(Number(overHttp.headers.get(name))).toBeGreaterThan(0);
        else expect(overHttp.headers.get(name)).toBe(value);
      }
    }
  });

  it('refuses a body deadline that is not > 0 at creation', () => {
    const { proxy } = emulatedProxy();
    for (const bodyTimeoutMs of [0, -1, Number.NaN])
      expect(() => createNodeListener(proxy, { bodyTimeoutMs })).toThrow(TypeError);
  });
});

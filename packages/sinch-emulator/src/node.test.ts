// @vitest-environment node
import { once } from 'node:events';
import { connect } from 'node:net';
import { signRequest } from '@verikit/core/sinch-signing';
import { afterEach, describe, expect, it } from 'vitest';
import { EMULATOR_APPLICATION } from './emulatorApplication';
import { listen, type RunningEmulator } from './node';
import { textStreamReader } from './textStreamReader.test-helper';

let running: RunningEmulator | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function signedFetch(url: string, method: string, body?: string) {
  const path = new URL(url).pathname;
  const headers = signRequest({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    method,
    path,
    ...(body === undefined ? {} : { body, contentType: 'application/json' }),
  });
  return fetch(url, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) } as Record<
      string,
      string
    >,
    ...(body === undefined ? {} : { body }),
  });
}

describe('listen (node:http)', () => {
  it('serves the emulator on a free port, with links to the address it really listens on', async () => {
    running = await listen({ port: 0, seed: 1 });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const start = await signedFetch(
      `${running.url}/verification/v1/verifications`,
      'POST',
      JSON.stringify({ identity: { type: 'number', endpoint: '+46700000000' }, method: 'sms' }),
    );
    expect(start.status).toBe(200);
    const body = (await start.json()) as { id: string; _links: { href: string }[] };
    expect(body._links[0]?.href).toBe(`${running.url}/verification/v1/verifications/id/${body.id}`);

    const code = running.emulator.inbox.latest('+46700000000')?.code;
    const report = await signedFetch(
      `${running.url}/verification/v1/verifications/number/+46700000000`,
      'PUT',
      JSON.stringify({ method: 'sms', sms: { code } }),
    );
    expect(await report.json()).toEqual({ id: body.id, method: 'sms', status: 'SUCCESSFUL' });
  });

  it('passes Sinch’s error bodies and headers through unchanged', async () => {
    running = await listen({ port: 0 });
    const response = await fetch(`${running.url}/verification/v1/verifications/id/x`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ errorCode: 40104 });
    const inbox = await fetch(`${running.url}/emulator/inbox`, { method: 'PATCH' });
    expect(inbox.status).toBe(405);
    expect(inbox.headers.get('allow')).toBe('GET, DELETE');
  });

  it('refuses an oversized upload over HTTP with 413', async () => {
    running = await listen({ port: 0, maxBodyBytes: 100 });
    const response = await signedFetch(
      `${running.url}/verification/v1/verifications`,
      'POST',
      'x'.repeat(5000),
    );
    expect(response.status).toBe(413);
  });

  it('streams deliveries over HTTP as they happen, and still closes with a listener connected', async () => {
    running = await listen({ port: 0 });
    const controller = new AbortController();
    const response = await fetch(`${running.url}/emulator/events`, { signal: controller.signal });
    const reader = textStreamReader(response.body);
    expect((await reader.read()).value).toBe(': connected\n\n');
    await signedFetch(
      `${running.url}/verification/v1/verifications`,
      'POST',
      JSON.stringify({ identity: { type: 'number', endpoint: '+46700000000' }, method: 'callout' }),
    );
    let received = '';
    while (!received.includes('\n\n')) received += (await reader.read()).value ?? '';
    expect(received).toContain('"method":"callout"');
    controller.abort();
  });

  it('rejects bad options with their TypeError, and frees the port', async () => {
    await expect(listen({ port: 0, codeLength: 99 })).rejects.toThrow(/codeLength/);
    const taken = await listen({ port: 0 });
    const port = Number(new URL(taken.url).port);
    await taken.close();
    await expect(listen({ port, applications: [{ key: 'k', secret: 'not base64!' }] })).rejects.toThrow(
      /base64/,
    );
    // The failed listen let the port go: the same port serves again.
    running = await listen({ port });
    expect(running.url).toBe(`http://127.0.0.1:${port}`);
  });

  it('reports a port already in use as a rejected promise', async () => {
    running = await listen({ port: 0 });
    const port = Number(new URL(running.url).port);
    await expect(listen({ port })).rejects.toThrow(/EADDRINUSE/);
  });

  it('answers the next request on a keep-alive connection after a 413, over a raw socket', async () => {
    running = await listen({ port: 0, maxBodyBytes: 100 });
    const socket = connect(Number(new URL(running.url).port), '127.0.0.1');
    socket.on('error', () => {});
    await once(socket, 'connect');
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    const answers = () => received.match(/HTTP\/1\.1 \d{3}/g) ?? [];
    const body = 'x'.repeat(2_000_000);
    socket.write(
      `POST /verification/v1/verifications HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
    );
    const answered = async (count: number) => {
      while (answers().length < count && !socket.destroyed)
        await new Promise((resolve) => setTimeout(resolve, 10));
    };
    await answered(1);
    socket.write('GET /emulator/inbox HTTP/1.1\r\nhost: x\r\n\r\n');
    await answered(2);
    expect(answers()).toEqual(['HTTP/1.1 413', 'HTTP/1.1 200']);
    socket.destroy();
  });

  it('closes a connection trickling its body past requestTimeoutMs (slowloris)', async () => {
    running = await listen({ port: 0, requestTimeoutMs: 500 });
    const sockets = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const socket = connect(Number(new URL(running?.url ?? '').port), '127.0.0.1');
        await once(socket, 'connect');
        socket.on('error', () => {});
        socket.write(
          'POST /verification/v1/verifications HTTP/1.1\r\nhost: x\r\ncontent-length: 1000\r\n\r\n{',
        );
        return socket;
      }),
    );
    const trickle = setInterval(() => {
      for (const socket of sockets) if (socket.writable) socket.write(' ');
    }, 1000);
    try {
      await Promise.all(
        sockets.map((socket) =>
          socket.closed ? undefined : new Promise((resolve) => socket.once('close', resolve)),
        ),
      );
    } finally {
      clearInterval(trickle);
    }
    expect(sockets.every((socket) => socket.destroyed)).toBe(true);
  });
});

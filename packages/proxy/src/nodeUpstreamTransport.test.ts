// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { listen as listenEmulator } from '@verikit/sinch-emulator/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createVerificationProxy } from './createVerificationProxy';
import { createNodeListener } from './node';
import { nodeUpstreamTransport } from './nodeUpstreamTransport';
import { smsFlowOverHttp, TEST_PROOF_SECRET } from './testing/emulatedProxy';
import { listen } from './testing/listen';
import type { UpstreamExchange } from './upstreamTransport';
import type { VerificationProxyOptions } from './verificationProxyOptions';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A stand-in Sinch on 127.0.0.1 answering with `answer`; records each request's headers and body. */
async function upstream(answer: (response: ServerResponse) => void) {
  const seen: { headers: IncomingHttpHeaders; body: string }[] = [];
  let connections = 0;
  const server = createServer(async (incoming, outgoing) => {
    let body = '';
    for await (const chunk of incoming) body += chunk;
    seen.push({ headers: incoming.headers, body });
    answer(outgoing);
  });
  server.on('connection', () => connections++);
  const running = await listen(server);
  cleanups.push(running.close);
  return { origin: running.origin, seen, connections: () => connections };
}

const exchange = (origin: string, overrides: Partial<UpstreamExchange> = {}): UpstreamExchange => ({
  method: 'POST',
  url: `${origin}/verification/v1/verifications`,
  headers: { 'content-type': 'application/json; charset=utf-8', authorization: 'Application k:s' },
  body: '{"identity":{"type":"number","endpoint":"+46700000000"},"method":"sms"}',
  signal: new AbortController().signal,
  ...overrides,
});

function proxyTo(sinchBaseUrl: string, extra: Partial<VerificationProxyOptions> = {}) {
  return createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    sinchBaseUrl,
    proof: { secret: TEST_PROOF_SECRET },
    ...extra,
  });
}

describe('the Node adapters’ transport to Sinch', () => {
  it('carries the whole SMS flow to the emulator over one keep-alive connection, as node:http requests', async () => {
    const sinch = await listenEmulator({ port: 0 });
    cleanups.push(sinch.close);
    let connections = 0;
    const userAgents: (string | undefined)[] = [];
    sinch.server.on('connection', () => connections++);
    sinch.server.prependListener('request', (incoming) => userAgents.push(incoming.headers['user-agent']));
    const server = await listen(createServer(createNodeListener(proxyTo(sinch.url))));
    cleanups.push(server.close);

    for (const number of ['+46700000001', '+46700000002', '+46700000003']) {
      const result = await smsFlowOverHttp(server.origin, sinch.emulator, number);
      expect(result).toMatchObject({ status: 'SUCCESSFUL', proof: expect.any(String) });
    }
    expect(connections).toBe(1);
    // undici's fetch would have said `user-agent: node`; node:http sends none.
    expect(userAgents).toEqual(Array(6).fill(undefined));
  });

  it('keeps a proxy’s own fetch when it was given one', async () => {
    const sinch = await listenEmulator({ port: 0 });
    cleanups.push(sinch.close);
    const sent: string[] = [];
    const proxy = proxyTo(sinch.url, {
      fetch: (request) => {
        sent.push(`${request.method} ${new URL(request.url).pathname}`);
        return fetch(request);
      },
    });
    const server = await listen(createServer(createNodeListener(proxy)));
    cleanups.push(server.close);
    await smsFlowOverHttp(server.origin, sinch.emulator);
    expect(sent).toEqual(['POST /verification/v1/verifications', expect.stringMatching(/^PUT .*\/id\//)]);
  });

  it('sends the body with a Content-Length, not chunked, and the headers as signed', async () => {
    const sinch = await upstream((outgoing) => outgoing.writeHead(200).end('{}'));
    const sent = exchange(sinch.origin);
    const answer = await nodeUpstreamTransport()(sent, 1000);
    expect(answer.status).toBe(200);
    expect(new TextDecoder().decode(answer.body)).toBe('{}');
    expect(sinch.seen[0]?.body).toBe(sent.body);
    expect(sinch.seen[0]?.headers).toMatchObject({
      ...sent.headers,
      'content-length': String(sent.body?.length),
    });
    expect(sinch.seen[0]?.headers['transfer-encoding']).toBeUndefined();
  });

  it('stops reading an answer past the limit and says so with no body', async () => {
    const sinch = await upstream((outgoing) => outgoing.writeHead(200).end('x'.repeat(50_000)));
    const answer = await nodeUpstreamTransport()(exchange(sinch.origin), 1000);
    expect(answer).toMatchObject({ status: 200, body: undefined });
  });

  it('refuses a redirect instead of following it with the signature', async () => {
    const sinch = await upstream((outgoing) =>
      outgoing.writeHead(307, { location: 'http://127.0.0.1:9/elsewhere' }).end(),
    );
    await expect(nodeUpstreamTransport()(exchange(sinch.origin), 1000)).rejects.toThrow(/redirect/);
    expect(sinch.seen).toHaveLength(1);
  });

  it('rejects when Sinch cuts the connection mid-answer', async () => {
    const sinch = await upstream((outgoing) => {
      outgoing.writeHead(200, { 'content-length': '100' });
      outgoing.write('{"id":');
      setTimeout(() => outgoing.socket?.destroy(), 20);
    });
    await expect(nodeUpstreamTransport()(exchange(sinch.origin), 1000)).rejects.toThrow();
  });

  it('verifies TLS as fetch does: a Sinch with a self-signed certificate is never sent the signed request', async () => {
    // A throwaway certificate for 127.0.0.1 that no CA signed (openssl is on the machines this suite runs on).
    const dir = mkdtempSync(join(tmpdir(), 'verikit-tls-'));
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'],
        ...[
          '-addext',
          'subjectAltName=IP:127.0.0.1',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ],
      ],
      { stdio: 'ignore' },
    );
    const requests: string[] = [];
    const server = createTlsServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (incoming, outgoing) => {
        requests.push(String(incoming.url));
        outgoing.writeHead(200).end('{}');
      },
    );
    rmSync(dir, { recursive: true });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const { port } = server.address() as { port: number };

    await expect(nodeUpstreamTransport()(exchange(`https://127.0.0.1:${port}`), 1000)).rejects.toThrow(
      /self[- ]signed/i,
    );
    const proxied = await listen(createServer(createNodeListener(proxyTo(`https://127.0.0.1:${port}`))));
    cleanups.push(proxied.close);
    const response = await fetch(`${proxied.origin}/api/verification/verifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identity: { type: 'number', endpoint: '+46700000000' }, method: 'sms' }),
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_unavailable' } });
    expect(requests).toEqual([]);
  });

  it('gives up on a held Sinch at upstreamTimeoutMs: the browser gets 503 upstream_unavailable', async () => {
    const held: ServerResponse[] = [];
    const sinch = await upstream((outgoing) => held.push(outgoing));
    const server = await listen(
      createServer(createNodeListener(proxyTo(sinch.origin, { upstreamTimeoutMs: 100 }))),
    );
    cleanups.push(server.close);
    const response = await fetch(`${server.origin}/api/verification/verifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identity: { type: 'number', endpoint: '+46700000000' }, method: 'sms' }),
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_unavailable' } });
    // The held request was aborted: its connection closes.
    expect(held).toHaveLength(1);
    const socket = held[0]?.socket;
    if (socket && !socket.destroyed) await once(socket, 'close');
    expect(socket?.destroyed ?? true).toBe(true);
  });
});

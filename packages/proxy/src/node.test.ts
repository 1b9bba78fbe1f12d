// @vitest-environment node
import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeListener } from './node';
import { emulatedProxy, smsFlowOverHttp, TEST_PROOF_SECRET } from './testing/emulatedProxy';
import { listen } from './testing/listen';
import { verifyProof } from './verifyProof';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('Node http adapter (real server on 127.0.0.1)', () => {
  it('runs the whole SMS flow over HTTP and the proof verifies', async () => {
    const { proxy, emulator, clock } = emulatedProxy();
    const server = await listen(createServer(createNodeListener(proxy)));
    close = server.close;
    const result = await smsFlowOverHttp(server.origin, emulator);
    expect(result.status).toBe('SUCCESSFUL');
    const verified = await verifyProof(String(result.proof), { secret: TEST_PROOF_SECRET, now: clock.now });
    expect(verified.phoneNumber).toBe('+46700000000');
  });

  it('limits by the socket address it saw', async () => {
    const { proxy, logs } = emulatedProxy({ limits: { requestsPerIp: { limit: 1, windowSeconds: 60 } } });
    const server = await listen(createServer(createNodeListener(proxy)));
    close = server.close;
    const first = await fetch(`${server.origin}/api/verification/verifications/id/123`);
    const second = await fetch(`${server.origin}/api/verification/verifications/id/123`);
    expect(first.status).toBe(404);
    expect(second.status).toBe(429);
    expect(logs[0]?.clientIp).toBe('127.0.0.1');
  });

  it('answers an oversized body and an unknown route with the documented JSON errors', async () => {
    const { proxy } = emulatedProxy();
    const server = await listen(createServer(createNodeListener(proxy)));
    close = server.close;
    const large = await fetch(`${server.origin}/api/verification/verifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(20_000) }),
    });
    expect(large.status).toBe(413);
    expect(((await large.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    const unknown = await fetch(`${server.origin}/somewhere/else`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'route_not_found' } });
  });
});

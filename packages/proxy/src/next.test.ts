// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createNextRouteHandlers } from './next';
import { emulatedProxy, TEST_PROOF_SECRET } from './testing/emulatedProxy';
import { verifyProof } from './verifyProof';

// `next` itself is not installed (hundreds of MB for this machine): route handlers are web-standard
// `(Request) => Response` functions, so the test calls the exports exactly as Next's router does.
describe('Next.js App Router route handlers', () => {
  it('runs the SMS flow through POST and PUT, with the client IP from a trusted X-Forwarded-For', async () => {
    const { proxy, emulator, clock, logs } = emulatedProxy({ trustProxyHeaders: 1 });
    const { POST, PUT, GET } = createNextRouteHandlers(proxy);
    const started = await POST(
      new Request('https://shop.example/api/verification/verifications', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.4' },
        body: JSON.stringify({ identity: { type: 'number', endpoint: '+46700000000' }, method: 'sms' }),
      }),
    );
    const { id } = (await started.json()) as { id: string };
    const code = emulator.inbox.latest('+46700000000')?.code;
    const reported = await PUT(
      new Request(`https://shop.example/api/verification/verifications/id/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'sms', sms: { code } }),
      }),
    );
    const result = (await reported.json()) as { status: string; proof: string };
    expect(result.status).toBe('SUCCESSFUL');
    expect(
      (await verifyProof(result.proof, { secret: TEST_PROOF_SECRET, now: clock.now })).verificationId,
    ).toBe(id);
    expect(logs[0]?.clientIp).toBe('198.51.100.4');
    const status = await GET(new Request(`https://shop.example/api/verification/verifications/id/${id}`));
    expect(((await status.json()) as { status: string }).status).toBe('SUCCESSFUL');
  });

  it('answers CORS preflights through OPTIONS', async () => {
    const { proxy } = emulatedProxy({ cors: { origins: ['https://shop.example'] }, trustProxyHeaders: 1 });
    const { OPTIONS } = createNextRouteHandlers(proxy);
    const response = await OPTIONS(
      new Request('https://api.example/api/verification/verifications', {
        method: 'OPTIONS',
        headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://shop.example');
  });
});

describe('createNextRouteHandlers without trustProxyHeaders', () => {
  it('refuses at creation with a TypeError that says what to set, unless told to accept it', () => {
    const { proxy } = emulatedProxy();
    expect(() => createNextRouteHandlers(proxy)).toThrow(/Create the proxy with trustProxyHeaders/);
    expect(() => createNextRouteHandlers(proxy, { allowUnknownClientIp: true })).not.toThrow();
  });
});

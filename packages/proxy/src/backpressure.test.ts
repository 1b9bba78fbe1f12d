// @vitest-environment node
import { createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { describe, expect, it } from 'vitest';
import { createVerificationProxy } from './createVerificationProxy';
import type { ProxyLogEvent, VerificationProxyOptions } from './verificationProxyOptions';

/** A proxy whose Sinch holds every request until `release()`: the upstream an attacker hopes for. */
function heldUpstream(overrides: Partial<VerificationProxyOptions> = {}) {
  const emulator = createSinchEmulator({ seed: 9 });
  const held: (() => void)[] = [];
  let reached = 0;
  const logs: ProxyLogEvent[] = [];
  const proxy = createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    fetch: async (request) => {
      reached += 1;
      await new Promise<void>((resolve) => held.push(resolve));
      return emulator.fetch(request);
    },
    proof: { secret: 'backpressure-proof-secret-0123456789abcdef' },
    limits: { requestsPerIp: false, startsPerIp: false, startsPerNumber: false, resendCooldownSeconds: 0 },
    budgets: false,
    breaker: false,
    logger: (event) => logs.push(event),
    ...overrides,
  });
  const start = (index: number) =>
    proxy(
      new Request('https://app.example/api/verification/verifications', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          identity: { type: 'number', endpoint: `+4670666${String(index).padStart(4, '0')}` },
          method: 'sms',
        }),
      }),
      { clientIp: `198.51.100.${index % 250}` },
    );
  return {
    start,
    logs,
    reached: () => reached,
    release: () => {
      for (const resolve of held.splice(0)) resolve();
    },
  };
}

describe('backpressure: a cap on requests to Sinch in flight', () => {
  it('answers 503 service_unavailable with Retry-After past the cap, sends nothing more, and recovers', async () => {
    const { start, reached, release, logs } = heldUpstream({ maxUpstreamInFlight: 3 });
    const pending = Array.from({ length: 10 }, (_, index) => start(index));
    // The seven past the cap answer at once, while the three are still held.
    const settled = await Promise.all(pending.slice(3));
    for (const response of settled) {
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
    }
    expect(reached()).toBe(3);
    expect(logs.at(-1)?.message).toMatch(/maxUpstreamInFlight/);
    release();
    for (const response of await Promise.all(pending.slice(0, 3))) expect(response.status).toBe(200);
    const again = start(11);
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    expect((await again).status).toBe(200);
  });

  it('holds 1,000 starts against a held Sinch to the default 512 in flight', {
    timeout: 30_000,
  }, async () => {
    const { start, reached, release } = heldUpstream();
    const pending = Array.from({ length: 1000 }, (_, index) => start(index));
    const refused = await Promise.all(pending.slice(512));
    expect(refused.filter((response) => response.status === 503)).toHaveLength(1000 - 512);
    expect(reached()).toBe(512);
    release();
    await Promise.all(pending.slice(0, 512));
  });

  it('holds no resend cooldown for a start it refused without sending: the person retries and gets a code', async () => {
    const { start, reached, release } = heldUpstream({
      maxUpstreamInFlight: 1,
      limits: { requestsPerIp: false, startsPerIp: false, startsPerNumber: false, resendCooldownSeconds: 30 },
    });
    const held = start(1);
    const refused = await start(2);
    expect(refused.status).toBe(503);
    expect(reached()).toBe(1);
    release();
    expect((await held).status).toBe(200);
    // Number 2 never reached Sinch: its retry a second later is a first start, not a resend within the cooldown.
    const retry = start(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    expect((await retry).status).toBe(200);
    // Number 1 did get a code: its cooldown stands.
    const resend = await start(1);
    expect(resend.status).toBe(429);
    expect(((await resend.json()) as { error: { code: string } }).error.code).toBe('resend_cooldown');
  });

  it('refuses a cap that is not a whole number ≥ 1 at creation', () => {
    for (const maxUpstreamInFlight of [0, -1, 1.5, Number.NaN])
      expect(() => heldUpstream({ maxUpstreamInFlight })).toThrow(TypeError);
  });
});

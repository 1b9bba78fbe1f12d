import { createManualClock, createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { createVerificationProxy } from '../createVerificationProxy';
import type { ProxyLogEvent, VerificationProxyOptions } from '../verificationProxyOptions';

export const TEST_PROOF_SECRET = 'adapter-tests-proof-secret-0123456789abcdef';

/** A proxy in front of a fresh in-process emulator, logging into `logs`. */
export function emulatedProxy(overrides: Partial<VerificationProxyOptions> = {}) {
  const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
  const emulator = createSinchEmulator({ now: clock.now, seed: 3 });
  const logs: ProxyLogEvent[] = [];
  const proxy = createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    fetch: emulator.fetch,
    now: clock.now,
    proof: { secret: TEST_PROOF_SECRET },
    logger: (event) => logs.push(event),
    ...overrides,
  });
  return { proxy, emulator, clock, logs };
}

/** Start → the code from the inbox → report, over real HTTP; resolves with the report's JSON. */
export async function smsFlowOverHttp(
  origin: string,
  emulator: ReturnType<typeof createSinchEmulator>,
  number = '+46700000000',
): Promise<Record<string, unknown>> {
  const started = await fetch(`${origin}/api/verification/verifications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identity: { type: 'number', endpoint: number }, method: 'sms' }),
  });
  if (started.status !== 200) throw new Error(`start answered ${started.status}: ${await started.text()}`);
  const { id } = (await started.json()) as { id: string };
  const code = emulator.inbox.latest(number)?.code;
  const reported = await fetch(`${origin}/api/verification/verifications/id/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ method: 'sms', sms: { code } }),
  });
  return (await reported.json()) as Record<string, unknown>;
}

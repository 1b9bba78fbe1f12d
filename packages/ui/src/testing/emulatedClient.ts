import { createVerificationClient } from '@verikit/core';
import { createVerificationProxy, type VerificationProxyOptions } from '@verikit/proxy';
import { EMULATOR_APPLICATION } from '@verikit/sinch-emulator';

export const TEST_PROOF_SECRET = 'test-proof-secret-at-least-32-bytes-long!!';

/**
 * Core's client on the real proxy in front of an in-process emulator (`fetch`: the emulator's, or a wrapper of it),
 * from one client address: what an app wires, with no network. The other options go to the proxy.
 */
export function emulatedClient(
  options: Partial<VerificationProxyOptions> & { fetch: NonNullable<VerificationProxyOptions['fetch']> },
) {
  const proxy = createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    sinchBaseUrl: 'http://emulator.local',
    proof: { secret: TEST_PROOF_SECRET },
    ...options,
  });
  return createVerificationClient({
    baseUrl: 'http://app.local/api/verification',
    fetch: (input, init) => proxy(new Request(input, init), { clientIp: '203.0.113.7' }),
  });
}

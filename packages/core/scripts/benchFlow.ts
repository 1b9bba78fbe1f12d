/**
 * How much time the browser side adds to a verification: the flow machine's own work, and a whole SMS verification
 * (start, then report) through the client, the real proxy and the emulator, in-process. Short on purpose (the
 * machine is shared); run with `pnpm --filter @verikit/core bench`.
 */
import { createVerificationProxy } from '@verikit/proxy';
import { createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import {
  initialFlowState,
  reduceVerificationFlow,
  type VerificationFlowAction,
} from '../src/reduceVerificationFlow';
import { createVerificationClient } from '../src/verificationClient';
import { createVerificationFlow } from '../src/verificationFlow';

const settings = {
  methods: ['sms', 'flashCall'] as const,
  codeLength: 4,
  resendCooldownMs: 30_000,
  maxAttempts: 5,
};

function benchReducer(rounds: number): number {
  const actions: VerificationFlowAction[] = [
    { type: 'start', phoneNumber: '+46701234567', method: 'sms' },
    {
      type: 'started',
      response: { id: 'v1', method: 'sms', sms: { template: '', interceptionTimeout: 600 } },
      at: 0,
    },
    { type: 'submit' },
    { type: 'reported', result: { id: 'v1', method: 'sms', status: 'SUCCESSFUL', proof: 'jwt' } },
    { type: 'reset' },
  ];
  const begin = performance.now();
  let state = initialFlowState(settings);
  for (let round = 0; round < rounds; round++) {
    for (const action of actions) state = reduceVerificationFlow(state, action, settings);
  }
  return ((performance.now() - begin) * 1e6) / (rounds * actions.length);
}

async function benchVerification(count: number): Promise<{ median: number; p95: number; transport: number }> {
  const emulator = createSinchEmulator({ seed: 1 });
  const proxy = createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    fetch: emulator.fetch,
    sinchBaseUrl: 'http://emulator.local',
    proof: { secret: 'bench-proof-secret-at-least-32-bytes-long!!' },
    limits: { requestsPerIp: false, startsPerIp: false, startsPerNumber: false, resendCooldownSeconds: 0 },
  });
  let inProxy = 0;
  const client = createVerificationClient({
    baseUrl: 'http://app.local/api/verification',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const begin = performance.now();
      const response = await proxy(request);
      inProxy += performance.now() - begin;
      return response;
    },
  });
  const durations: number[] = [];
  let proxyTotal = 0;
  for (let index = 0; index < count; index++) {
    const phoneNumber = `+4670${String(1_000_000 + index).padStart(7, '0')}`;
    const flow = createVerificationFlow({ client, statusPollIntervalMs: false });
    inProxy = 0;
    const begin = performance.now();
    await new Promise<void>((resolve, reject) => {
      flow.subscribe((state) => {
        if (state.step === 'waiting' && state.result === undefined) {
          flow.submitCode(emulator.inbox.latest(phoneNumber)?.code ?? '');
        } else if (state.step === 'verified') resolve();
        else if (state.error) reject(state.error);
      });
      flow.start(phoneNumber);
    });
    durations.push(performance.now() - begin);
    proxyTotal += inProxy;
    flow.dispose();
  }
  durations.sort((a, b) => a - b);
  const total = durations.reduce((sum, duration) => sum + duration, 0);
  return {
    median: durations[Math.floor(count / 2)] ?? 0,
    p95: durations[Math.floor(count * 0.95)] ?? 0,
    transport: (total - proxyTotal) / count,
  };
}

/** The same moment's cost of copying a 25-property object twice: what any immutable store update pays. */
function benchBaseline(rounds: number): number {
  let state: Record<string, unknown> = Object.fromEntries(
    Array.from({ length: 25 }, (_, index) => [`k${index}`, index]),
  );
  const begin = performance.now();
  for (let round = 0; round < rounds; round++) state = { ...{ ...state, k1: round }, k2: round };
  return ((performance.now() - begin) * 1e6) / rounds;
}

benchBaseline(20_000);
const baseline = benchBaseline(100_000);
benchReducer(20_000); // warm-up
const perAction = benchReducer(100_000);
await benchVerification(20); // warm-up
const verification = await benchVerification(200);
// The machine is shared with other work: print its load so a figure can be read against it.
const { loadavg } = await import('node:os');
console.log(`load average ${loadavg()[0]?.toFixed(1)} on this machine`);
console.log(
  `reducer: ${perAction.toFixed(0)} ns per action (two copies of a 25-property object: ${baseline.toFixed(0)} ns)`,
);
console.log(
  `SMS verification in-process (client → proxy → emulator → proxy → client, start + report): ` +
    `median ${verification.median.toFixed(2)} ms, p95 ${verification.p95.toFixed(2)} ms; ` +
    `client + flow share ${verification.transport.toFixed(2)} ms per verification`,
);

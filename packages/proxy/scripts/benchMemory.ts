/**
 * The proxy's memory under a flood of distinct numbers, with the default in-memory store:
 * `pnpm --filter @verikit/proxy bench:memory` (NUMBERS=200000 by default).
 *
 * One proxy in front of an upstream that answers every start at once (no emulator: its own state would be counted),
 * NUMBERS starts, each for a new number from a rotating IP (per-IP limits, budgets and the cooldown off or spread, so
 * each start writes every key it can: starts per number, the cooldown, the record of the start by id and by number).
 * Heap after a full GC: before, with every window live, and once the clock has passed every window (25 h) and a few
 * thousand new starts have come in (writes are what sweep).
 */
import { createManualClock } from '@verikit/sinch-emulator';
import { createMemoryRateLimitStore } from '../src/createMemoryRateLimitStore';
import { createVerificationProxy } from '../src/createVerificationProxy';

const NUMBERS = Number(process.env.NUMBERS ?? 200_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (the bench:memory script does)');

// GCs with turns of the event loop between them: Node 20's `Request` frees its signal's bookkeeping through a
// FinalizationRegistry, which runs only then.
const heapMb = async () => {
  for (let round = 0; round < 5; round++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return process.memoryUsage().heapUsed / 1e6;
};

const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
const store = createMemoryRateLimitStore({ now: clock.now, maxKeys: 2_000_000 });
let nextId = 0;
const answer = (id: string) =>
  new Response(
    JSON.stringify({ id, method: 'sms', sms: { template: 'Code {{CODE}}', interceptionTimeout: 298 } }),
    {
      headers: { 'content-type': 'application/json' },
    },
  );
const proxy = createVerificationProxy({
  applicationKey: 'bench-key',
  applicationSecret: 'YmVuY2gtc2VjcmV0',
  fetch: async () => answer(String(++nextId).padStart(12, '0')),
  now: clock.now,
  proof: { secret: 'bench-proof-secret-0123456789abcdef-0123' },
  store,
  limits: { requestsPerIp: false, startsPerIp: false },
  budgets: false,
  breaker: false,
  numberTypes: false,
});

const start = (index: number) =>
  proxy(
    new Request('https://app.example/api/verification/verifications', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        identity: { type: 'number', endpoint: `+4670${String(index).padStart(7, '0')}` },
        method: 'sms',
      }),
    }),
    { clientIp: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` },
  );

const before = await heapMb();
for (let index = 0; index < NUMBERS; index += 500)
  await Promise.all(
    Array.from({ length: Math.min(500, NUMBERS - index) }, (_, offset) => start(index + offset)),
  );
const keysLive = store.size;
const live = await heapMb();
clock.advance(25 * 3600_000);
// Later traffic sweeps as it goes: a few thousand new starts (their own keys stay, live).
const LATER = 5000;
const sweepStarted = performance.now();
for (let index = 0; index < LATER; index++) await start(NUMBERS + index);
const sweepMs = performance.now() - sweepStarted;
const after = await heapMb();

console.log(`starts: ${NUMBERS.toLocaleString('en')} distinct numbers`);
console.log(
  `store keys while live: ${keysLive.toLocaleString('en')} (${(keysLive / NUMBERS).toFixed(1)} a start)`,
);
console.log(`heap before: ${before.toFixed(1)} MB`);
console.log(
  `heap with every window live: ${live.toFixed(1)} MB (+${(live - before).toFixed(1)} MB, ${(((live - before) * 1e6) / NUMBERS).toFixed(0)} B a start)`,
);
console.log(
  `store keys after every window passed and ${LATER.toLocaleString('en')} new starts: ${store.size}`,
);
console.log(`heap then: ${after.toFixed(1)} MB (+${(after - before).toFixed(1)} MB over before)`);
console.log(`those ${LATER.toLocaleString('en')} starts: ${((sweepMs * 1000) / LATER).toFixed(0)} µs each`);

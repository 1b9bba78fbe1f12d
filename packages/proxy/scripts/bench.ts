/**
 * What the proxy costs in front of the in-process emulator, on one thread (one core): requests per second and the
 * latency it adds at p50 and p99. Two workloads:
 * - status: `GET …/id/{id}` of a pending verification, as a page polls it (proxy: routing, per-IP guard, signing,
 *   result shaping);
 * - flow: SMS start + report pairs (proxy: JSON checks, number parsing, every guard, signing, proof).
 * The baseline is the emulator answering the same upstream requests, signed before the clock starts.
 * Run: pnpm --filter @verikit/proxy bench   (taskset -c 0 pins it to one core where available)
 */
import type { ProxyStartResponse } from '@verikit/core';
import { signRequest } from '@verikit/core/sinch-signing';
import { createManualClock, createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { createVerificationProxy } from '../src/createVerificationProxy';

const REQUESTS = Number(process.env.REQUESTS ?? 4000);
const ROUNDS = 3;
const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface Figures {
  /** One request at a time. */
  perSecond: number;
  /** `CONCURRENCY` requests in flight, as a loaded server sees them. */
  concurrentPerSecond: number;
  p50: number;
  p99: number;
  /** CPU time of this process per request (all threads): robust on a shared machine, where wall time is not. */
  cpuMicroseconds: number;
}

const CONCURRENCY = 32;

/**
 * Runs the first half of `count` requests one after another, timing each (latency), then the second half with
 * `CONCURRENCY` in flight (throughput: Web Crypto's HMAC runs off the main thread, so requests overlap).
 */
async function measure(
  count: number,
  send: (index: number) => Promise<void>,
  /** HTTP requests one `send` makes. */
  requestsPerSend = 1,
): Promise<Figures> {
  const half = Math.floor(count / 2);
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const began = performance.now();
  for (let index = 0; index < half; index++) {
    const at = performance.now();
    await send(index);
    latencies.push(performance.now() - at);
  }
  const seconds = (performance.now() - began) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  let next = half;
  const concurrentBegan = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) await send(next++);
    }),
  );
  const concurrentSeconds = (performance.now() - concurrentBegan) / 1000;
  return {
    perSecond: (half * requestsPerSend) / seconds,
    concurrentPerSecond: ((count - half) * requestsPerSend) / concurrentSeconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuMicroseconds: (cpu.user + cpu.system) / (half * requestsPerSend),
  };
}

/** The best round: on a shared machine the slower ones measure the neighbours. */
function best(rounds: Figures[]): Figures {
  return rounds.reduce((a, b) => (b.cpuMicroseconds < a.cpuMicroseconds ? b : a));
}

const numberAt = (index: number) => `+4670${String(1_000_000 + index).padStart(7, '0')}`;

async function signed(method: string, path: string, body?: string): Promise<Request> {
  const headers = signRequest({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    method,
    path,
    contentType: body === undefined ? '' : 'application/json; charset=utf-8',
    body,
    timestamp: new Date(clock.now()).toISOString(),
  });
  return new Request(`http://sinch.test${path}`, {
    method,
    headers: {
      ...headers,
      ...(body !== undefined && { 'content-type': 'application/json; charset=utf-8' }),
    } as Record<string, string>,
    body,
  });
}

function proxyFor(emulator: ReturnType<typeof createSinchEmulator>) {
  return createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    fetch: emulator.fetch,
    now: clock.now,
    proof: { secret: 'benchmark-proof-secret-0123456789abcdef' },
    // The guards stay on; only their limits are raised so that a benchmark is not a flood to stop.
    limits: {
      requestsPerIp: { limit: 1_000_000, windowSeconds: 60 },
      startsPerIp: { limit: 1_000_000, windowSeconds: 60 },
    },
  });
}

const proxyRequest = (method: string, path: string, body?: unknown) =>
  new Request(`http://app.test/api/verification${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function statusRound(): Promise<{ direct: Figures; proxied: Figures }> {
  const emulator = createSinchEmulator({ now: clock.now, codeGenerator: () => '1234' });
  const proxy = proxyFor(emulator);
  const started = (await (
    await proxy(
      proxyRequest('POST', '/verifications', {
        identity: { type: 'number', endpoint: numberAt(0) },
        method: 'sms',
      }),
      { clientIp: '192.0.2.1' },
    )
  ).json()) as ProxyStartResponse;
  await proxy(
    proxyRequest('PUT', `/verifications/id/${started.id}`, { method: 'sms', sms: { code: '1234' } }),
  );
  const path = `/verification/v1/verifications/id/${started.id}`;
  const upstream = await Promise.all(Array.from({ length: REQUESTS }, () => signed('GET', path)));
  const direct = await measure(REQUESTS, async (index) => {
    await (await emulator.fetch(upstream[index] as Request)).arrayBuffer();
  });
  const proxied = await measure(REQUESTS, async (index) => {
    const response = await proxy(proxyRequest('GET', `/verifications/id/${started.id}`), {
      clientIp: `198.51.100.${index % 250}`,
    });
    if (response.status !== 200) throw new Error(`status answered ${response.status}`);
    await response.arrayBuffer();
  });
  return { direct, proxied };
}

async function flowRound(): Promise<{ direct: Figures; proxied: Figures }> {
  const pairs = REQUESTS / 2;
  const directEmulator = createSinchEmulator({ now: clock.now, codeGenerator: () => '1234' });
  const upstream: [Request, Request][] = [];
  for (let index = 0; index < pairs; index++) {
    const number = numberAt(index);
    upstream.push([
      await signed(
        'POST',
        '/verification/v1/verifications',
        JSON.stringify({ identity: { type: 'number', endpoint: number }, method: 'sms' }),
      ),
      await signed(
        'PUT',
        `/verification/v1/verifications/number/${number}`,
        JSON.stringify({ method: 'sms', sms: { code: '1234' } }),
      ),
    ]);
  }
  const direct = await measure(
    pairs,
    async (index) => {
      const [start, report] = upstream[index] as [Request, Request];
      await (await directEmulator.fetch(start)).arrayBuffer();
      await (await directEmulator.fetch(report)).arrayBuffer();
    },
    2,
  );

  const emulator = createSinchEmulator({ now: clock.now, codeGenerator: () => '1234' });
  const proxy = proxyFor(emulator);
  const proxied = await measure(
    pairs,
    async (index) => {
      const number = numberAt(index);
      const clientIp = `198.51.100.${index % 250}`;
      const started = await proxy(
        proxyRequest('POST', '/verifications', {
          identity: { type: 'number', endpoint: number },
          method: 'sms',
        }),
        { clientIp },
      );
      if (started.status !== 200) throw new Error(`start answered ${started.status}`);
      await started.arrayBuffer();
      const reported = await proxy(
        proxyRequest('PUT', `/verifications/number/${number}`, { method: 'sms', sms: { code: '1234' } }),
        { clientIp },
      );
      const { proof } = (await reported.json()) as { proof?: string };
      if (!proof) throw new Error('no proof');
    },
    2,
  );
  return { direct, proxied };
}

function report(name: string, rounds: { direct: Figures; proxied: Figures }[]): void {
  const direct = best(rounds.map((round) => round.direct));
  const proxied = best(rounds.map((round) => round.proxied));
  const rate = (value: number) => Math.round(value).toLocaleString('en').padStart(7);
  const row = (label: string, figures: Figures) =>
    `  ${label.padEnd(22)} ${rate(figures.concurrentPerSecond)} req/s (${CONCURRENCY} in flight)  ${rate(figures.perSecond)} req/s (one at a time)   p50 ${figures.p50.toFixed(3)} ms   p99 ${figures.p99.toFixed(3)} ms   CPU ${figures.cpuMicroseconds.toFixed(0)} µs/request (= ${rate(1e6 / figures.cpuMicroseconds)} req/s per core)`;
  console.log(`${name} (${REQUESTS} requests, best of ${ROUNDS} rounds)`);
  console.log(row('emulator alone', direct));
  console.log(row('proxy + emulator', proxied));
  console.log(
    `  added by the proxy      p50 ${(proxied.p50 - direct.p50).toFixed(3)} ms   p99 ${(proxied.p99 - direct.p99).toFixed(3)} ms   CPU ${(proxied.cpuMicroseconds - direct.cpuMicroseconds).toFixed(0)} µs/request (the proxy alone: ${rate(1e6 / (proxied.cpuMicroseconds - direct.cpuMicroseconds))} req/s per core)`,
  );
}

// Warm-up: JIT, key imports, libphonenumber metadata.
await statusRound();
const statusRounds = [];
for (let round = 0; round < ROUNDS; round++) statusRounds.push(await statusRound());
report('Status polling (GET by id of a PENDING verification)', statusRounds);
const flowRounds = [];
for (let round = 0; round < ROUNDS; round++) flowRounds.push(await flowRound());
report('SMS flow (start + report pairs, every guard, proof; latency per pair)', flowRounds);
console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);

/**
 * What the proxy costs, on one thread (pin it to one core: `taskset -c 0 pnpm --filter @verikit/proxy bench`).
 *
 * Three set-ups answer the same workload:
 * - emulator alone: `@verikit/sinch-emulator`'s in-process handler, handed the signed upstream requests the proxy
 *   would send (built before the clock starts, as a server adapter would hand them over);
 * - proxy + emulator: the proxy handed the browser's requests (also built before the clock starts), in front of
 *   that emulator (in-process `fetch`: the proxy builds and signs each upstream `Request`, reads the answer, shapes
 *   its own). "Added by the proxy" is this minus the emulator alone;
 * - proxy alone: the same proxy in front of an upstream that costs next to nothing (a `fetch` answering each call
 *   with a fixed, pre-serialised Sinch answer): the proxy's own throughput on one core.
 *
 * Two workloads:
 * - status: `GET …/id/{id}` of a pending verification, as a page polls it (routing, per-IP guard, signing, shaping);
 * - flow: SMS start + report-by-id pairs, as `@verikit/core`'s client sends them (JSON and number checks, every
 *   guard, signing, and a proof, an HS256 JWT, per pair).
 *
 * Per set-up and round: half the requests one at a time (p50/p99 latency; CPU time of the process per request from
 * `process.cpuUsage`, all threads), the other half with CONCURRENCY in flight (throughput). Best of ROUNDS rounds by
 * CPU time (on a shared machine the slower rounds measure the neighbours), after a warm-up round.
 */

import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { signRequest } from '@verikit/core/sinch-signing';
import { createManualClock, createSinchEmulator, EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { createVerificationProxy } from '../src/createVerificationProxy';
import { issueProof } from '../src/issueProof';
import { proofKey } from '../src/proofKey';

const REQUESTS = Number(process.env.REQUESTS ?? 4000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CONCURRENCY = 32;
const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
const SINCH = 'http://sinch.test/verification/v1/verifications';
const JSON_TYPE = 'application/json; charset=utf-8';

interface Figures {
  /** Requests per second, one at a time. */
  sequentialPerSecond: number;
  /** Requests per second with CONCURRENCY in flight, as a loaded server sees them. */
  concurrentPerSecond: number;
  p50: number;
  p99: number;
  /** CPU time of this process per request (all threads): steadier than wall time on a shared machine. */
  cpuMicroseconds: number;
}

/**
 * One request (or one start + report pair) of a workload; `index` picks pre-built inputs. A pair answers the
 * latency of each of its requests, so latency is always per request.
 */
type Send = (index: number) => Promise<readonly number[] | unknown>;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(units: number, send: Send, requestsPerUnit: number): Promise<Figures> {
  const half = Math.floor(units / 2);
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const began = performance.now();
  for (let index = 0; index < half; index++) {
    const at = performance.now();
    const each = await send(index);
    if (Array.isArray(each)) latencies.push(...(each as number[]));
    else latencies.push(performance.now() - at);
  }
  const seconds = (performance.now() - began) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  let next = half;
  const concurrentBegan = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < units) await send(next++);
    }),
  );
  const concurrentSeconds = (performance.now() - concurrentBegan) / 1000;
  return {
    sequentialPerSecond: (half * requestsPerUnit) / seconds,
    concurrentPerSecond: ((units - half) * requestsPerUnit) / concurrentSeconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuMicroseconds: (cpu.user + cpu.system) / (half * requestsPerUnit),
  };
}

const numberAt = (round: number, index: number) =>
  `+4670${String(1_000_000 + round * 100_000 + index).padStart(7, '0')}`;

function signed(method: string, url: string, body?: string): Request {
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...signRequest({
      applicationKey: EMULATOR_APPLICATION.key,
      applicationSecret: EMULATOR_APPLICATION.secret,
      method,
      path: new URL(url).pathname,
      contentType: body === undefined ? '' : JSON_TYPE,
      body,
      timestamp: new Date(clock.now()).toISOString(),
    }),
  };
  if (body !== undefined) headers['content-type'] = JSON_TYPE;
  return new Request(url, { method, headers, body });
}

const browser = (method: string, path: string, body?: unknown) =>
  new Request(`http://app.test/api/verification${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

type Upstream = (request: Request) => Promise<Response>;

function proxyFor(upstream: Upstream) {
  return createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    fetch: upstream,
    now: clock.now,
    proof: { secret: 'benchmark-proof-secret-0123456789abcdef' },
    // Every guard stays on; the per-IP and per-number limits are raised so that a benchmark is not a flood to stop.
    limits: {
      requestsPerIp: { limit: 1_000_000, windowSeconds: 60 },
      startsPerIp: { limit: 1_000_000, windowSeconds: 60 },
    },
    // Still counted on every start, raised past what one benchmark starting thousands of verifications to one
    // prefix would hit (32 starts in flight before their reports read as a low conversion rate).
    budgets: {
      perCountry: { perHour: 100_000_000, perDay: 100_000_000 },
      perPrefix: { perHour: 100_000_000, perDay: 100_000_000 },
      global: { perHour: 100_000_000, perDay: 100_000_000 },
    },
    breaker: { minStarts: 100_000_000 },
  });
}

/** Sinch's answers, serialised once: the cheapest upstream a `fetch` can be. */
function constantUpstream(): Upstream {
  let nextId = 1_000_000_000;
  const pending = JSON.stringify({
    id: '1000000000',
    method: 'sms',
    status: 'PENDING',
    identity: { type: 'number', endpoint: '+46701000000' },
    countryId: 'SE',
  });
  const headers = { 'content-type': JSON_TYPE };
  return async (request) => {
    if (request.method === 'POST')
      return new Response(
        `{"id":"${nextId++}","method":"sms","sms":{"template":"Your verification code is {{CODE}}","interceptionTimeout":298},"_links":[]}`,
        { headers },
      );
    if (request.method === 'PUT') {
      const id = request.url.slice(request.url.lastIndexOf('/') + 1);
      return new Response(`{"id":"${id}","method":"sms","status":"SUCCESSFUL","reason":null}`, { headers });
    }
    return new Response(pending, { headers });
  };
}

async function pendingVerification(send: (request: Request) => Promise<Response>): Promise<string> {
  const response = await send(
    browser('POST', '/verifications', {
      identity: { type: 'number', endpoint: numberAt(9, 0) },
      method: 'sms',
    }),
  );
  return ((await response.json()) as { id: string }).id;
}

interface Round {
  emulator: Figures;
  proxied: Figures;
  proxyAlone: Figures;
}

async function statusRound(): Promise<Round> {
  const emulator = createSinchEmulator({ now: clock.now, codeGenerator: () => '1234' });
  const proxy = proxyFor(emulator.fetch);
  const id = await pendingVerification((request) => proxy(request, { clientIp: '192.0.2.1' }));
  const upstream = Array.from({ length: REQUESTS }, () => signed('GET', `${SINCH}/id/${id}`));
  const direct = await measure(
    REQUESTS,
    async (index) => {
      const response = await emulator.fetch(upstream[index] as Request);
      if (response.status !== 200) throw new Error(`the emulator answered ${response.status}`);
      await response.arrayBuffer();
    },
    1,
  );
  const viaProxy = async (handler: ReturnType<typeof proxyFor>, statusId: string) => {
    const requests = Array.from({ length: REQUESTS }, () => browser('GET', `/verifications/id/${statusId}`));
    return measure(
      REQUESTS,
      async (index) => {
        const response = await handler(requests[index] as Request, { clientIp: `198.51.100.${index % 250}` });
        if (response.status !== 200) throw new Error(`the proxy answered ${response.status}`);
        await response.arrayBuffer();
      },
      1,
    );
  };
  const proxied = await viaProxy(proxy, id);
  const alone = proxyFor(constantUpstream());
  const proxyAlone = await viaProxy(alone, '1000000000');
  return { emulator: direct, proxied, proxyAlone };
}

let flowRoundIndex = 0;

async function flowRound(): Promise<Round> {
  const round = flowRoundIndex++;
  const pairs = REQUESTS / 2;
  const emulatorAlone = createSinchEmulator({ now: clock.now, codeGenerator: () => '1234' });
  const starts = Array.from({ length: pairs }, (_, index) =>
    signed(
      'POST',
      SINCH,
      JSON.stringify({ identity: { type: 'number', endpoint: numberAt(round * 2, index) }, method: 'sms' }),
    ),
  );
  const reportBody = { method: 'sms', sms: { code: '1234' } };
  const report = JSON.stringify(reportBody);
  const direct = await measure(
    pairs,
    async (index) => {
      const at = performance.now();
      const started = await emulatorAlone.fetch(starts[index] as Request);
      const { id } = (await started.json()) as { id: string };
      const between = performance.now();
      // The report's path names the id the start answered, so it is signed and built here, in the measured time
      // (as the proxy's own report request is built in it below).
      const reported = await emulatorAlone.fetch(signed('PUT', `${SINCH}/id/${id}`, report));
      if (((await reported.json()) as { status: string }).status !== 'SUCCESSFUL')
        throw new Error('not verified');
      return [between - at, performance.now() - between];
    },
    2,
  );

  const viaProxy = async (handler: ReturnType<typeof proxyFor>, numberRound: number) => {
    const startRequests = Array.from({ length: pairs }, (_, index) =>
      browser('POST', '/verifications', {
        identity: { type: 'number', endpoint: numberAt(numberRound, index) },
        method: 'sms',
      }),
    );
    return measure(
      pairs,
      async (index) => {
        const clientIp = `198.51.100.${index % 250}`;
        const at = performance.now();
        const started = await handler(startRequests[index] as Request, { clientIp });
        if (started.status !== 200)
          throw new Error(`start answered ${started.status}: ${await started.text()}`);
        const { id } = (await started.json()) as { id: string };
        const between = performance.now();
        const reported = await handler(browser('PUT', `/verifications/id/${id}`, reportBody), {
          clientIp,
        });
        const { proof } = (await reported.json()) as { proof?: string };
        if (!proof) throw new Error('no proof');
        return [between - at, performance.now() - between];
      },
      2,
    );
  };
  const emulator = createSinchEmulator({ now: clock.now, codeGenerator: () => '1234' });
  const proxied = await viaProxy(proxyFor(emulator.fetch), round * 2);
  const proxyAlone = await viaProxy(proxyFor(constantUpstream()), round * 2 + 1);
  return { emulator: direct, proxied, proxyAlone };
}

function best(rounds: Figures[]): Figures {
  return rounds.reduce((a, b) => (b.cpuMicroseconds < a.cpuMicroseconds ? b : a));
}

function print(name: string, rounds: Round[]): void {
  const emulator = best(rounds.map((round) => round.emulator));
  const proxied = best(rounds.map((round) => round.proxied));
  const alone = best(rounds.map((round) => round.proxyAlone));
  const rate = (value: number) => Math.round(value).toLocaleString('en').padStart(7);
  const row = (label: string, figures: Figures) =>
    `  ${label.padEnd(18)} CPU ${figures.cpuMicroseconds.toFixed(0).padStart(4)} µs/req (=${rate(1e6 / figures.cpuMicroseconds)} req/s per core)   ${rate(figures.sequentialPerSecond)} req/s one at a time, ${rate(figures.concurrentPerSecond)} req/s ${CONCURRENCY} in flight   p50 ${figures.p50.toFixed(3)} ms  p99 ${figures.p99.toFixed(3)} ms`;
  console.log(`${name} — ${REQUESTS} requests per set-up, best of ${ROUNDS} rounds`);
  console.log(row('emulator alone', emulator));
  console.log(row('proxy + emulator', proxied));
  const added = proxied.cpuMicroseconds - emulator.cpuMicroseconds;
  console.log(
    `  ${'added by the proxy'.padEnd(18)} CPU ${added.toFixed(0).padStart(4)} µs/req (=${rate(1e6 / added)} req/s per core)   p50 +${(proxied.p50 - emulator.p50).toFixed(3)} ms  p99 +${(proxied.p99 - emulator.p99).toFixed(3)} ms`,
  );
  console.log(row('proxy alone', alone));
}

function cpusAllowed(): string {
  try {
    return /Cpus_allowed_list:\s*(\S+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? '?';
  } catch {
    return '?';
  }
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
console.log(
  `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, this process on CPU(s) ${cpusAllowed()}; load average ${load()}`,
);
// Warm-up: JIT, key imports, libphonenumber metadata.
await statusRound();
await flowRound();
const statusRounds: Round[] = [];
for (let round = 0; round < ROUNDS; round++) statusRounds.push(await statusRound());
print('Status polling (GET by id of a PENDING verification)', statusRounds);
const flowRounds: Round[] = [];
for (let round = 0; round < ROUNDS; round++) flowRounds.push(await flowRound());
print('SMS flow (start + report by id, every guard, a proof per pair; latency per request)', flowRounds);

// The proof alone (HS256 with @noble/hashes' HMAC over the secret's bytes, as the proxy signs it): the largest
// single cost of a successful report when it went through Web Crypto.
const proofSecret = proofKey('benchmark-proof-secret-0123456789abcdef');
const proofCpu: number[] = [];
for (let round = 0; round <= ROUNDS; round++) {
  const before = process.cpuUsage();
  for (let index = 0; index < REQUESTS / 2; index++)
    issueProof(
      { phoneNumber: numberAt(0, index), method: 'sms', verificationId: String(1_000_000_000 + index) },
      proofSecret,
      {},
      clock.now(),
    );
  const cpu = process.cpuUsage(before);
  if (round > 0) proofCpu.push((cpu.user + cpu.system) / (REQUESTS / 2));
}
console.log(
  `A proof alone: CPU ${Math.min(...proofCpu).toFixed(0)} µs (best of ${ROUNDS} rounds of ${REQUESTS / 2})`,
);
console.log(`load average at the end ${load()}`);

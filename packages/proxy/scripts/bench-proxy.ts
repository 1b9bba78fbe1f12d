/**
 * `pnpm bench:proxy`: one SMS verification (start + the right-code report) through Sinch's official Node SDK
 * straight to the emulator, against `@verikit/core`'s browser client through the proxy to the same emulator, over
 * HTTP on 127.0.0.1, side by side in one run.
 *
 * Four processes (scripts/benchProxyServer.ts): the emulator behind its Node listener; the proxy behind its Node
 * adapter twice, once with every guard switched off and once with its default options (every guard on, the counts
 * one benchmark client would hit raised); and this one, the load, where `@sinch/sdk-core` (its `SinchClient`, as
 * the emulator's own tests use it) and `createVerificationClient` (Node's `fetch`, keep-alive) run. The code is read
 * from the emulator's inbox over HTTP between start and report, outside the timing.
 *
 * Latency: ITERATIONS verifications per set-up, one at a time, interleaved (SDK, proxy with guards off, proxy with
 * defaults, rotating who goes first), medians and p95 of start + report. Throughput: CONCURRENCY verifications in
 * flight for SECONDS per set-up, twice each, interleaved; requests a second (start and report count one each), and
 * the proxy process's CPU time per request, whose inverse is what one core can serve whatever the machine's load.
 * On a shared machine read the ratios; no timed assertion anywhere, this only prints.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { SinchClient } from '@sinch/sdk-core';
import { createVerificationClient } from '@verikit/core';
import { EMULATOR_APPLICATION } from '@verikit/sinch-emulator';

const ITERATIONS = Number(process.env.ITERATIONS ?? 300);
const SECONDS = Number(process.env.SECONDS ?? 4);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const here = dirname(fileURLToPath(import.meta.url));

const children: ChildProcess[] = [];

/** Starts one server process and resolves with the URL it prints. */
function startServer(role: string, ...args: string[]): Promise<string> {
  const child = spawn(
    process.execPath,
    // The same loader and conditions as this process (tsx, the @verikit/source condition); BENCH_CPU_PROF=1 writes
    // each server's CPU profiles (node --cpu-prof, one per thread) into node_modules/.cache/bench-proxy/<role>.
    [
      ...process.execArgv,
      ...(process.env.BENCH_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${join(here, '../node_modules/.cache/bench-proxy', role)}`]
        : []),
      join(here, 'benchProxyServer.ts'),
      role,
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], cwd: join(here, '..') },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${role} exited with ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) =>
      resolve(line.trim()),
    );
  });
}

const cpuOf = async (url: string) => (await (await fetch(`${url}/__cpu`)).json()) as number;

interface SetUp {
  name: string;
  /** The URL of the process that does this set-up's work in front of the emulator (its CPU is read). */
  server: string;
  /** One verification of `endpoint`; `timed` wraps the start and the report, each a phase of its own. */
  run: (endpoint: string, timed: (phase: () => Promise<unknown>) => Promise<void>) => Promise<void>;
}

/**
 * A `fetch` over `node:http` with a keep-alive agent: the transport Sinch's SDK has (node-fetch on Node's agent), for
 * the browser client in one set-up, so that the client side of both paths costs the same in this load process.
 * Node's own `fetch` (undici) costs the load process several times more CPU per request than `node:http`.
 */
function nodeHttpFetch(): (input: string, init: RequestInit) => Promise<Response> {
  const agent = new Agent({ keepAlive: true });
  return (input, init) =>
    new Promise((resolve, reject) => {
      const url = new URL(input);
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value;
      });
      const body = typeof init.body === 'string' ? init.body : undefined;
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const outgoing = httpRequest(
        { agent, hostname: url.hostname, port: url.port, path: url.pathname, method: init.method, headers },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () => {
            const answerHeaders = new Headers();
            for (const [name, value] of Object.entries(incoming.headers))
              if (typeof value === 'string') answerHeaders.set(name, value);
            resolve(
              new Response(Buffer.concat(chunks), { status: incoming.statusCode, headers: answerHeaders }),
            );
          });
          incoming.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
}

let nextNumber = 0;
/** A fresh Swedish mobile number per verification (no cooldown, no per-number limit, no magic number). */
const freshNumber = () => `+4673${String(1_000_000 + nextNumber++).padStart(7, '0')}`;

async function main() {
  const emulatorUrl = await startServer('emulator');
  const [guardsOffUrl, defaultsUrl, fetchUpstreamUrl, passThroughUrl] = await Promise.all([
    startServer('guards-off', emulatorUrl),
    startServer('defaults', emulatorUrl),
    startServer('fetch-upstream', emulatorUrl),
    startServer('pass-through', emulatorUrl),
  ]);
  const codeFor = async (endpoint: string) => {
    const inbox = (await (
      await fetch(`${emulatorUrl}/emulator/inbox/${encodeURIComponent(endpoint)}`)
    ).json()) as {
      code?: string;
    }[];
    return inbox[0]?.code ?? '';
  };

  const sdkTo = (url: string) =>
    new SinchClient({
      applicationKey: EMULATOR_APPLICATION.key,
      applicationSecret: EMULATOR_APPLICATION.secret,
      verificationHostname: url,
    }).verification.verifications;
  const viaProxy = (proxyUrl: string, fetch?: ReturnType<typeof nodeHttpFetch>) => {
    const client = createVerificationClient({ baseUrl: `${proxyUrl}/api/verification`, fetch });
    return async (endpoint: string, timed: (phase: () => Promise<unknown>) => Promise<void>) => {
      let id = '';
      await timed(async () => {
        id = (await client.start({ identity: { type: 'number', endpoint }, method: 'sms' })).id;
      });
      const code = await codeFor(endpoint);
      await timed(async () => {
        const result = await client.report(id, { method: 'sms', sms: { code } });
        if (result.status !== 'SUCCESSFUL' || !result.proof)
          throw new Error(`Not verified: ${JSON.stringify(result)}`);
      });
    };
  };
  const viaSdk =
    (sdk: ReturnType<typeof sdkTo>) =>
    async (endpoint: string, timed: (phase: () => Promise<unknown>) => Promise<void>) => {
      let id = '';
      await timed(async () => {
        id = (
          await sdk.startSms({
            startVerificationWithSmsRequestBody: { identity: { type: 'number', endpoint } },
          })
        ).id as string;
      });
      const code = await codeFor(endpoint);
      await timed(async () => {
        const result = await sdk.reportSmsById({
          id,
          reportSmsVerificationByIdRequestBody: { sms: { code } },
        });
        if (result.status !== 'SUCCESSFUL') throw new Error(`Not verified: ${JSON.stringify(result)}`);
      });
    };

  const setUps: SetUp[] = [
    { name: 'Sinch SDK → emulator', server: emulatorUrl, run: viaSdk(sdkTo(emulatorUrl)) },
    {
      name: 'Sinch SDK → bare node:http pass-through (no logic) → emulator',
      server: passThroughUrl,
      run: viaSdk(sdkTo(passThroughUrl)),
    },
    { name: 'client → proxy (guards off) → emulator', server: guardsOffUrl, run: viaProxy(guardsOffUrl) },
    { name: 'client → proxy (defaults) → emulator', server: defaultsUrl, run: viaProxy(defaultsUrl) },
    {
      name: 'client on node:http (as the SDK) → proxy (guards off) → emulator',
      server: guardsOffUrl,
      run: viaProxy(guardsOffUrl, nodeHttpFetch()),
    },
    {
      name: 'client → proxy (guards off, undici fetch upstream) → emulator',
      server: fetchUpstreamUrl,
      run: viaProxy(fetchUpstreamUrl),
    },
  ];

  /** One verification; resolves with the milliseconds spent in start + report (the inbox read left out). */
  const once = async (setUp: SetUp) => {
    let spent = 0;
    await setUp.run(freshNumber(), async (phase) => {
      const started = performance.now();
      await phase();
      spent += performance.now() - started;
    });
    return spent;
  };

  // Warm-up: connections opened, every path compiled.
  for (let round = 0; round < 30; round++) for (const setUp of setUps) await once(setUp);

  const latencies = new Map<string, number[]>(setUps.map((setUp) => [setUp.name, []]));
  for (let index = 0; index < ITERATIONS; index++) {
    for (let offset = 0; offset < setUps.length; offset++) {
      const setUp = setUps[(index + offset) % setUps.length] as SetUp;
      latencies.get(setUp.name)?.push(await once(setUp));
    }
  }

  // Throughput: a closed loop of CONCURRENCY verifications in flight; the emulator's CPU is read too, for the SDK.
  const throughput = new Map<string, { requests: number; seconds: number; cpu: number }>(
    setUps.map((setUp) => [setUp.name, { requests: 0, seconds: 0, cpu: 0 }]),
  );
  for (let round = 0; round < 2; round++) {
    for (const setUp of round === 0 ? setUps : [...setUps].reverse()) {
      const cpuBefore = await cpuOf(setUp.server);
      const started = performance.now();
      const deadline = started + SECONDS * 1000;
      let requests = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (performance.now() < deadline) {
            await setUp.run(freshNumber(), async (phase) => {
              await phase();
              requests++;
            });
          }
        }),
      );
      const figures = throughput.get(setUp.name);
      if (figures) {
        figures.requests += requests;
        figures.seconds += (performance.now() - started) / 1000;
        figures.cpu += (await cpuOf(setUp.server)) - cpuBefore;
      }
    }
  }

  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const at = (values: number[], q: number) =>
    values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;
  const stats = new Map(
    setUps.map((setUp) => {
      const values = sorted(latencies.get(setUp.name) ?? []);
      const t = throughput.get(setUp.name) ?? { requests: 0, seconds: 1, cpu: 0 };
      return [
        setUp.name,
        {
          median: at(values, 0.5),
          p95: at(values, 0.95),
          perSecond: t.requests / t.seconds,
          cpuPerRequest: t.cpu / t.requests,
        },
      ];
    }),
  );
  console.log(
    `One SMS start + the right-code report over HTTP on 127.0.0.1, ${ITERATIONS} per set-up interleaved; load average ` +
      `${loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')}; Node ${process.version}.\n`,
  );
  console.log(
    '| set-up | start + report: median | p95 | requests/s (closed loop, ' +
      `${CONCURRENCY} in flight) | CPU per request of the server in front of the emulator | one core at that CPU |`,
  );
  console.log('|---|---|---|---|---|---|');
  for (const setUp of setUps) {
    const s = stats.get(setUp.name);
    if (!s) continue;
    console.log(
      `| ${setUp.name} | ${s.median.toFixed(2)} ms | ${s.p95.toFixed(2)} ms | ${Math.round(s.perSecond).toLocaleString('en-US')} | ` +
        `${Math.round(s.cpuPerRequest)} µs | ${Math.round(1e6 / s.cpuPerRequest).toLocaleString('en-US')} requests/s |`,
    );
  }
  const sdkStats = stats.get(setUps[0]?.name ?? '');
  console.log('');
  for (const setUp of setUps.slice(1)) {
    const s = stats.get(setUp.name);
    if (!s || !sdkStats) continue;
    console.log(
      `${setUp.name} / SDK: ${(s.median / sdkStats.median).toFixed(2)} × at the median, ` +
        `${(s.p95 / sdkStats.p95).toFixed(2)} × at p95 (goal ≤ 1.3 × at the median); on one core: ` +
        `${Math.round(1e6 / s.cpuPerRequest).toLocaleString('en-US')} requests/s by its CPU (goal ≥ 8,000).`,
    );
  }
}

try {
  await main();
} finally {
  // SIGINT lets each server exit through Node's own handler, which writes a --cpu-prof profile; SIGTERM would not.
  for (const child of children) child.kill('SIGINT');
}

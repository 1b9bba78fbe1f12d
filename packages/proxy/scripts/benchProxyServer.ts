/**
 * One server of `pnpm bench:proxy`, in its own process (so each has a core's worth of one thread): the emulator, or
 * the proxy with its guards off or with its default options, mounted with its Node adapter on 127.0.0.1. Prints its
 * URL on the first line of stdout. `GET /__cpu` answers the process's CPU time so far (µs), for CPU per request.
 *
 *   tsx --conditions=@verikit/source scripts/benchProxyServer.ts emulator|guards-off|defaults|fetch-upstream|pass-through [emulator URL]
 */
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { EMULATOR_APPLICATION } from '@verikit/sinch-emulator';
import { listen } from '@verikit/sinch-emulator/node';
import { createVerificationProxy } from '../src/createVerificationProxy';
import { createNodeListener } from '../src/node';

const [role, emulatorUrl] = process.argv.slice(2);
// Exit normally on SIGINT, so that `--cpu-prof` writes its profile.
process.on('SIGINT', () => process.exit(0));

function withCpuRoute(listener: (incoming: IncomingMessage, outgoing: ServerResponse) => unknown) {
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    if (incoming.url === '/__cpu') {
      const { user, system } = process.cpuUsage();
      outgoing.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(user + system));
      return;
    }
    void listener(incoming, outgoing);
  };
}

/** The proxy's options for each set-up; both sign with the emulator's application and mint a proof. */
function proxyOptions(setUp: string) {
  const common = {
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    sinchBaseUrl: emulatorUrl,
    proof: { secret: 'benchmark-proof-secret-0123456789abcdef' },
  };
  if (setUp === 'guards-off') {
    // Every start guard and limit that can be switched off is: what is left is the hop itself (routing, JSON and
    // number checks, signing, the upstream fetch, the started-verifications record, the proof).
    return {
      ...common,
      limits: {
        requestsPerIp: false,
        startsPerIp: false,
        startsPerNumber: false,
        resendCooldownSeconds: 0,
      } as const,
      numberTypes: false as const,
      budgets: false as const,
    };
  }
  // The defaults, every guard on, with the counts raised that one benchmark client would hit (it is one IP starting
  // thousands of verifications to one prefix): they still count, in the memory store, on every request.
  return {
    ...common,
    limits: {
      requestsPerIp: { limit: 100_000_000, windowSeconds: 60 },
      startsPerIp: { limit: 100_000_000, windowSeconds: 3600 },
    },
    budgets: {
      perCountry: { perHour: 100_000_000, perDay: 100_000_000 },
      perPrefix: { perHour: 100_000_000, perDay: 100_000_000 },
      global: { perHour: 100_000_000, perDay: 100_000_000 },
    },
  };
}

/**
 * The floor: a bare Node hop with no logic at all, the request passed on byte for byte (signed by the SDK, so the
 * emulator takes it) over a keep-alive `node:http` agent and the answer passed back. What any Node proxy costs
 * before it does anything: one more server and one more client request on the path.
 */
function passThrough(target: URL) {
  const agent = new Agent({ keepAlive: true });
  const read = (stream: IncomingMessage, then: (body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => then(Buffer.concat(chunks)));
  };
  const framed = (headers: IncomingMessage['headers'], length: number): OutgoingHttpHeaders => {
    const { connection, 'keep-alive': _, 'transfer-encoding': __, ...rest } = headers;
    return { ...rest, 'content-length': String(length) };
  };
  return (incoming: IncomingMessage, outgoing: ServerResponse) =>
    read(incoming, (body) => {
      const headers = { ...framed(incoming.headers, body.length), host: target.host };
      const upstream = httpRequest(
        {
          agent,
          hostname: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers,
        },
        (answer) =>
          read(answer, (answerBody) =>
            outgoing
              .writeHead(answer.statusCode ?? 502, framed(answer.headers, answerBody.length))
              .end(answerBody),
          ),
      );
      upstream.on('error', () => outgoing.writeHead(502).end());
      upstream.end(body);
    });
}

if (role === 'emulator') {
  const running = await listen({ port: 0, host: '127.0.0.1' });
  // The emulator's own server, with the CPU route in front of its listener.
  const listeners = running.server.listeners('request') as ((
    i: IncomingMessage,
    o: ServerResponse,
  ) => void)[];
  running.server.removeAllListeners('request');
  for (const listener of listeners) running.server.on('request', withCpuRoute(listener));
  console.log(running.url);
} else if (role === 'guards-off' || role === 'defaults' || role === 'fetch-upstream') {
  // `fetch-upstream`: the guards off, and Sinch reached with undici's `fetch` (through the `fetch` option, so one
  // `Request` more than the old default built) instead of the Node adapter's node:http keep-alive transport.
  const proxy = createVerificationProxy(
    role === 'fetch-upstream'
      ? { ...proxyOptions('guards-off'), fetch: (request: Request) => fetch(request) }
      : proxyOptions(role),
  );
  const server = createServer(withCpuRoute(createNodeListener(proxy)));
  server.listen(0, '127.0.0.1', () => {
    console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
} else if (role === 'pass-through') {
  const server = createServer(withCpuRoute(passThrough(new URL(emulatorUrl as string))));
  server.listen(0, '127.0.0.1', () => {
    console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
} else {
  console.error(
    'usage: benchProxyServer.ts emulator|guards-off|defaults|fetch-upstream|pass-through [emulator URL]',
  );
  process.exit(2);
}

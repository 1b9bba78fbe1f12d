#!/usr/bin/env node
/**
 * `verikit-proxy`: the verification proxy as a sidecar. Configured by environment variables (`--help` lists
 * them); logs one JSON line per request on stdout; stops cleanly on SIGINT and SIGTERM.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createVerificationProxy } from './createVerificationProxy';
import { createNodeListener } from './node';
import { PROXY_ENVIRONMENT_VARIABLES, proxyOptionsFromEnv } from './proxyOptionsFromEnv';
import type { RateLimitStore } from './rateLimitStore';

const USAGE = `Usage: verikit-proxy [--port 8788] [--host 127.0.0.1]

  --port <n>         port to listen on (0 picks a free one)   default 8788
  --host <address>   address to listen on                     default 127.0.0.1
  -h, --help         show this help

Environment:
${Object.entries(PROXY_ENVIRONMENT_VARIABLES)
  .map(([name, meaning]) => `  ${name.padEnd(28)} ${meaning}`)
  .join('\n')}
`;

function fail(message: string, code = 1): never {
  process.stderr.write(`verikit-proxy: ${message}\n`);
  process.exit(code);
}

let values: { port?: string; host?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '8788' },
      host: { type: 'string', default: '127.0.0.1' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`, 2);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`--port must be 0–65535\n\n${USAGE}`, 2);

let store: RateLimitStore | undefined;
let closeStore: (() => Promise<unknown>) | undefined;
try {
  const options = proxyOptionsFromEnv(process.env);
  if (process.env.VERIKIT_REDIS_URL) {
    const [{ Redis }, { createRedisRateLimitStore }] = await Promise.all([
      import('ioredis'),
      import('./createRedisRateLimitStore'),
    ]);
    const client = new Redis(process.env.VERIKIT_REDIS_URL, { maxRetriesPerRequest: 2 });
    store = createRedisRateLimitStore({ client });
    closeStore = () => client.quit();
  }
  const proxy = createVerificationProxy({
    ...options,
    ...(store && { store }),
    logger: (event) => process.stdout.write(`${JSON.stringify(event)}\n`),
  });
  const server = createServer(createNodeListener(proxy));
  // Handlers before the first line on stdout: whoever waits for it may signal at once.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`verikit-proxy: ${signal}, stopping\n`);
    server.close(() => {
      void Promise.resolve(closeStore?.()).finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    // Requests in flight get a moment to finish; then the rest are cut.
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  server.listen(port, values.host);
  await once(server, 'listening');
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  process.stdout.write(`verikit-proxy listening on http://${values.host}:${actualPort}${proxy.basePath}\n`);
} catch (error) {
  // Configuration errors name the variable, never a value: safe to print.
  fail(error instanceof Error ? error.message : 'could not start');
}

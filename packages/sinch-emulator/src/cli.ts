#!/usr/bin/env node
/**
 * `verikit-sinch-emulator`: the Sinch Verification API on this machine.
 * Prints the base URL and the credentials it accepts, then one line per delivery.
 */
import { parseArgs } from 'node:util';
import { EMULATOR_APPLICATION } from './emulatorApplication';
import { createManualClock } from './manualClock';
import { listen } from './node';

const USAGE = `Usage: verikit-sinch-emulator [options]

  --port <n>            port to listen on (0 picks a free one)          default 8787
  --host <address>      address to listen on                            default 127.0.0.1
  --key <key>           application key     (or SINCH_APPLICATION_KEY)    default ${EMULATOR_APPLICATION.key}
  --secret <base64>     application secret  (or SINCH_APPLICATION_SECRET) default ${EMULATOR_APPLICATION.secret}
  --base-url <url>      public URL for _links and seamless links        default the listening address
  --callback-url <url>  where to POST signed verification callbacks
  --code-length <n>     digits in SMS and callout codes                 default 4
  --seed <n>            deterministic codes, ids and caller numbers
  --max-attempts <n>    wrong codes accepted before FAIL                default 5
  --manual-clock        time moves only by POST /emulator/clock ({"advanceMs": 60000})
  --no-basic            refuse Basic auth (signed requests only)
  -h, --help            show this help
`;

function fail(message: string): never {
  process.stderr.write(`verikit-sinch-emulator: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) fail(`--${name} must be a whole number, got "${value}"`);
  return parsed;
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      key: { type: 'string' },
      secret: { type: 'string' },
      'base-url': { type: 'string' },
      'callback-url': { type: 'string' },
      'code-length': { type: 'string' },
      seed: { type: 'string' },
      'max-attempts': { type: 'string' },
      'no-basic': { type: 'boolean' },
      'manual-clock': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
}
try {
  parsed = parse();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values } = parsed;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const key = values.key ?? process.env.SINCH_APPLICATION_KEY ?? EMULATOR_APPLICATION.key;
const secret = values.secret ?? process.env.SINCH_APPLICATION_SECRET ?? EMULATOR_APPLICATION.secret;
const port = integer(values.port, 'port') ?? 8787;
if (port > 65535) fail(`--port must be at most 65535, got ${port}`);
const codeLength = integer(values['code-length'], 'code-length');
const seed = integer(values.seed, 'seed');
const maxAttempts = integer(values['max-attempts'], 'max-attempts');

const log = (line: string) => process.stdout.write(`${line}\n`);

try {
  const running = await listen({
    port,
    host: values.host ?? '127.0.0.1',
    applications: [{ key, secret }],
    allowBasic: !values['no-basic'],
    ...(values['manual-clock'] ? { manualClock: createManualClock() } : {}),
    logger: log,
    ...(values['base-url'] === undefined ? {} : { baseUrl: values['base-url'] }),
    ...(values['callback-url'] === undefined ? {} : { callbackUrl: values['callback-url'] }),
    ...(codeLength === undefined ? {} : { codeLength }),
    ...(seed === undefined ? {} : { seed }),
    ...(maxAttempts === undefined ? {} : { maxAttempts }),
  });
  log(`Sinch Verification emulator listening on ${running.url}`);
  log(`  API:                ${running.emulator.baseUrl}/verification/v1/verifications`);
  log(`  application key:    ${key}`);
  log(`  application secret: ${secret}`);
  log(`  inbox:              ${running.url}/emulator/inbox (live: ${running.url}/emulator/events)`);
  if (values['manual-clock'])
    log(`  clock:              manual, move it with POST ${running.url}/emulator/clock`);
  log('Press Ctrl+C to stop.');

  let isStopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (isStopping) return;
    isStopping = true;
    log(`Received ${signal}, stopping.`);
    running.server.closeAllConnections();
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

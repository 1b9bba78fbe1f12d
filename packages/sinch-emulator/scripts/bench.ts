/**
 * How fast the in-process handler answers. Requests are signed before the clock starts, so the figures are the
 * emulator's own work (auth check included).
 * - fresh: signed SMS start + report pairs on an empty emulator, the two calls every verification makes.
 * - full: the same emulator already holding `maxVerifications` (10,000) verifications, so every start forgets the
 *   oldest; each verification is a start, a status by number and a report by number (the lookups that scanned every
 *   record before the store had indexes).
 * Run: pnpm --filter @verikit/sinch-emulator bench   (PAIRS=2000, FILL=10000, ROUNDS=3 by default)
 */
import { signRequest } from '@verikit/core/sinch-signing';
import { createSinchEmulator, EMULATOR_APPLICATION } from '../src/index';

const PAIRS = Number(process.env.PAIRS ?? 2000);
const FILL = Number(process.env.FILL ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const origin = 'http://sinch.test';
const START = '/verification/v1/verifications';

function signed(method: string, path: string, body?: string): Request {
  const headers = signRequest({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    method,
    path,
    ...(body === undefined ? {} : { contentType: 'application/json', body }),
  });
  return new Request(`${origin}${path}`, {
    method,
    headers: {
      ...headers,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    } as Record<string, string>,
    ...(body === undefined ? {} : { body }),
  });
}

function numberAt(index: number): string {
  return `+4670${String(1_000_000 + index).padStart(7, '0')}`;
}

const startBody = (number: string) =>
  JSON.stringify({ identity: { type: 'number', endpoint: number }, method: 'sms' });
const reportBody = JSON.stringify({ method: 'sms', sms: { code: '1234' } });

async function expectStatus(response: Response, wanted: string, what: string): Promise<void> {
  const { status } = (await response.json()) as { status?: string };
  if (status !== wanted) throw new Error(`${what} answered ${status}, not ${wanted}`);
}

/** Start + report by number on an empty emulator. Returns the milliseconds taken. */
async function freshRound(): Promise<number> {
  const emulator = createSinchEmulator({ codeGenerator: () => '1234' });
  const requests = Array.from({ length: PAIRS }, (_, index) => {
    const number = numberAt(index);
    return [
      signed('POST', START, startBody(number)),
      signed('PUT', `${START}/number/${number}`, reportBody),
    ] as const;
  });
  const began = performance.now();
  for (const [index, [start, report]] of requests.entries()) {
    await (await emulator.fetch(start)).arrayBuffer();
    await expectStatus(await emulator.fetch(report), 'SUCCESSFUL', `report ${index}`);
  }
  return performance.now() - began;
}

/** Start + status by number + report by number on an emulator already at its limit. */
async function fullRound(): Promise<number> {
  const emulator = createSinchEmulator({ codeGenerator: () => '1234', maxVerifications: FILL });
  for (let index = 0; index < FILL; index++)
    await (await emulator.fetch(signed('POST', START, startBody(numberAt(index))))).arrayBuffer();
  const requests = Array.from({ length: PAIRS }, (_, index) => {
    const number = numberAt(FILL + index);
    return [
      signed('POST', START, startBody(number)),
      signed('GET', `${START}/sms/number/${number}`),
      signed('PUT', `${START}/number/${number}`, reportBody),
    ] as const;
  });
  const began = performance.now();
  for (const [index, [start, status, report]] of requests.entries()) {
    await (await emulator.fetch(start)).arrayBuffer();
    await expectStatus(await emulator.fetch(status), 'PENDING', `status ${index}`);
    await expectStatus(await emulator.fetch(report), 'SUCCESSFUL', `report ${index}`);
  }
  return performance.now() - began;
}

async function best(round: () => Promise<number>): Promise<number> {
  const timings: number[] = [];
  for (let index = 0; index < ROUNDS; index++) timings.push(await round());
  return Math.min(...timings);
}

const load = await import('node:os').then((os) => os.loadavg()[0]?.toFixed(1));
console.log(`Node ${process.version}, best of ${ROUNDS}, load average ${load} on this machine`);

// One unmeasured round first: the first thousands of requests of a process run on code V8 has not optimized yet.
await freshRound();
const fresh = await best(freshRound);
console.log(
  `fresh: ${PAIRS} start + report pairs in ${fresh.toFixed(0)} ms → ` +
    `${Math.round((PAIRS * 1000) / fresh)} verifications/s, ${Math.round((PAIRS * 2000) / fresh)} requests/s ` +
    `(${((fresh * 1000) / (PAIRS * 2)).toFixed(0)} µs per request)`,
);

const full = await best(fullRound);
console.log(
  `full (${FILL} kept): ${PAIRS} start + status + report by number in ${full.toFixed(0)} ms → ` +
    `${Math.round((PAIRS * 1000) / full)} verifications/s, ${Math.round((PAIRS * 3000) / full)} requests/s ` +
    `(${((full * 1000) / (PAIRS * 3)).toFixed(0)} µs per request)`,
);

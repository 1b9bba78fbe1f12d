/**
 * How fast the in-process handler answers: signed SMS start + report pairs, the two calls every verification makes.
 * Requests are signed before the clock starts, so the figure is the emulator's own work (auth check included).
 * Run: pnpm --filter @verikit/sinch-emulator bench
 */
import { signRequest } from '@verikit/core/sinch-signing';
import { createSinchEmulator, EMULATOR_APPLICATION } from '../src/index';

const PAIRS = Number(process.env.PAIRS ?? 2000);
const ROUNDS = 3;
const origin = 'http://sinch.test';

async function signed(method: string, path: string, body: string): Promise<Request> {
  const headers = signRequest({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    method,
    path,
    contentType: 'application/json',
    body,
  });
  return new Request(`${origin}${path}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' } as Record<string, string>,
    body,
  });
}

function numberAt(index: number): string {
  return `+4670${String(1_000_000 + index).padStart(7, '0')}`;
}

async function round(): Promise<number> {
  const emulator = createSinchEmulator({ codeGenerator: () => '1234' });
  const starts: Request[] = [];
  const reports: Request[] = [];
  for (let index = 0; index < PAIRS; index++) {
    const number = numberAt(index);
    starts.push(
      await signed(
        'POST',
        '/verification/v1/verifications',
        JSON.stringify({ identity: { type: 'number', endpoint: number }, method: 'sms' }),
      ),
    );
    reports.push(
      await signed(
        'PUT',
        `/verification/v1/verifications/number/${number}`,
        JSON.stringify({ method: 'sms', sms: { code: '1234' } }),
      ),
    );
  }
  const began = performance.now();
  for (let index = 0; index < PAIRS; index++) {
    const started = await emulator.fetch(starts[index] as Request);
    await started.arrayBuffer();
    const reported = await emulator.fetch(reports[index] as Request);
    const { status } = (await reported.json()) as { status: string };
    if (status !== 'SUCCESSFUL') throw new Error(`pair ${index} ended ${status}`);
  }
  return performance.now() - began;
}

const timings: number[] = [];
for (let index = 0; index < ROUNDS; index++) timings.push(await round());
const best = Math.min(...timings);
console.log(
  `${PAIRS} start+report pairs, best of ${ROUNDS}: ${best.toFixed(0)} ms → ` +
    `${Math.round((PAIRS * 1000) / best)} verifications/s, ${Math.round((PAIRS * 2000) / best)} requests/s ` +
    `(${((best * 1000) / (PAIRS * 2)).toFixed(0)} µs per request), Node ${process.version}`,
);

import { createSinchEmulator, type SinchEmulatorOptions } from './createSinchEmulator';
import { createManualClock } from './manualClock';
import { type SignedRequestInit, signedRequest } from './signedRequest.test-helper';

export const NUMBER = '+46700000000';
export const START = '/verification/v1/verifications';

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** An emulator on a manual clock, and signed calls to it on the same clock. */
export function setupEmulator(options: SinchEmulatorOptions = {}) {
  const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
  const emulator = createSinchEmulator({ now: clock.now, seed: 42, ...options });
  const call = async (path: string, init?: SignedRequestInit): Promise<Answer> => {
    const timestamp = new Date(clock.now()).toISOString();
    const response = await emulator.fetch(await signedRequest(path, { timestamp, ...init }));
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
  };
  const start = (method: string, body: Record<string, unknown> = {}, endpoint = NUMBER) =>
    call(START, { body: { identity: { type: 'number', endpoint }, method, ...body } });
  const report = (id: string, body: Record<string, unknown>) =>
    call(`${START}/id/${id}`, { method: 'PUT', body });
  const statusOf = (id: string) => call(`${START}/id/${id}`);
  return { clock, emulator, call, start, report, statusOf };
}

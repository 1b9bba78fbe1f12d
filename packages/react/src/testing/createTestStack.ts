import type { FlowClock } from '@verikit/core';
import { createVerificationProxy, type VerificationProxyOptions } from '@verikit/proxy';
import {
  createManualClock,
  createSinchEmulator,
  EMULATOR_APPLICATION,
  type FaultRule,
} from '@verikit/sinch-emulator';

/**
 * Bytes made in this realm: under jsdom, `TextEncoder` returns another realm's Uint8Array, which the proxy's key
 * check refuses, so tests pass the proof secret as bytes.
 */
export const PROOF_SECRET = Uint8Array.from('test-proof-secret-at-least-32-bytes-long!!', (character) =>
  character.charCodeAt(0),
);

export const BASE_URL = 'http://app.local/api/verification';

export interface TestClock extends FlowClock {
  /** Moves time forward, running the timers that fall due, in order. */
  advance(ms: number): void;
}

/** A clock that moves only when told to, with timers, shared by the flow, the proxy and the emulator. */
export function createTestClock(): TestClock {
  return createManualClock(Date.UTC(2026, 0, 1));
}

/**
 * The real proxy on the real emulator, in-process, with a `fetch` for the client that records each request and
 * can hold answers back (`hold()` / `release()`) to make them arrive late.
 */
export function createTestStack({
  faults = [],
  proxyOptions = {},
}: {
  faults?: FaultRule[];
  /** More options of the proxy (a `botCheck`, limits). */
  proxyOptions?: Partial<VerificationProxyOptions>;
} = {}) {
  const clock = createTestClock();
  const emulator = createSinchEmulator({ now: clock.now, seed: 1, faults });
  // What reached Sinch (the emulator): a retry anywhere on the way — hook, client or proxy — shows up here.
  const sinchRequests: Array<{ method: string; path: string }> = [];
  const proxy = createVerificationProxy({
    applicationKey: EMULATOR_APPLICATION.key,
    applicationSecret: EMULATOR_APPLICATION.secret,
    fetch: (request) => {
      sinchRequests.push({ method: request.method, path: new URL(request.url).pathname });
      return emulator.fetch(request);
    },
    sinchBaseUrl: 'http://emulator.local',
    proof: { secret: PROOF_SECRET },
    now: clock.now,
    ...proxyOptions,
  });
  const requests: Array<{ method: string; path: string; signal: AbortSignal }> = [];
  let isHeld = false;
  const held: Array<() => void> = [];
  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push({ method: request.method, path: new URL(request.url).pathname, signal: request.signal });
    if (isHeld) await new Promise<void>((resolve) => held.push(resolve));
    return proxy(request);
  };
  return {
    clock,
    emulator,
    fetch,
    requests,
    /** Requests with this HTTP method so far. */
    count: (method: string) => requests.filter((request) => request.method === method).length,
    sinchRequests,
    /** Requests the emulator received for Sinch's route: starts (`POST`), reports (`PUT`), status reads (`GET`). */
    countAtSinch: (route: 'start' | 'report' | 'status') =>
      sinchRequests.filter(
        (request) =>
          request.path.startsWith('/verification/v1/verifications') &&
          request.method === { start: 'POST', report: 'PUT', status: 'GET' }[route],
      ).length,
    hold: () => {
      isHeld = true;
    },
    release: () => {
      isHeld = false;
      for (const resume of held.splice(0)) resume();
    },
  };
}

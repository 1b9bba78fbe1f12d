// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from '../createMemoryRateLimitStore';
import type { StartInput } from '../parseStartRequest';
import { runStartGuards } from './runStartGuards';
import type { StartGuard, StartGuardContext, StartOutcome } from './startGuard';

const start: StartInput = {
  phoneNumber: '+46700000001',
  country: 'SE',
  method: 'sms',
  locale: undefined,
  botCheckToken: undefined,
};
const context = (): StartGuardContext => ({
  reportAbuse: () => undefined,
  clientIp: '192.0.2.1',
  request: new Request('http://localhost/'),
  now: () => 0,
});

function recording(name: string, log: string[], refuse = false): StartGuard {
  return {
    name,
    check() {
      log.push(`check ${name}`);
      return refuse ? { code: 'rate_limited', message: `${name} refused` } : undefined;
    },
    settle(_start, _context, _store, outcome: StartOutcome) {
      log.push(`settle ${name} ${outcome}`);
    },
  };
}

describe('runStartGuards', () => {
  it('runs the guards in order and stops at the first refusal, settling those that passed as not_sent', async () => {
    const log: string[] = [];
    const result = await runStartGuards(
      [recording('a', log), recording('b', log), recording('c', log, true), recording('d', log)],
      start,
      context(),
      createMemoryRateLimitStore(),
    );
    expect(result).toEqual({ ok: false, failure: { code: 'rate_limited', message: 'c refused' } });
    expect(log).toEqual(['check a', 'check b', 'check c', 'settle b not_sent', 'settle a not_sent']);
  });

  it('settles every guard with the outcome the caller reports once all passed', async () => {
    const log: string[] = [];
    const result = await runStartGuards(
      [recording('a', log), recording('b', log)],
      start,
      context(),
      createMemoryRateLimitStore(),
    );
    if (!result.ok) throw new Error('expected a pass');
    await result.settle('maybe_sent');
    expect(log).toEqual(['check a', 'check b', 'settle b maybe_sent', 'settle a maybe_sent']);
  });

  it('settles the guards that passed before rethrowing a guard that throws', async () => {
    const log: string[] = [];
    const throwing: StartGuard = {
      name: 'throwing',
      check() {
        throw new Error('store down');
      },
    };
    await expect(
      runStartGuards([recording('a', log), throwing], start, context(), createMemoryRateLimitStore()),
    ).rejects.toThrow('store down');
    expect(log).toEqual(['check a', 'settle a not_sent']);
  });
});

describe('runStartGuards when the store fails', () => {
  const failingStore = {
    increment: () => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379')),
    reset: () => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379')),
    get: () => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379')),
    set: () => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379')),
    setIfAbsent: () => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379')),
  };
  const counting: StartGuard = {
    name: 'counting',
    check: async (_start, _context, store) => {
      await store.increment('k', 1000);
      return undefined;
    },
  };

  it('fails closed by default: a typed service_unavailable that names the guard and the fault for the log', async () => {
    const result = await runStartGuards([counting], start, context(), failingStore);
    expect(result).toEqual({
      ok: false,
      failure: {
        code: 'service_unavailable',
        message: 'Verification is unavailable for a moment; try again shortly',
        retryAfter: 5,
        logMessage:
          'counting: The store failed: ECONNREFUSED 127.0.0.1:6379 (starts fail closed; see onStoreFailure)',
      },
    });
  });

  it('lets the guard pass when told to fail open, and a settle that cannot reach the store never throws', async () => {
    const log: string[] = [];
    const result = await runStartGuards(
      [counting, recording('a', log)],
      start,
      context(),
      failingStore,
      'open',
    );
    expect(result.ok).toBe(true);
    const releasing: StartGuard = {
      name: 'releasing',
      check: () => undefined,
      settle: (_s, _c, store) => store.reset('k'),
    };
    const passed = await runStartGuards([releasing], start, context(), failingStore);
    if (!passed.ok) throw new Error('expected a pass');
    await expect(passed.settle('not_sent')).resolves.toBeUndefined();
  });
});

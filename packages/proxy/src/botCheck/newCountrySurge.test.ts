import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from '../createMemoryRateLimitStore';
import type { AbuseEvent } from '../guards/abuseEvent';
import { newCountrySurge } from './newCountrySurge';
import { DEFAULT_NEW_COUNTRY_SURGE, resolveNewCountrySurge } from './newCountrySurgeOptions';

const WINDOW = 900_000;

function counting() {
  let now = Date.UTC(2026, 2, 2, 9);
  const store = createMemoryRateLimitStore({ now: () => now });
  const alerts: AbuseEvent[] = [];
  const surge = newCountrySurge(DEFAULT_NEW_COUNTRY_SURGE);
  const starts = async (country: string, times: number) => {
    const answers = [];
    for (let index = 0; index < times; index++)
      answers.push(await surge.count(store, country, now, (event) => alerts.push(event)));
    return answers;
  };
  return { starts, alerts, advance: (ms: number) => (now += ms), store };
}

describe('newCountrySurge', () => {
  it('raises the risk at the 20th start of a window to a country never seen, and alerts once', async () => {
    const { starts, alerts } = counting();
    const answers = await starts('NG', 25);
    expect(answers.slice(0, 19)).toEqual(Array(19).fill(undefined));
    expect(answers[19]).toBe(
      'new-country surge: 20 starts to NG this window over an average of 0.0 in the 8 before',
    );
    expect(answers.slice(20).every((answer) => answer?.startsWith('new-country surge: '))).toBe(true);
    expect(alerts).toMatchObject([{ kind: 'new_country_surge', key: 'NG', starts: 20 }]);
  });

  it('lets a country with steady traffic grow up to five times its two-hour average before it is a surge', async () => {
    const { starts, advance } = counting();
    // 8 windows of 30 starts: an average of 30 in the 8 before the next.
    for (let window = 0; window < 8; window++) {
      // (Its first windows, rising from nothing, were a surge: the breaker's job is the rest.)
      await starts('SE', 30);
      advance(WINDOW);
    }
    const answers = await starts('SE', 151);
    expect(answers.slice(0, 150).every((answer) => answer === undefined)).toBe(true);
    expect(answers[150]).toMatch(/151 starts to SE this window over an average of 30.0/);
  });

  it('counts each country on its own', async () => {
    const { starts } = counting();
    await starts('NG', 19);
    expect(await starts('GH', 19)).toEqual(Array(19).fill(undefined));
  });

  it('resolves its option over the defaults', () => {
    expect(resolveNewCountrySurge(undefined)).toEqual(DEFAULT_NEW_COUNTRY_SURGE);
    expect(resolveNewCountrySurge(false)).toBeUndefined();
    expect(resolveNewCountrySurge({ factor: 3 })).toEqual({ ...DEFAULT_NEW_COUNTRY_SURGE, factor: 3 });
    expect(() => resolveNewCountrySurge({ windowSeconds: 1.5 })).toThrow(TypeError);
  });
});

// @vitest-environment node
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisRateLimitStore } from './createRedisRateLimitStore';
import { type RedisServer, startRedisServer } from './testing/startRedisServer';

let server: RedisServer;
let clients: Redis[] = [];

beforeAll(async () => {
  server = await startRedisServer();
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.quit()));
  clients = [];
  await server?.stop();
});

function connect(): Redis {
  const client = new Redis(server.url, { lazyConnect: false, maxRetriesPerRequest: 1 });
  clients.push(client);
  return client;
}

describe('Redis rate-limit store (real redis-server)', () => {
  it('shares one count between two proxy instances, each with its own connection', async () => {
    const first = createRedisRateLimitStore({ client: connect() });
    const second = createRedisRateLimitStore({ client: connect() });
    expect((await first.increment('shared', 60_000)).count).toBe(1);
    expect((await second.increment('shared', 60_000)).count).toBe(2);
    const third = await first.increment('shared', 60_000);
    expect(third.count).toBe(3);
    expect(third.resetInMs).toBeGreaterThan(0);
    expect(third.resetInMs).toBeLessThanOrEqual(60_000);
  });

  it('counts concurrent hits exactly once each', async () => {
    const store = createRedisRateLimitStore({ client: connect() });
    const counts = await Promise.all(Array.from({ length: 50 }, () => store.increment('burst', 60_000)));
    expect(counts.map((counter) => counter.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, index) => index + 1),
    );
  });

  it('lets the window expire in Redis and forgets a key on reset', async () => {
    const client = connect();
    const store = createRedisRateLimitStore({ client, prefix: 'test:' });
    await store.increment('short', 60_000);
    expect(await client.pttl('test:short')).toBeGreaterThan(0);
    await store.reset('short');
    expect(await client.exists('test:short')).toBe(0);
    expect((await store.increment('short', 60_000)).count).toBe(1);
  });

  it('does not extend the window on later hits (a fixed window, not a sliding one)', async () => {
    const client = connect();
    const store = createRedisRateLimitStore({ client, prefix: 'fixed:' });
    await store.increment('k', 60_000);
    await client.pexpire('fixed:k', 5_000);
    const later = await store.increment('k', 60_000);
    expect(later.count).toBe(2);
    expect(later.resetInMs).toBeLessThanOrEqual(5_000);
  });
});

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

  it('keeps values and marks with a TTL in Redis (SET PX) and sets a mark with SET NX', async () => {
    const client = connect();
    const store = createRedisRateLimitStore({ client, prefix: 'values:' });
    await store.set('v', 'hello', 60_000);
    expect(await client.get('values:v')).toBe('hello');
    expect(await client.pttl('values:v')).toBeGreaterThan(59_000);
    expect(await store.setIfAbsent('m', 'first', 30_000)).toBe(true);
    expect(await store.setIfAbsent('m', 'second', 30_000)).toBe(false);
    expect(await client.get('values:m')).toBe('first');
    expect(await client.pttl('values:m')).toBeLessThanOrEqual(30_000);
    expect(await store.get('missing')).toBeUndefined();
  });

  it('throws when Redis cannot answer, so the proxy can keep its gates shut', async () => {
    const client = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => {});
    const store = createRedisRateLimitStore({ client });
    await expect(store.setIfAbsent('m', 'x', 1000)).rejects.toThrow();
    await expect(store.get('m')).rejects.toThrow();
    client.disconnect();
  });
});

// @vitest-environment node
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { createMemoryRateLimitStore } from './createMemoryRateLimitStore';
import { createRedisRateLimitStore } from './createRedisRateLimitStore';
import { describeStoreContract } from './testing/rateLimitStoreContract';
import { type RedisServer, startRedisServer } from './testing/startRedisServer';

let server: RedisServer;
const clients: Redis[] = [];

beforeAll(async () => {
  server = await startRedisServer();
});

afterAll(async () => {
  await Promise.all(clients.splice(0).map((client) => client.quit()));
  await server?.stop();
});

describeStoreContract('memory', async () => {
  let time = 0;
  const store = createMemoryRateLimitStore({ now: () => time });
  return {
    store,
    other: store,
    elapse: async (ms) => {
      time += ms;
    },
  };
});

describeStoreContract('Redis (real redis-server, one connection per instance)', async () => {
  const connect = () => {
    const client = new Redis(server.url, { maxRetriesPerRequest: 1 });
    clients.push(client);
    return createRedisRateLimitStore({ client, prefix: 'contract:' });
  };
  return {
    store: connect(),
    other: connect(),
    elapse: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
});

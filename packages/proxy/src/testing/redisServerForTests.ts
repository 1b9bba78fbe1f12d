import { Redis, type RedisOptions } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { type RedisServer, startRedisServer } from './startRedisServer';

/**
 * One throwaway redis-server for the calling test file: started before its tests and stopped after them, with every
 * connection opened through `connect` closed first.
 */
export function redisServerForTests() {
  let server: RedisServer | undefined;
  const clients: Redis[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(clients.splice(0).map((client) => client.quit().catch(() => client.disconnect())));
    await server?.stop();
  });
  const url = () => {
    if (server === undefined) throw new Error('redisServerForTests: the server starts in beforeAll');
    return server.url;
  };
  return {
    /** A connection to this server (or to `to`, e.g. a stopped one), closed after the file's tests. */
    connect(options: RedisOptions, to = url()): Redis {
      const client = new Redis(to, options);
      clients.push(client);
      return client;
    },
  };
}

/**
 * A rate-limit store in Redis, shared by every proxy instance behind a load balancer. Node-only (it takes an
 * `ioredis` client), hence its own entry point: `@verikit/proxy/redis`.
 */
import type { Redis } from 'ioredis';
import type { RateLimitCounter, RateLimitStore } from './rateLimitStore';

export interface RedisRateLimitStoreOptions {
  /** A connected `ioredis` client (or `Cluster`); the store never closes it. */
  client: Pick<Redis, 'eval' | 'del'>;
  /** Prefix of every key the store writes. @default 'verikit:rl:' */
  prefix?: string;
}

// One round trip, atomic across instances: count the hit, start the window's expiry on its first hit only,
// and read what is left of it. PEXPIRE … NX would need Redis 7; this works on any Redis ≥ 2.6.
const INCREMENT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}
`;

export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RateLimitStore {
  const prefix = options.prefix ?? 'verikit:rl:';
  const { client } = options;
  return {
    async increment(key: string, windowMs: number): Promise<RateLimitCounter> {
      const reply = (await client.eval(
        INCREMENT_SCRIPT,
        1,
        prefix + key,
        Math.max(1, Math.ceil(windowMs)),
      )) as [number, number];
      return { count: Number(reply[0]), resetInMs: Number(reply[1]) };
    },
    async reset(key: string): Promise<void> {
      await client.del(prefix + key);
    },
  };
}

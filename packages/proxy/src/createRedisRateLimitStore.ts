/**
 * The proxy's deciding state in Redis, shared by every proxy instance behind a load balancer. Node-only (it takes an
 * `ioredis` client), hence its own entry point: `@verikit/proxy/redis`.
 */
import type { Redis } from 'ioredis';
import type { RateLimitCounter, RateLimitStore } from './rateLimitStore';

export interface RedisRateLimitStoreOptions {
  /** A connected `ioredis` client (or `Cluster`); the store never closes it. */
  client: Pick<Redis, 'eval' | 'del' | 'get' | 'set'>;
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

/** Redis's `PX` takes whole milliseconds, at least one. */
const ttlOf = (ms: number) => Math.max(1, Math.ceil(ms));

export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RateLimitStore {
  const prefix = options.prefix ?? 'verikit:rl:';
  const { client } = options;
  return {
    async increment(key: string, windowMs: number): Promise<RateLimitCounter> {
      const reply = (await client.eval(INCREMENT_SCRIPT, 1, prefix + key, ttlOf(windowMs))) as [
        number,
        number,
      ];
      return { count: Number(reply[0]), resetInMs: Number(reply[1]) };
    },
    async reset(key: string): Promise<void> {
      await client.del(prefix + key);
    },
    async get(key: string): Promise<string | undefined> {
      return (await client.get(prefix + key)) ?? undefined;
    },
    async set(key: string, value: string, ttlMs: number): Promise<void> {
      await client.set(prefix + key, value, 'PX', ttlOf(ttlMs));
    },
    async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
      // SET … NX PX is one atomic command: of racing instances, exactly one gets 'OK'.
      return (await client.set(prefix + key, value, 'PX', ttlOf(ttlMs), 'NX')) === 'OK';
    },
  };
}

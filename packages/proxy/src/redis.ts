export { createRedisRateLimitStore, type RedisRateLimitStoreOptions } from './createRedisRateLimitStore';

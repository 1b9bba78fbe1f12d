import type { RateLimitStore } from '../rateLimitStore';

/**
 * The risk a tripped breaker raised, remembered per country or prefix (`bc:raised:<key>`) while starts without a token
 * keep coming: each one refused refreshes it. So a person who solved the widget, verified and closed the breaker
 * does not open the gate to the botnet still knocking; the risk lapses `ttlMs` after its last tokenless start.
 */
export function raiseBotCheckRisk(store: RateLimitStore, key: string, ttlMs: number): Promise<void> {
  return store.set(`bc:raised:${key}`, '1', ttlMs);
}

/** The first of `keys` whose risk is still raised, or `undefined`. */
export async function raisedBotCheckRisk(
  store: RateLimitStore,
  keys: readonly string[],
): Promise<string | undefined> {
  const marks = await Promise.all(keys.map((key) => store.get(`bc:raised:${key}`)));
  return keys.find((_, index) => marks[index] !== undefined);
}

import { botCheckRequired } from '../botCheck/botCheckFailures';
import { botCheckRisk } from '../botCheck/botCheckRisk';
import type { ProxyFailure } from '../proxyFailure';
import type { RateLimitStore } from '../rateLimitStore';
import type { AbuseEvent } from './abuseEvent';
import type { ConversionBreakerOptions } from './conversionBreakerOptions';
import { destinationOf } from './destinationOf';
import type { StartGuard } from './startGuard';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The unproven countries' budget: one bucket per clock hour, a day of them. */
const POOL_BUCKETS = 24;
const POOL_TTL_MS = DAY_MS + HOUR_MS;

interface Scope {
  scope: 'country' | 'prefix';
  key: string;
}

/** The number's country and the scopes the breaker counts it in: its country, then its prefix. */
function scopesOf(phoneNumber: string, prefixDigits: number): { country: string; scopes: Scope[] } {
  const destination = destinationOf(phoneNumber, prefixDigits);
  return {
    country: destination.country,
    scopes: [
      { scope: 'country', key: destination.country },
      { scope: 'prefix', key: destination.prefix },
    ],
  };
}

/**
 * The conversion breaker (see `ConversionBreakerOptions`) and the shared budget of countries with no success yet.
 * Every count and state lives in the store: `cb:s:` / `cb:v:` starts and successes per time bucket, `cb:open:`
 * (refused until), `cb:half:` (half-open, naming its trip), `cb:probes:<key>:<trip>`, `cb:since:` (the window counts from a close), `proven:`,
 * `cb:u:` (the unproven countries' budget).
 */
export function conversionBreakerGuard(
  options: ConversionBreakerOptions,
  /** With a bot check: below this share verified (a milder bar than a trip), a start without a token is asked for one. */
  askBotCheckBelow?: number,
): StartGuard {
  const windowMs = options.windowSeconds * 1000;
  const bucketMs = windowMs / options.buckets;
  const coolOffMs = options.coolOffSeconds * 1000;

  async function windowCounts(store: RateLimitStore, { key }: Scope, now: number) {
    const since = Number((await store.get(`cb:since:${key}`)) ?? 0);
    const current = Math.floor(now / bucketMs);
    const first = Math.max(current - options.buckets + 1, Math.floor(since / bucketMs) + 1);
    const indexes = Array.from({ length: Math.max(0, current - first + 1) }, (_, offset) => first + offset);
    const read = (kind: 's' | 'v') =>
      Promise.all(indexes.map((index) => store.get(`cb:${kind}:${key}:${index}`))).then((values) =>
        values.reduce((sum, value) => sum + Number(value ?? 0), 0),
      );
    const [starts, verified] = await Promise.all([read('s'), read('v')]);
    return { starts, verified };
  }

  async function trip(
    store: RateLimitStore,
    onAbuse: (event: AbuseEvent) => void,
    scope: Scope,
    now: number,
    starts: number,
    verified: number,
  ) {
    const until = now + coolOffMs;
    // The half-open mark names this trip, and its probes are counted under that name: a fresh count per trip, with
    // no reset that racing probes of the last one could slip through after.
    await Promise.all([
      store.set(`cb:open:${scope.key}`, String(until), coolOffMs),
      store.set(`cb:half:${scope.key}`, String(until), coolOffMs + windowMs),
    ]);
    onAbuse({
      kind: 'conversion_breaker_tripped',
      scope: scope.scope,
      key: scope.key,
      starts,
      verified,
      until,
    });
    return paused(
      until - now,
      `Conversion breaker tripped for ${scope.scope} ${scope.key}: ${verified} of ${starts} starts verified in the window (SMS pumping?); refused for ${options.coolOffSeconds} s`,
    );
  }

  async function judge(
    store: RateLimitStore,
    onAbuse: (event: AbuseEvent) => void,
    scope: Scope,
    now: number,
    tokenPassed: boolean,
  ): Promise<ProxyFailure | undefined> {
    const [open, half] = await Promise.all([
      store.get(`cb:open:${scope.key}`),
      store.get(`cb:half:${scope.key}`),
    ]);
    if (open !== undefined)
      return paused(
        Math.max(1000, Number(open) - now),
        `Conversion breaker open for ${scope.scope} ${scope.key}`,
      );
    if (half !== undefined) {
      // Probes are for unchecked traffic: a start whose bot-check token passed goes on without spending one (nor
      // re-tripping the breaker and alerting on a person who solved the widget).
      if (tokenPassed) return undefined;
      const probes = await store.increment(`cb:probes:${scope.key}:${half}`, coolOffMs + windowMs);
      if (probes.count <= options.probeStarts) return undefined;
      // The first start past the probes trips again (on one instance, once); those racing it are refused.
      if (probes.count === options.probeStarts + 1)
        return trip(store, onAbuse, scope, now, options.probeStarts, 0);
      return paused(
        coolOffMs,
        `Conversion breaker half-open for ${scope.scope} ${scope.key}: its probes are spent`,
      );
    }
    const { starts, verified } = await windowCounts(store, scope, now);
    if (starts >= options.minStarts && verified / starts < options.minConversionRate)
      return trip(store, onAbuse, scope, now, starts, verified);
    // A drip too slow to trip: the check below turns this refusal into a demand for a token, never a refusal.
    if (
      askBotCheckBelow !== undefined &&
      !tokenPassed &&
      starts >= options.minStarts &&
      verified / starts < askBotCheckBelow
    )
      return paused(
        1000,
        `${verified} of ${starts} starts verified in the window for ${scope.scope} ${scope.key}, under botCheck.askBelowConversionRate`,
      );
    return undefined;
  }

  /**
   * The shared budget of countries with no recent success, counted in hour buckets over a sliding day: the starts
   * (`cb:u:s:`), minus those it refused (`cb:u:r:`), minus the successes of starts it counted (`cb:u:v:`; the number
   * is marked `cb:u:p:` while it waits). A real person in a new country verifies and gives the start back; a
   * botnet's starts never convert, so they spend it. Sliding, not a fixed day from the first start: a drip spread
   * over a day could spend a fixed window twice.
   */
  async function spendUnproven(
    store: RateLimitStore,
    onAbuse: (event: AbuseEvent) => void,
    phoneNumber: string,
    country: string,
    now: number,
  ): Promise<ProxyFailure | undefined> {
    const budget = options.unprovenCountries;
    if (budget === false || (await store.get(`proven:${country}`)) !== undefined) return undefined;
    const current = Math.floor(now / HOUR_MS);
    // Counted first, atomically, so racing starts on several instances each see their own count.
    const hit = await store.increment(`cb:u:s:${current}`, POOL_TTL_MS);
    const indexes = Array.from({ length: POOL_BUCKETS }, (_, offset) => current - offset);
    const read = (kind: 's' | 'r' | 'v') =>
      Promise.all(
        indexes.map((index) =>
          kind === 's' && index === current
            ? hit.count
            : store.get(`cb:u:${kind}:${index}`).then((value) => Number(value ?? 0)),
        ),
      );
    const [starts, refused, credits] = await Promise.all([read('s'), read('r'), read('v')]);
    const spent = indexes.map(
      (_, bucket) => (starts[bucket] ?? 0) - (refused[bucket] ?? 0) - (credits[bucket] ?? 0),
    );
    const hourSpent = spent[0] ?? 0;
    const daySpent = spent.reduce((sum, value) => sum + value, 0);
    const over =
      hourSpent > budget.perHour
        ? { limit: budget.perHour, per: 'hour', retryInMs: (current + 1) * HOUR_MS - now }
        : daySpent > budget.perDay
          ? {
              limit: budget.perDay,
              per: 'day',
              // Until the oldest bucket that spent some of it leaves the window.
              retryInMs:
                (indexes[spent.findLastIndex((value) => value > 0)] ?? current) * HOUR_MS + DAY_MS - now,
            }
          : undefined;
    if (!over) {
      await store.set(`cb:u:p:${phoneNumber}`, String(now), POOL_TTL_MS);
      return undefined;
    }
    await store.increment(`cb:u:r:${current}`, POOL_TTL_MS);
    // One alert while it stays spent, whichever instance refuses first.
    if (await store.setIfAbsent(`cb:u:alerted:${over.per}`, String(now), over.retryInMs))
      onAbuse({
        kind: 'unproven_countries_surge',
        scope: 'all',
        key: country,
        starts: over.per === 'hour' ? hourSpent : daySpent,
        verified: 0,
        until: now + over.retryInMs,
      });
    return paused(
      over.retryInMs,
      `The budget of ${over.limit} unverified starts per ${over.per} to countries with no recent success is spent (${country}; SMS pumping?)`,
    );
  }

  return {
    name: 'conversionBreaker',
    skipsTestNumbers: true,
    async check({ phoneNumber }, context, store) {
      const now = context.now();
      const { country, scopes } = scopesOf(phoneNumber, options.prefixDigits);
      let failure: ProxyFailure | undefined;
      let tripped: Scope | undefined;
      for (const scope of scopes) {
        if (failure) break;
        failure = await judge(store, context.reportAbuse, scope, now, context.botCheck?.passed === true);
        if (failure) tripped = scope;
      }
      failure ??= await spendUnproven(store, context.reportAbuse, phoneNumber, country, now);
      // With a bot check configured, a refusal becomes a demand for a token, and a start whose token passed goes on.
      if (!failure || !context.botCheck) return failure;
      if (context.botCheck.passed) return undefined;
      if (tripped) await botCheckRisk(coolOffMs).raise(store, tripped.key);
      return botCheckRequired(context.botCheck.challenge, `Bot check required: ${failure.logMessage}`);
    },
    async settle({ phoneNumber }, context, store, outcome) {
      if (outcome === 'not_sent') return;
      const index = Math.floor(context.now() / bucketMs);
      await Promise.all(
        scopesOf(phoneNumber, options.prefixDigits).scopes.map(({ key }) =>
          store.increment(`cb:s:${key}:${index}`, windowMs + bucketMs),
        ),
      );
    },
    async verified(phoneNumber, store, now) {
      const { country, scopes } = scopesOf(phoneNumber, options.prefixDigits);
      const index = Math.floor(now / bucketMs);
      await store.set(`proven:${country}`, String(now), options.provenForSeconds * 1000);
      // A success of a start the unproven countries' budget counted gives that start back.
      if ((await store.get(`cb:u:p:${phoneNumber}`)) !== undefined) {
        await store.reset(`cb:u:p:${phoneNumber}`);
        await store.increment(`cb:u:v:${Math.floor(now / HOUR_MS)}`, POOL_TTL_MS);
      }
      await Promise.all(
        scopes.map(async ({ key }) => {
          await store.increment(`cb:v:${key}:${index}`, windowMs + bucketMs);
          // A success closes a tripped scope: the window counts afresh from now.
          if ((await store.get(`cb:half:${key}`)) === undefined) return;
          await Promise.all([
            store.reset(`cb:open:${key}`),
            store.reset(`cb:half:${key}`),
            store.set(`cb:since:${key}`, String(now), windowMs + bucketMs),
          ]);
        }),
      );
    },
  };
}

/**
 * Whether the breaker has raised the risk for this number (its country or prefix tripped or half-open): read by the
 * bot check, which then demands a token even from the probe starts half-open lets through.
 */
export async function conversionBreakerRaised(
  options: ConversionBreakerOptions,
  store: RateLimitStore,
  phoneNumber: string,
): Promise<{ key: string; reason: string } | undefined> {
  const { scopes } = scopesOf(phoneNumber, options.prefixDigits);
  const states = await Promise.all(
    scopes.flatMap(({ key }) => [store.get(`cb:open:${key}`), store.get(`cb:half:${key}`)]),
  );
  for (const [index, { scope, key }] of scopes.entries()) {
    if (states[2 * index] !== undefined)
      return { key, reason: `the conversion breaker is tripped for ${scope} ${key}` };
    if (states[2 * index + 1] !== undefined)
      return { key, reason: `the conversion breaker is half-open for ${scope} ${key}` };
  }
  return undefined;
}

function paused(retryInMs: number, logMessage: string): ProxyFailure {
  return {
    code: 'verification_paused',
    message: 'Verifications to numbers like this one are paused for now',
    retryAfter: retryInMs / 1000,
    logMessage,
  };
}

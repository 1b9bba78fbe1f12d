import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { botCheckFailed, botCheckRequired } from '../botCheck/botCheckFailures';
import type { ResolvedBotCheck } from '../botCheck/botCheckOptions';
import { botCheckRisk } from '../botCheck/botCheckRisk';
import { verifyWithin } from '../botCheck/botCheckVerifier';
import { newCountrySurge } from '../botCheck/newCountrySurge';
import { serviceUnavailable } from '../proxyFailure';
import type { RateLimitStore } from '../rateLimitStore';
import { conversionBreakerRaised } from './conversionBreakerGuard';
import type { ConversionBreakerOptions } from './conversionBreakerOptions';
import { destinationOf } from './destinationOf';
import type { StartGuard, StartGuardContext } from './startGuard';

const encoder = new TextEncoder();

/**
 * The bot check. A start that carries a token has it checked (once: a token seen before is refused on every
 * instance); one without is refused with `bot_check_required` when `when` is `'always'`, or, adaptive, when the risk
 * is raised: the conversion breaker tripped or half-open for the number's country or prefix, a new-country surge, and
 * afterwards for as long as starts without a token keep coming (`botCheckRisk`: while they outnumber the tokens that come back). A start whose token passed is marked
 * on the context, so the breaker lets it through instead of refusing it.
 *
 * Its place in the pipeline: after the policy guards and the per-IP counters (one address cannot make unbounded
 * siteverify calls), before everything that spends a shared budget (per-number counts, the cooldown, the budgets,
 * the breaker, the app's hook, Sinch), so a botnet without tokens drains nothing real people need.
 */
export function botCheckGuard(
  settings: ResolvedBotCheck,
  breaker: ConversionBreakerOptions | undefined,
): StartGuard {
  const { challenge, verifier } = settings;
  const surge = settings.newCountrySurge && newCountrySurge(settings.newCountrySurge);
  const prefixDigits = breaker?.prefixDigits ?? 4;
  /** How long a raised risk outlives the last start without a token: the breaker's cool-off, or one surge window. */
  const raisedForMs = (breaker?.coolOffSeconds ?? settings.newCountrySurge?.windowSeconds ?? 900) * 1000;
  const risk = botCheckRisk(raisedForMs);

  /** Counts the start towards its country's surge; why the risk is raised, if it is. */
  const countSurge = (store: RateLimitStore, phoneNumber: string, context: StartGuardContext) =>
    surge?.count(store, destinationOf(phoneNumber, prefixDigits).country, context.now(), context.reportAbuse);

  async function riskOf(
    store: RateLimitStore,
    phoneNumber: string,
    context: StartGuardContext,
  ): Promise<string | undefined> {
    if (settings.when === 'always') return 'botCheck.when is always';
    const { country, prefix } = destinationOf(phoneNumber, prefixDigits);
    // One round of reads: the breaker's state and the risk remembered for the country and prefix.
    const [raised, remembered] = await Promise.all([
      breaker && conversionBreakerRaised(breaker, store, phoneNumber),
      risk.raisedAmong(store, [country, prefix]),
    ]);
    // The breaker's own state raises the risk until it closes, and for a while after.
    if (raised) {
      await risk.raise(store, raised.key);
      return raised.reason;
    }
    if (remembered !== undefined) {
      // Kept raised while starts without a token outnumber the tokens that come back (and, refused, they do not
      // swell the country's surge baseline).
      await risk.knocked(store, remembered, context.now());
      return `the risk stays raised for ${remembered}: starts without a token keep coming`;
    }
    const surgeRisk = await countSurge(store, phoneNumber, context);
    if (surgeRisk !== undefined) await risk.raise(store, country);
    return surgeRisk;
  }

  return {
    name: 'botCheck',
    // A test number never reaches Sinch, so it cannot be pumped: a reviewer or an uptime monitor is asked for no
    // widget, and its starts count toward no surge.
    skipsTestNumbers: true,
    async check({ phoneNumber, botCheckToken }, context, store) {
      context.botCheck = { challenge, passed: false };
      if (botCheckToken === undefined) {
        const why = await riskOf(store, phoneNumber, context);
        return why === undefined ? undefined : botCheckRequired(challenge, `Bot check required: ${why}`);
      }
      // A surge counts every start, with a token or not.
      if (settings.when === 'adaptive') await countSurge(store, phoneNumber, context);
      const tokenKey = `bc:token:${bytesToHex(sha256(encoder.encode(botCheckToken)))}`;
      // Claimed before the verifier is asked: of racing replays on any instance, one goes on, the rest are refused.
      if (!(await store.setIfAbsent(tokenKey, '1', settings.rememberTokensMs)))
        return botCheckFailed(challenge, 'Bot check failed: this token was already used (a replay?)');
      let verdict: Awaited<ReturnType<typeof verifier.verify>>;
      try {
        verdict = await verifyWithin(
          verifier,
          botCheckToken,
          { clientIp: context.clientIp, request: context.request },
          settings.verifyTimeoutMs,
        );
      } catch (error) {
        const why = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : 'a non-Error';
        if (settings.onVerifierFailure === 'open') {
          context.botCheck = { challenge, passed: true, failedOpen: true };
          return undefined;
        }
        // The token may be unspent at the provider: let the person retry with it.
        await store.reset(tokenKey);
        return serviceUnavailable(
          `The bot-check verifier (${challenge.provider}) could not answer: ${why} (fails closed; see botCheck.onVerifierFailure)`,
        );
      }
      if (!verdict.success)
        return botCheckFailed(
          challenge,
          `Bot check failed: the ${challenge.provider} verifier refused the token${verdict.reason ? ` (${verdict.reason})` : ''}`,
        );
      context.botCheck.passed = true;
      if (settings.when === 'adaptive') {
        const { country, prefix } = destinationOf(phoneNumber, prefixDigits);
        await risk.passed(store, [country, prefix], context.now());
      }
      return undefined;
    },
  };
}

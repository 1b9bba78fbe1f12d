import type { BotCheckChallenge } from '@verikit/core';
import { type BotCheckFunction, type BotCheckVerifier, toBotCheckVerifier } from './botCheckVerifier';
import { type NewCountrySurgeOptions, resolveNewCountrySurge } from './newCountrySurgeOptions';

/** When a start must carry a bot-check token. */
export type BotCheckWhen = 'adaptive' | 'always';

/**
 * The bot check: a token from a widget (Cloudflare Turnstile, hCaptcha or your own) that the browser sends with a
 * start, checked by `verifier` before anything is spent.
 */
export interface BotCheckOptions {
  /** `turnstileVerifier(...)`, `hcaptchaVerifier(...)`, or your own function `(token, { clientIp, request }) => boolean`. */
  verifier: BotCheckVerifier | BotCheckFunction;
  /**
   * `'adaptive'`: a token is asked for only when the risk is raised (the conversion breaker tripped or half-open for
   * the number's country or prefix, a new-country surge), so real people rarely see a widget. `'always'`: every start.
   * A token sent unasked is checked all the same.
   * @default 'adaptive'
   */
  when?: BotCheckWhen;
  /**
   * When the verifier cannot answer (unreachable, timed out): `'closed'` answers the start `service_unavailable`,
   * `'open'` lets it through as if its token were good (availability over protection).
   * @default 'closed'
   */
  onVerifierFailure?: 'closed' | 'open';
  /**
   * `'adaptive'`: where the breaker's window (at least its `minStarts`) shows fewer than this share of starts
   * verified, a start without a token is asked for one: a milder bar than the breaker's own trip
   * (`minConversionRate`, 0.1), for a drip of pumping mixed into real traffic too slow to trip it. Real people finish
   * 60–90 %. `false` asks only where the breaker tripped.
   * @default 0.5
   */
  askBelowConversionRate?: number | false;
  /** The new-country surge that raises the risk in `'adaptive'` mode; `false` switches it off. @default DEFAULT_NEW_COUNTRY_SURGE */
  newCountrySurge?: Partial<NewCountrySurgeOptions> | false;
  /**
   * How long a token, once sent, is remembered (in the store, so on every instance) and refused when sent again:
   * longer than the provider keeps a token valid (Turnstile 300 s, hCaptcha 120 s).
   * @default 900
   */
  rememberTokensSeconds?: number;
  /**
   * The longest a start waits for the verifier, a custom function too, before it fails as `onVerifierFailure` says
   * (the verifier's context `signal` aborts then). The ready verifiers' own `timeoutMs` (5,000) comes first.
   * @default 10000
   */
  verifyTimeoutMs?: number;
}

export interface ResolvedBotCheck {
  verifier: BotCheckVerifier;
  /** What the error bodies tell the browser. */
  challenge: BotCheckChallenge;
  when: BotCheckWhen;
  onVerifierFailure: 'closed' | 'open';
  newCountrySurge: NewCountrySurgeOptions | undefined;
  rememberTokensMs: number;
  verifyTimeoutMs: number;
  askBelowConversionRate: number | undefined;
}

const PROVIDERS = ['turnstile', 'hcaptcha', 'custom'];

/** Checks the option at creation; a TypeError names what is wrong. `undefined` when no bot check is configured. */
export function resolveBotCheck(option: BotCheckOptions | undefined): ResolvedBotCheck | undefined {
  if (option === undefined) return undefined;
  if (typeof option !== 'object' || option === null)
    throw new TypeError(
      'botCheck must be { verifier, when?, ... }, e.g. { verifier: turnstileVerifier({ ... }) }',
    );
  const raw = option.verifier;
  if (
    typeof raw !== 'function' &&
    !(typeof raw === 'object' && raw !== null && typeof raw.verify === 'function')
  )
    throw new TypeError(
      'botCheck.verifier must be turnstileVerifier(...), hcaptchaVerifier(...), a function (token, context) => boolean, or { provider, verify }',
    );
  const verifier = toBotCheckVerifier(raw);
  if (!PROVIDERS.includes(verifier.provider))
    throw new TypeError("botCheck.verifier.provider must be 'turnstile', 'hcaptcha' or 'custom'");
  if (
    verifier.siteKey !== undefined &&
    !(typeof verifier.siteKey === 'string' && verifier.siteKey.length > 0)
  )
    throw new TypeError('botCheck.verifier.siteKey must be a non-empty string when set');
  const when = option.when ?? 'adaptive';
  if (when !== 'adaptive' && when !== 'always')
    throw new TypeError("botCheck.when must be 'adaptive' or 'always'");
  const onVerifierFailure = option.onVerifierFailure ?? 'closed';
  if (onVerifierFailure !== 'closed' && onVerifierFailure !== 'open')
    throw new TypeError("botCheck.onVerifierFailure must be 'closed' or 'open'");
  const rememberTokensSeconds = option.rememberTokensSeconds ?? 900;
  if (!(Number.isInteger(rememberTokensSeconds) && rememberTokensSeconds >= 60))
    throw new TypeError('botCheck.rememberTokensSeconds must be an integer ≥ 60');
  const verifyTimeoutMs = option.verifyTimeoutMs ?? 10_000;
  if (!(typeof verifyTimeoutMs === 'number' && verifyTimeoutMs >= 1 && verifyTimeoutMs <= 60_000))
    throw new TypeError('botCheck.verifyTimeoutMs must be a number of milliseconds from 1 to 60000');
  const askBelow = option.askBelowConversionRate ?? 0.5;
  if (askBelow !== false && !(typeof askBelow === 'number' && askBelow > 0 && askBelow < 1))
    throw new TypeError('botCheck.askBelowConversionRate must be false or a share between 0 and 1, e.g. 0.5');
  return {
    verifier,
    verifyTimeoutMs,
    askBelowConversionRate: askBelow === false || when === 'always' ? undefined : askBelow,
    challenge: {
      provider: verifier.provider,
      ...(verifier.siteKey !== undefined && { siteKey: verifier.siteKey }),
    },
    when,
    onVerifierFailure,
    newCountrySurge: resolveNewCountrySurge(option.newCountrySurge),
    rememberTokensMs: rememberTokensSeconds * 1000,
  };
}

import type { BotCheckProvider } from '@verikit/core';
import { BotCheckUnavailableError, type BotCheckVerdict, type BotCheckVerifier } from './botCheckVerifier';

/** What Turnstile's and hCaptcha's siteverify answer (the fields both have, and `action`, Turnstile's). */
export interface SiteverifyAnswer {
  success: boolean;
  'error-codes'?: string[];
  hostname?: string;
  action?: string;
  challenge_ts?: string;
}

/** Error codes that say the token is bad (the client's side); any other failure is the server's setup. */
const TOKEN_ERRORS = new Set([
  'missing-input-response',
  'invalid-input-response',
  'timeout-or-duplicate',
  'expired-input-response',
  'already-seen-response',
  'invalid-or-already-seen-response',
]);

export interface SiteverifySettings {
  provider: Exclude<BotCheckProvider, 'custom'>;
  secretKey: string;
  siteKey: string;
  siteverifyUrl: string;
  timeoutMs: number;
  fetch: (request: Request) => Promise<Response>;
  hostnames: readonly string[] | undefined;
  action: string | undefined;
  /** Form fields the provider wants beside secret, response and remoteip (hCaptcha's `sitekey`). */
  extraFields: Record<string, string>;
}

/** The shared checks of a siteverify verifier's options; a TypeError names the field. */
export function checkSiteverifyOptions(
  name: string,
  options: {
    secretKey?: unknown;
    siteKey?: unknown;
    siteverifyUrl?: unknown;
    timeoutMs?: unknown;
    hostnames?: unknown;
    fetch?: unknown;
  },
): void {
  if (typeof options !== 'object' || options === null)
    throw new TypeError(`${name} needs { secretKey, siteKey }`);
  for (const key of ['secretKey', 'siteKey'] as const)
    if (!(typeof options[key] === 'string' && options[key].length > 0 && options[key].length <= 256))
      throw new TypeError(`${name}: ${key} must be a non-empty string (from the provider's dashboard)`);
  const url = options.siteverifyUrl;
  if (url !== undefined && !(typeof url === 'string' && /^https?:\/\//.test(url) && URL.canParse(url)))
    throw new TypeError(`${name}: siteverifyUrl must be an absolute http(s) URL`);
  const timeout = options.timeoutMs;
  if (timeout !== undefined && !(typeof timeout === 'number' && timeout > 0 && timeout <= 60_000))
    throw new TypeError(`${name}: timeoutMs must be a number of milliseconds from 1 to 60000`);
  const hostnames = options.hostnames;
  if (
    hostnames !== undefined &&
    !(
      Array.isArray(hostnames) &&
      hostnames.length > 0 &&
      hostnames.every((host) => typeof host === 'string' && host.length > 0)
    )
  )
    throw new TypeError(`${name}: hostnames must be a non-empty array of hostnames`);
  if (options.fetch !== undefined && typeof options.fetch !== 'function')
    throw new TypeError(`${name}: fetch must be a function (Request) => Promise<Response>`);
}

/**
 * A verifier that posts the token to a siteverify API (form-encoded `secret`, `response`, `remoteip`) and judges
 * the answer: a bad token is a refusal; no answer in `timeoutMs`, a non-2xx, an unreadable body or a setup error
 * (a wrong secret, a site key of another account) is `BotCheckUnavailableError`. The secret goes in the request body
 * only: no error message or log line carries it.
 */
export function siteverifyVerifier(settings: SiteverifySettings): BotCheckVerifier {
  const label = settings.provider === 'turnstile' ? 'Turnstile' : 'hCaptcha';
  return {
    provider: settings.provider,
    siteKey: settings.siteKey,
    async verify(token, { clientIp }) {
      const form = new URLSearchParams({
        secret: settings.secretKey,
        response: token,
        ...settings.extraFields,
      });
      if (clientIp !== undefined) form.set('remoteip', clientIp);
      // Its own timer, raced against the call: an injected fetch need not honour the request's signal.
      const controller = new AbortController();
      const timer = setTimeout(
        () => controller.abort(new DOMException('siteverify timed out', 'TimeoutError')),
        settings.timeoutMs,
      );
      const timedOut = new Promise<never>((_, reject) =>
        controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }),
      );
      let answer: unknown;
      try {
        const response = await Promise.race([
          settings.fetch(
            new Request(settings.siteverifyUrl, {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: form,
              signal: controller.signal,
            }),
          ),
          timedOut,
        ]);
        if (!response.ok) {
          await response.body?.cancel();
          throw new BotCheckUnavailableError(`${label} siteverify answered HTTP ${response.status}`);
        }
        answer = await Promise.race([response.json(), timedOut]);
      } catch (error) {
        if (error instanceof BotCheckUnavailableError) throw error;
        const name = error instanceof Error || error instanceof DOMException ? error.name : '';
        throw new BotCheckUnavailableError(
          name === 'TimeoutError'
            ? `${label} siteverify did not answer within ${settings.timeoutMs} ms`
            : `${label} siteverify could not be reached or read (${name || 'error'})`,
        );
      } finally {
        clearTimeout(timer);
      }
      return judge(label, answer, settings);
    },
  };
}

function judge(label: string, answer: unknown, settings: SiteverifySettings): BotCheckVerdict {
  if (
    typeof answer !== 'object' ||
    answer === null ||
    typeof (answer as SiteverifyAnswer).success !== 'boolean'
  )
    throw new BotCheckUnavailableError(`${label} siteverify answered without a boolean success`);
  const { success, hostname, action } = answer as SiteverifyAnswer;
  const rawCodes = (answer as SiteverifyAnswer)['error-codes'];
  const codes = Array.isArray(rawCodes)
    ? rawCodes.filter((code) => typeof code === 'string').slice(0, 8)
    : [];
  if (!success) {
    const setup = codes.filter((code) => !TOKEN_ERRORS.has(code));
    if (setup.length > 0 || codes.length === 0)
      throw new BotCheckUnavailableError(
        `${label} siteverify refused the proxy's own request (${setup.join(', ') || 'no error code'}): check the secret and site key`,
      );
    return { success: false, reason: codes.join(', ') };
  }
  if (settings.hostnames && !(typeof hostname === 'string' && settings.hostnames.includes(hostname)))
    return {
      success: false,
      reason: `solved on ${JSON.stringify(hostname)}, not one of the expected hostnames`,
    };
  if (settings.action !== undefined && action !== settings.action)
    return {
      success: false,
      reason: `action ${JSON.stringify(action)}, not ${JSON.stringify(settings.action)}`,
    };
  return { success: true };
}

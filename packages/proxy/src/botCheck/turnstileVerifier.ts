import type { BotCheckVerifier } from './botCheckVerifier';
import { checkSiteverifyOptions, siteverifyVerifier } from './siteverify';

export const TURNSTILE_SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

export interface TurnstileVerifierOptions {
  /** The widget's secret key (Cloudflare dashboard → Turnstile). Stays on the server: sent to siteverify only. */
  secretKey: string;
  /** The widget's public site key, told to the browser so it renders the widget. */
  siteKey: string;
  /** Where siteverify is (a stand-in in tests). @default 'https://challenges.cloudflare.com/turnstile/v0/siteverify' */
  siteverifyUrl?: string;
  /** Milliseconds to wait for siteverify before the start fails closed (503). @default 5000 */
  timeoutMs?: number;
  /** Hostnames the widget may have been solved on (siteverify's `hostname`). @default any */
  hostnames?: string[];
  /** The widget's `action` a token must carry (set the same on the widget). @default any */
  action?: string;
  /** How siteverify is called. @default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
}

/** A Cloudflare Turnstile verifier: each token is checked with Turnstile's siteverify API. */
export function turnstileVerifier(options: TurnstileVerifierOptions): BotCheckVerifier {
  checkSiteverifyOptions('turnstileVerifier', options);
  if (
    options.action !== undefined &&
    !(typeof options.action === 'string' && /^[\w-]{1,32}$/.test(options.action))
  )
    throw new TypeError('turnstileVerifier: action must be up to 32 letters, digits, _ or -');
  return siteverifyVerifier({
    provider: 'turnstile',
    secretKey: options.secretKey,
    siteKey: options.siteKey,
    siteverifyUrl: options.siteverifyUrl ?? TURNSTILE_SITEVERIFY_URL,
    timeoutMs: options.timeoutMs ?? 5000,
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    hostnames: options.hostnames,
    action: options.action,
    extraFields: {},
  });
}

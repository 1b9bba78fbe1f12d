import type { BotCheckVerifier } from './botCheckVerifier';
import { checkSiteverifyOptions, siteverifyVerifier } from './siteverify';

export const HCAPTCHA_SITEVERIFY_URL = 'https://api.hcaptcha.com/siteverify';

export interface HcaptchaVerifierOptions {
  /** The account's secret key (hCaptcha dashboard). Stays on the server: sent to siteverify only. */
  secretKey: string;
  /** The widget's public site key, told to the browser and sent to siteverify (a token of another site is refused). */
  siteKey: string;
  /** Where siteverify is (a stand-in in tests). @default 'https://api.hcaptcha.com/siteverify' */
  siteverifyUrl?: string;
  /** Milliseconds to wait for siteverify before the start fails closed (503). @default 5000 */
  timeoutMs?: number;
  /** Hostnames the widget may have been solved on (siteverify's `hostname`). @default any */
  hostnames?: string[];
  /** How siteverify is called. @default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
}

/** An hCaptcha verifier: each token is checked with hCaptcha's siteverify API, with the site key it must belong to. */
export function hcaptchaVerifier(options: HcaptchaVerifierOptions): BotCheckVerifier {
  checkSiteverifyOptions('hcaptchaVerifier', options);
  return siteverifyVerifier({
    provider: 'hcaptcha',
    secretKey: options.secretKey,
    siteKey: options.siteKey,
    siteverifyUrl: options.siteverifyUrl ?? HCAPTCHA_SITEVERIFY_URL,
    timeoutMs: options.timeoutMs ?? 5000,
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    hostnames: options.hostnames,
    action: undefined,
    extraFields: { sitekey: options.siteKey },
  });
}

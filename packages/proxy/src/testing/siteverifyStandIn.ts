import type { SiteverifyAnswer } from '../botCheck/siteverify';

/**
 * Test tokens of the stand-ins, by their prefix (append anything to make one unique, as each solve of a real widget
 * is): `pass.` passes once (a second check of it is a duplicate, as on the real services), `fail.` is refused as
 * invalid, `duplicate.` as already checked, `expired.` as too old, `slow.` is never answered (the caller's timeout).
 */
export const SITEVERIFY_TEST_TOKENS = {
  pass: 'pass.',
  fail: 'fail.',
  duplicate: 'duplicate.',
  expired: 'expired.',
  slow: 'slow.',
} as const;

export interface SiteverifyStandInOptions {
  provider: 'turnstile' | 'hcaptcha';
  /** The secret the proxy must send. */
  secretKey: string;
  /** hCaptcha: a `sitekey` sent must be this one. */
  siteKey: string;
  /** The `hostname` a passing token was solved on. @default 'app.example' */
  hostname?: string;
  /** Turnstile: the `action` a passing token carries. @default '' */
  action?: string;
}

/** What the stand-in was asked, for assertions (the secret is checked, never kept). */
export interface SiteverifyCall {
  response: string | undefined;
  remoteip: string | undefined;
  sitekey: string | undefined;
  contentType: string | null;
}

const MAX_TURNSTILE_TOKEN = 2048;

/**
 * A local stand-in of Turnstile's (`/turnstile/v0/siteverify`) or hCaptcha's (`/siteverify`) siteverify API as a
 * `(Request) => Promise<Response>` handler, answering the documented shapes: a POST of form fields (Turnstile also
 * takes JSON) `secret`, `response`, `remoteip` (hCaptcha: `sitekey`), and a JSON answer `{ success, error-codes,
 * challenge_ts, hostname, ... }` with HTTP 200 whatever the verdict.
 */
export function createSiteverifyStandIn(options: SiteverifyStandInOptions) {
  const seen = new Set<string>();
  const calls: SiteverifyCall[] = [];
  const turnstile = options.provider === 'turnstile';
  const duplicateCode = turnstile ? 'timeout-or-duplicate' : 'already-seen-response';
  const expiredCode = turnstile ? 'timeout-or-duplicate' : 'expired-input-response';

  const failed = (...codes: string[]) =>
    Response.json(
      turnstile
        ? { success: false, 'error-codes': codes, messages: [] }
        : { success: false, 'error-codes': codes },
    );

  const path = turnstile ? '/turnstile/v0/siteverify' : '/siteverify';

  async function handle(request: Request): Promise<Response> {
    if (new URL(request.url).pathname !== path) return new Response('Not Found', { status: 404 });
    if (request.method !== 'POST')
      return new Response('Method Not Allowed', { status: 405, headers: { allow: 'POST' } });
    const contentType = request.headers.get('content-type');
    let fields: Record<string, string | undefined>;
    try {
      if (turnstile && contentType?.startsWith('application/json')) {
        const body = (await request.json()) as Record<string, unknown>;
        fields = Object.fromEntries(
          Object.entries(body).map(([key, value]) => [key, typeof value === 'string' ? value : undefined]),
        );
      } else if (contentType?.startsWith('application/x-www-form-urlencoded')) {
        fields = Object.fromEntries(new URLSearchParams(await request.text()));
      } else return failed('bad-request');
    } catch {
      return failed('bad-request');
    }
    const { secret, response, remoteip, sitekey } = fields;
    calls.push({ response, remoteip, sitekey, contentType });
    if (!secret) return failed('missing-input-secret');
    if (secret !== options.secretKey) return failed('invalid-input-secret');
    if (!turnstile && sitekey !== undefined && sitekey !== options.siteKey)
      return failed('sitekey-secret-mismatch');
    if (!response) return failed('missing-input-response');
    if (turnstile && response.length > MAX_TURNSTILE_TOKEN) return failed('invalid-input-response');
    if (response.startsWith(SITEVERIFY_TEST_TOKENS.slow))
      return new Promise<Response>((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true }),
      );
    if (response.startsWith(SITEVERIFY_TEST_TOKENS.duplicate)) return failed(duplicateCode);
    if (response.startsWith(SITEVERIFY_TEST_TOKENS.expired)) return failed(expiredCode);
    if (!response.startsWith(SITEVERIFY_TEST_TOKENS.pass)) return failed('invalid-input-response');
    if (seen.has(response)) return failed(duplicateCode);
    seen.add(response);
    const passed: SiteverifyAnswer & Record<string, unknown> = {
      success: true,
      challenge_ts: new Date().toISOString(),
      hostname: options.hostname ?? 'app.example',
      ...(turnstile
        ? { 'error-codes': [], action: options.action ?? '', cdata: '', metadata: { interactive: false } }
        : { credit: false }),
    };
    return Response.json(passed);
  }

  return {
    fetch: handle,
    calls,
    /** The path the real API answers on. */
    path,
  };
}

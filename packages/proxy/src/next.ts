/**
 * `@verikit/proxy/next`: Next.js App Router route handlers. In `app/api/verification/[...path]/route.ts`:
 *
 * ```ts
 * export const { GET, POST, PUT, OPTIONS } = createNextRouteHandlers(createVerificationProxy({ proof: { secret }, trustProxyHeaders: 1 }));
 * ```
 * Next.js gives a route handler no socket address: set `trustProxyHeaders` so the per-IP limits see the client's
 * address from `X-Forwarded-For` (Vercel and most hosts set it); without it this throws a TypeError at creation.
 */
import type { VerificationProxyHandler } from './verificationProxyOptions';

export type NextRouteHandler = (request: Request) => Promise<Response>;

export interface NextRouteHandlers {
  GET: NextRouteHandler;
  POST: NextRouteHandler;
  PUT: NextRouteHandler;
  OPTIONS: NextRouteHandler;
}

export interface NextRouteHandlersOptions {
  /**
   * Accept a proxy without `trustProxyHeaders`: every start then counts as from one address (see `unknownClientIp`).
   * @default false (a TypeError at creation, since the per-IP limits could not tell clients apart)
   */
  allowUnknownClientIp?: boolean;
}

export function createNextRouteHandlers(
  handler: VerificationProxyHandler,
  options: NextRouteHandlersOptions = {},
): NextRouteHandlers {
  if (!handler.knowsClientIpFromHeaders && options.allowUnknownClientIp !== true)
    throw new TypeError(
      'createNextRouteHandlers: Next.js gives route handlers no client address. Create the proxy with trustProxyHeaders (1 behind one reverse proxy, e.g. Vercel), or pass { allowUnknownClientIp: true } to count every start as from one address',
    );
  const route: NextRouteHandler = (request) => handler(request);
  return { GET: route, POST: route, PUT: route, OPTIONS: route };
}

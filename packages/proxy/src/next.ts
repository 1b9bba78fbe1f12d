/**
 * `@verikit/proxy/next`: Next.js App Router route handlers. In `app/api/verification/[...path]/route.ts`:
 *
 * ```ts
 * export const { GET, POST, PUT, OPTIONS } = createNextRouteHandlers(createVerificationProxy({ proof: { secret }, trustProxyHeaders: 1 }));
 * ```
 * Next.js gives a route handler no socket address: set `trustProxyHeaders` so the per-IP limits see the client's
 * address from `X-Forwarded-For` (Vercel and most hosts set it), or they are skipped.
 */
import type { VerificationProxyHandler } from './verificationProxyOptions';

export type NextRouteHandler = (request: Request) => Promise<Response>;

export interface NextRouteHandlers {
  GET: NextRouteHandler;
  POST: NextRouteHandler;
  PUT: NextRouteHandler;
  OPTIONS: NextRouteHandler;
}

export function createNextRouteHandlers(handler: VerificationProxyHandler): NextRouteHandlers {
  const route: NextRouteHandler = (request) => handler(request);
  return { GET: route, POST: route, PUT: route, OPTIONS: route };
}

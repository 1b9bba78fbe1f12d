/**
 * `@verikit/proxy/hono`: the proxy as Hono middleware.
 *
 * ```ts
 * app.use(createHonoMiddleware(createVerificationProxy({ proof: { secret } })));
 * ```
 * Requests outside the proxy's `basePath` go on to `next()`.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { VerificationProxyHandler } from './verificationProxyOptions';

export interface HonoMiddlewareOptions {
  /**
   * The client's IP from the runtime. @default the socket address under `@hono/node-server` (`c.env.incoming`);
   * elsewhere none (then set `trustProxyHeaders` on the proxy).
   */
  clientIp?: (context: Context) => string | undefined;
}

export function createHonoMiddleware(
  handler: VerificationProxyHandler,
  options: HonoMiddlewareOptions = {},
): MiddlewareHandler {
  const clientIp = options.clientIp ?? nodeServerClientIp;
  return async (context, next) => {
    const { path } = context.req;
    if (path !== handler.basePath && !path.startsWith(`${handler.basePath}/`)) {
      await next();
      return;
    }
    return handler(context.req.raw, { clientIp: clientIp(context) });
  };
}

function nodeServerClientIp(context: Context): string | undefined {
  const env = context.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

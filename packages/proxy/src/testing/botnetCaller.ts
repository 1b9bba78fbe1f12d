import type { VerificationProxyHandler } from '../verificationProxyOptions';

/**
 * Calls the verification routes as a botnet sends them: each request from its own address, round robin over the
 * instances (one, or several behind a load balancer). A JSON body is sent with its content type; none without.
 */
export function botnetCaller(instances: readonly VerificationProxyHandler[]) {
  let request = 0;
  return (path: string, method: string, body?: unknown) => {
    request++;
    const instance = instances[request % instances.length] as VerificationProxyHandler;
    return instance(
      new Request(`http://app.local/api/verification${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      { clientIp: `198.51.${(request >> 8) & 255}.${request & 255}` },
    );
  };
}

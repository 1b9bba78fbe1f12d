import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createVerificationProxy, DEFAULT_SINCH_BASE_URL, type ProxyLogEvent } from '@verikit/proxy';
import { requestFromIncoming, writeResponse } from '@verikit/proxy/node';
import { createSinchEmulator, EMULATOR_APPLICATION, type SinchEmulator } from '@verikit/sinch-emulator';
import { demoBotCheckOf } from './demoBotCheck';
import {
  EMULATOR_BASE_PATH,
  type PlaygroundBackendOptions,
  type PlaygroundSettings,
  PROXY_BASE_URL,
  playgroundSettingsOf,
  SIGNUP_URL,
} from './playgroundSettings';
import { createSignupRoute } from './signupRoute';

/** What the server knows of the request beyond the web `Request`. */
export interface PlaygroundConnection {
  /** The socket's peer address. */
  clientIp: string | undefined;
  /** The page's origin, e.g. `http://127.0.0.1:5173`: where the emulator's links must point. */
  origin: string;
}

export interface PlaygroundBackend {
  settings: PlaygroundSettings;
  /** The emulator (emulator mode), made on first use with its links on `origin`; `undefined` with real Sinch. */
  emulatorAt(origin: string): SinchEmulator | undefined;
  /**
   * Answers the playground's routes (the proxy, the signup route, the emulator's `/emulator/*` routes); `undefined`
   * for any other path, which the dev server then serves as usual.
   */
  handle(request: Request, connection: PlaygroundConnection): Promise<Response | undefined>;
  /** A web `Request` for a Node request (the proxy's Node bridge). */
  toRequest(incoming: IncomingMessage): Request;
  /** Writes a web `Response` to a Node response. */
  writeResponse(response: Response, outgoing: ServerResponse): Promise<void>;
}

/**
 * The playground's server side: the real proxy on the embedded emulator (in-process `fetch`, no port), or on real
 * Sinch when `SINCH_APPLICATION_KEY` and `SINCH_APPLICATION_SECRET` are set; and the app's signup route.
 *
 * The proof secret is random per start unless `VERIKIT_PROOF_SECRET` is set. Nothing here reaches the browser
 * bundle: only `settings` (public) does.
 */
export function createPlaygroundBackend(options: PlaygroundBackendOptions = {}): PlaygroundBackend {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.info(line));
  const settings: PlaygroundSettings = playgroundSettingsOf(options);
  const { resendCooldownSeconds, methods } = settings;
  const proofSecret = env.VERIKIT_PROOF_SECRET || randomBytes(32).toString('base64url');
  const applicationKey = env.SINCH_APPLICATION_KEY;
  const applicationSecret = env.SINCH_APPLICATION_SECRET;
  const isRealSinch = settings.mode === 'sinch';
  // The demo widget's bot check, when VERIKIT_PLAYGROUND_BOT_CHECK asks for it (see demoBotCheck.ts).
  const botCheck = demoBotCheckOf(env.VERIKIT_PLAYGROUND_BOT_CHECK);

  // The emulator's links (a seamless `targetUri`) must reach it through this dev server: its base URL is the
  // page's own origin, known from the first request.
  let emulator: SinchEmulator | undefined;
  const emulatorFor = (origin: string): SinchEmulator => {
    emulator ??= createSinchEmulator({
      baseUrl: `${origin}${EMULATOR_BASE_PATH}`,
      logger: (line) => log(`[emulator] ${line}`),
    });
    return emulator;
  };
  let origin = 'http://127.0.0.1:5173';

  const logProxy = (event: ProxyLogEvent) =>
    log(
      `[proxy] ${event.httpMethod} ${event.route ?? '?'} → ${event.status}` +
        `${event.errorCode ? ` ${event.errorCode}` : ''}${event.phoneNumber ? ` ${event.phoneNumber}` : ''}`,
    );
  const proxy = isRealSinch
    ? createVerificationProxy({
        applicationKey,
        applicationSecret,
        sinchBaseUrl: env.SINCH_BASE_URL || DEFAULT_SINCH_BASE_URL,
        fetch: (request) => globalThis.fetch(request),
        allowedMethods: methods,
        limits: { resendCooldownSeconds },
        proof: { secret: proofSecret },
        basePath: PROXY_BASE_URL,
        logger: logProxy,
        ...(botCheck && { botCheck }),
      })
    : createVerificationProxy({
        applicationKey: EMULATOR_APPLICATION.key,
        applicationSecret: EMULATOR_APPLICATION.secret,
        sinchBaseUrl: `${origin}${EMULATOR_BASE_PATH}`,
        fetch: (request) => emulatorFor(origin).fetch(request),
        allowedMethods: methods,
        // Every request comes from 127.0.0.1 here, and one person tries many times: looser than production's
        // per-address limits, while the per-number limits, the cooldown and the attempt cap stay real.
        limits: {
          resendCooldownSeconds,
          requestsPerIp: { limit: 1000, windowSeconds: 60 },
          startsPerIp: { limit: 500, windowSeconds: 3600 },
          startsPerNumber: { limit: 50, windowSeconds: 3600 },
        },
        // One tester trying fault numbers again and again converts far less than real people: the breaker's shared
        // budget for countries with no success yet would pause them after 10 starts.
        breaker: { unprovenCountries: { perHour: 1000, perDay: 10_000 } },
        proof: { secret: proofSecret },
        basePath: PROXY_BASE_URL,
        logger: logProxy,
        ...(botCheck && { botCheck }),
      });
  const signup = createSignupRoute({ proofSecret });

  return {
    settings,
    toRequest: (incoming) => requestFromIncoming(incoming),
    writeResponse,
    emulatorAt: (pageOrigin) => (isRealSinch ? undefined : emulatorFor(pageOrigin)),
    async handle(request, connection) {
      const { pathname } = new URL(request.url);
      origin = connection.origin;
      if (pathname === PROXY_BASE_URL || pathname.startsWith(`${PROXY_BASE_URL}/`))
        return proxy(request, { clientIp: connection.clientIp });
      if (pathname === SIGNUP_URL) return signup(request);
      if (
        pathname.startsWith(`${EMULATOR_BASE_PATH}/emulator/`) ||
        pathname === `${EMULATOR_BASE_PATH}/emulator`
      ) {
        if (isRealSinch)
          return Response.json(
            {
              error: 'not_emulated',
              message: 'The playground talks to real Sinch: there is no emulator inbox.',
            },
            { status: 404 },
          );
        return emulatorFor(origin).fetch(request);
      }
      return undefined;
    },
  };
}

import {
  DEFAULT_PROXY_BASE_PATH,
  methodToWire,
  type ProxyStartResponse,
  type ProxyVerificationResult,
  type StartVerificationRequest,
  VERIFICATION_METHODS,
  type VerificationMethod,
  type VerificationStatus,
} from '@verikit/core';
import { base64ToBytesOrUndefined } from './base64ToBytesOrUndefined';
import { resolveBotCheck } from './botCheck/botCheckOptions';
import { clientIpOf } from './clientIpOf';
import { createMemoryRateLimitStore } from './createMemoryRateLimitStore';
import { createSinchUpstream, type SinchCall } from './createSinchUpstream';
import { createStartedVerifications } from './createStartedVerifications';
import type { AbuseEvent } from './guards/abuseEvent';
import { resolveConversionBreaker } from './guards/conversionBreakerOptions';
import { createStartGuards } from './guards/createStartGuards';
import { resolveNumberTypePolicy } from './guards/numberTypePolicy';
import { reportVerified, runStartGuards } from './guards/runStartGuards';
import { resolveStartBudgets } from './guards/startBudgets';
import type { StartGuardContext } from './guards/startGuard';
import { startOutcomeOf } from './guards/startOutcomeOf';
import { HookError } from './hookError';
import { ipRateLimitKey } from './ipRateLimitKey';
import { issueProof, resolveMintWindowSeconds } from './issueProof';
import { clientIpForLog, verificationIdTag } from './logRedaction';
import { checkMethodOptions, DEFAULT_ALLOWED_METHODS, PROXY_METHODS } from './methods/proxyMethods';
import { parsePhoneNumber } from './parsePhoneNumber';
import { parseReportRequest } from './parseReportRequest';
import { parseStartRequest } from './parseStartRequest';
import { proofKey } from './proofKey';
import { proxyErrorReply } from './proxyErrorResponse';
import { type ProxyFailure, serviceUnavailable } from './proxyFailure';
import { type RateLimitRule, resolveProxyLimits } from './proxyLimits';
import { RESPOND, type Reply, replyToResponse } from './proxyReply';
import type { RateLimitStore } from './rateLimitStore';
import { readJsonBody } from './readJsonBody';
import { redactPhoneNumber } from './redactPhoneNumber';
import { isTestVerificationId, resolveTestNumbers } from './testNumbers/testNumber';
import { withTestNumbers } from './testNumbers/testNumberUpstream';
import { fetchTransport, type UpstreamTransport, USE_DEFAULT_TRANSPORT } from './upstreamTransport';
import type {
  ProxyLogEvent,
  ProxyRequestContext,
  ProxyRoute,
  StartDecision,
  VerificationProxyHandler,
  VerificationProxyOptions,
} from './verificationProxyOptions';

export const DEFAULT_SINCH_BASE_URL = 'https://verification.api.sinch.com';
const SINCH_PATH = '/verification/v1/verifications';
const VERIFICATION_ID = /^[A-Za-z0-9_-]{1,64}$/;
const STATUSES: readonly VerificationStatus[] = [
  'PENDING',
  'SUCCESSFUL',
  'FAIL',
  'DENIED',
  'ABORTED',
  'ERROR',
];
// What the browser may see of a report or status answer: `price` and `custom` (and anything Sinch adds later) stay here.
const RESULT_FIELDS = [
  'id',
  'method',
  'status',
  'reason',
  'reference',
  'source',
  'callComplete',
  'identity',
  'countryId',
  'verificationTimestamp',
  'callResult',
] as const;

/** What one request learnt, for its log line. */
interface Trace {
  route: ProxyRoute | undefined;
  clientIp: string | undefined;
  phoneNumber?: string;
  verificationId?: string;
  verificationStatus?: VerificationStatus;
  failure?: ProxyFailure;
  /** What a successful request's log line says instead of 'ok'. */
  note?: string;
  /** What a start guard saw of SMS pumping, for the log line. */
  abuse?: AbuseEvent;
  /** The request was for one of `testNumbers` (answered without Sinch). */
  testNumber?: true;
}

type Outcome =
  | { response: Reply }
  | { failure: ProxyFailure /** The `Allow` header of a 405. */; allow?: string };

/**
 * The verification proxy: a web-standard `(Request) => Promise<Response>` handler that holds the Sinch secret,
 * checks and limits what the browser asks, signs it for Sinch and proves a success with a signed token.
 * Mount it with an adapter (`@verikit/proxy/node`, `/express`, `/next`, `/hono`) or call it directly.
 */
export function createVerificationProxy(options: VerificationProxyOptions): VerificationProxyHandler {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
  const applicationKey = options.applicationKey ?? env.SINCH_APPLICATION_KEY;
  const applicationSecret = options.applicationSecret ?? env.SINCH_APPLICATION_SECRET;
  const authScheme = options.authScheme ?? 'application';
  if (!applicationKey) throw new TypeError('applicationKey is required (or set SINCH_APPLICATION_KEY)');
  if (!applicationSecret)
    throw new TypeError('applicationSecret is required (or set SINCH_APPLICATION_SECRET)');
  if (authScheme === 'application' && !base64ToBytesOrUndefined(applicationSecret)?.length)
    throw new TypeError('applicationSecret must be base64, as the Sinch dashboard shows it');
  const sinchBaseUrl = options.sinchBaseUrl ?? env.SINCH_BASE_URL ?? DEFAULT_SINCH_BASE_URL;
  if (!URL.canParse(sinchBaseUrl)) throw new TypeError('sinchBaseUrl must be an absolute URL');
  const basePath = options.basePath ?? DEFAULT_PROXY_BASE_PATH;
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(basePath))
    throw new TypeError('basePath must start with / and have no trailing slash, e.g. /api/verification');
  const allowedMethods = new Set<VerificationMethod>(options.allowedMethods ?? DEFAULT_ALLOWED_METHODS);
  for (const method of allowedMethods)
    if (!VERIFICATION_METHODS.includes(method))
      throw new TypeError(`allowedMethods: unknown method ${String(method)}`);
  checkMethodOptions(options);
  const allowedCountries =
    options.allowedCountries && new Set(options.allowedCountries.map((code) => code.toUpperCase()));
  const limits = resolveProxyLimits(options.limits);
  const onStoreFailure = options.onStoreFailure ?? 'closed';
  if (onStoreFailure !== 'closed' && onStoreFailure !== 'open')
    throw new TypeError("onStoreFailure must be 'closed' or 'open'");
  const unknownClientIp = options.unknownClientIp ?? 'shared';
  if (unknownClientIp !== 'shared' && unknownClientIp !== 'refuse')
    throw new TypeError("unknownClientIp must be 'shared' or 'refuse'");
  const testNumbers = resolveTestNumbers(options.testNumbers);
  const startGuards = createStartGuards({
    allowedMethods,
    allowedCountries,
    numberTypes: resolveNumberTypePolicy(options.numberTypes),
    limits,
    unknownClientIp,
    budgets: resolveStartBudgets(options.budgets),
    breaker: resolveConversionBreaker(options.breaker),
    botCheck: resolveBotCheck(options.botCheck),
    onStart: options.onStart,
    testNumbers,
  });
  const now = options.now ?? Date.now;
  const store = options.store ?? createMemoryRateLimitStore({ now });
  const recordTtlMs = limits.attemptWindowSeconds * 1000;
  const started = createStartedVerifications({ store, ttlMs: recordTtlMs, now });
  if (!options.proof) throw new TypeError('proof.secret is required: the backend checks proofs with it');
  const proofSecretBytes = proofKey(options.proof.secret);
  const proofWindowMs = resolveMintWindowSeconds(options.proof) * 1000;
  const trustOption = options.trustProxyHeaders ?? false;
  // A string from the environment or a fraction would be read as no hops at all, yet tell the Next.js adapter that a
  // client address is known: every start would then share one address, silently.
  if (!(typeof trustOption === 'boolean' || (Number.isSafeInteger(trustOption) && trustOption >= 0)))
    throw new TypeError('trustProxyHeaders must be true, false or a whole number of reverse proxies (≥ 0)');
  const trust = trustOption === 0 ? false : trustOption;
  const logClientIp = options.logClientIp ?? 'full';
  if (!['full', 'truncated', 'none'].includes(logClientIp))
    throw new TypeError("logClientIp must be 'full', 'truncated' or 'none'");
  const corsOrigins = options.cors && new Set(options.cors.origins);
  const upstreamTimeoutMs = options.upstreamTimeoutMs ?? 10_000;
  if (!(upstreamTimeoutMs > 0)) throw new TypeError('upstreamTimeoutMs must be > 0');
  const maxUpstreamInFlight = options.maxUpstreamInFlight ?? 512;
  if (!(Number.isSafeInteger(maxUpstreamInFlight) && maxUpstreamInFlight >= 1))
    throw new TypeError('maxUpstreamInFlight must be a whole number ≥ 1');
  const customFetch = options.fetch;
  // A custom fetch is called with one `Request`; the global one with a URL and an init, so that it builds the
  // exchange's only `Request`. A Node adapter swaps in its keep-alive transport when no fetch was given.
  let transport: UpstreamTransport = customFetch
    ? fetchTransport((url, init) => customFetch(new Request(url, init)))
    : fetchTransport((url, init) => globalThis.fetch(url, init));

  const sinchUpstream: SinchCall = createSinchUpstream({
    applicationKey,
    applicationSecret,
    baseUrl: sinchBaseUrl,
    transport: () => transport,
    authScheme,
    timeoutMs: upstreamTimeoutMs,
    maxInFlight: maxUpstreamInFlight,
    now,
  });
  // Test numbers are answered from the store, never sent; everything else goes to Sinch.
  const sinch = withTestNumbers(sinchUpstream, { testNumbers, store, ttlMs: recordTtlMs, now });

  /** Counts a hit; a failure once the rule's limit is passed. */
  async function limit(
    rule: RateLimitRule | false,
    key: string,
    message: string,
  ): Promise<ProxyFailure | undefined> {
    if (rule === false) return undefined;
    let counter: Awaited<ReturnType<RateLimitStore['increment']>>;
    try {
      counter = await store.increment(key, rule.windowSeconds * 1000);
    } catch (error) {
      if (onStoreFailure === 'open') return undefined;
      return serviceUnavailable(
        `The store failed: ${error instanceof Error ? error.message : String(error)} (fail closed; see onStoreFailure)`,
      );
    }
    return counter.count > rule.limit
      ? { code: 'rate_limited', message, retryAfter: counter.resetInMs / 1000 }
      : undefined;
  }

  /**
   * The proof of a SUCCESSFUL verification this proxy started: minted once, when an instance first sees the
   * success (its `iat` kept in the store), and handed out again, the same token, only within the mint window.
   * Later reads say SUCCESSFUL without a proof, so a verification id is never a credential.
   */
  async function proofFor(result: ProxyVerificationResult, trace: Trace): Promise<string | undefined> {
    if (result.status !== 'SUCCESSFUL') return undefined;
    const record = await started.byId(result.id);
    trace.phoneNumber ??= record?.phoneNumber;
    if (!record || (result.identity && result.identity.endpoint !== record.phoneNumber)) {
      trace.note =
        'SUCCESSFUL without a proof: no instance sharing this store started it (or it was forgotten)';
      return undefined;
    }
    const at = now();
    const mintKey = `proof-minted:${result.id}`;
    // Outlives the record (set after it, kept as long plus the window): no second mint while the record lives.
    const mintedNow = await store.setIfAbsent(mintKey, String(at), recordTtlMs + proofWindowMs);
    const mintedAt = mintedNow ? at : Number(await store.get(mintKey));
    // Once per verification (the first mint): the conversion breaker counts it as a success of its country/prefix.
    // Never a test number's: its code is no proof that anyone is converting, so it must not hold a breaker closed.
    const testNumber = isTestVerificationId(result.id);
    if (mintedNow && !testNumber) await reportVerified(startGuards, record.phoneNumber, store, at);
    if (!(at - mintedAt <= proofWindowMs)) {
      trace.note = 'SUCCESSFUL without a proof: its proof was handed out and the mint window has passed';
      return undefined;
    }
    // HS256 is deterministic: every instance signs the same claims at the same `iat` into the same token.
    return issueProof(
      { phoneNumber: record.phoneNumber, method: record.method, verificationId: result.id, testNumber },
      proofSecretBytes,
      options.proof,
      mintedAt,
    );
  }

  async function start(request: Request, trace: Trace): Promise<Outcome> {
    const body = await readJsonBody(request, limits.maxBodyBytes);
    if (!body.ok) return { failure: body };
    const input = parseStartRequest(body.value);
    if (!input.ok) return { failure: input };
    const { phoneNumber, method, locale } = input.value;
    trace.phoneNumber = phoneNumber;
    const testNumber = testNumbers.has(phoneNumber);
    if (testNumber) trace.testNumber = true;
    const context: StartGuardContext = {
      clientIp: trace.clientIp,
      testNumber,
      request,
      now,
      reportAbuse(event) {
        trace.abuse = event;
        try {
          options.onAbuseDetected?.(event);
        } catch {
          // A broken alert must not break verification.
        }
      },
    };
    const guarded = await runStartGuards(startGuards, input.value, context, store, onStoreFailure);
    if (!guarded.ok) return { failure: guarded.failure };
    // Which starts a bot-check token let through (past a tripped breaker, a surge), for the operator.
    if (context.botCheck?.passed && input.value.botCheckToken !== undefined)
      trace.note = context.botCheck.failedOpen
        ? `ok (the bot-check verifier could not answer; let through, onVerifierFailure is 'open')`
        : 'ok (bot check passed)';
    const decision = context.decision;
    let answer: Awaited<ReturnType<SinchCall>>;
    try {
      answer = await sinch('POST', SINCH_PATH, startBody(phoneNumber, method, decision), locale);
    } catch (error) {
      await guarded.settle('not_sent');
      throw error;
    }
    if (!answer.ok) {
      await guarded.settle(startOutcomeOf(answer.failure));
      return { failure: answer.failure };
    }
    await guarded.settle('sent');
    const { _links, ...rest } = answer.body;
    if (typeof rest.id !== 'string' || typeof rest.method !== 'string')
      return { failure: { code: 'upstream_error', message: 'Sinch answered the start without an id' } };
    trace.verificationId = rest.id;
    try {
      await started.remember({ id: rest.id, phoneNumber, method });
    } catch (error) {
      // Without its record no proof can be minted, so the start cannot be answered as a success. The cooldown was
      // settled as sent above and stays: a retry must not send a second code.
      return { failure: recordLost(error) };
    }
    const headers: Record<string, string> = { ...JSON_NO_STORE };
    // The language Sinch wrote the SMS in (it picks from the browser's locale), for the page to match.
    const language = answer.headers.get('content-language');
    if (language && /^[A-Za-z0-9-]{1,35}$/.test(language)) headers['content-language'] = language;
    return { response: jsonReply(rest as unknown as ProxyStartResponse, headers) };
  }

  function startBody(
    phoneNumber: string,
    method: VerificationMethod,
    decision: Exclude<StartDecision, { action: 'deny' }> | undefined,
  ): StartVerificationRequest {
    const body: StartVerificationRequest = {
      identity: { type: 'number', endpoint: phoneNumber },
      method: methodToWire(method) ?? method,
    };
    if (decision?.reference !== undefined) {
      if (typeof decision.reference !== 'string' || decision.reference.length > 128)
        throw new TypeError('onStart: reference must be a string of at most 128 characters');
      body.reference = decision.reference;
    }
    if (decision?.custom !== undefined) {
      if (typeof decision.custom !== 'string' || decision.custom.length > 4096)
        throw new TypeError('onStart: custom must be a string of at most 4096 characters');
      body.custom = decision.custom;
    }
    // The method's option object: the proxy's, with onStart's on top; left out when both are empty.
    const key = PROXY_METHODS[method].optionsKey;
    if (key !== undefined) {
      const methodOptions = { ...options[key], ...decision?.[key] };
      if (Object.keys(methodOptions).length > 0) Object.assign(body, { [key]: methodOptions });
    }
    return body;
  }

  async function report(
    request: Request,
    trace: Trace,
    target: { kind: 'id'; id: string } | { kind: 'number'; phoneNumber: string },
  ): Promise<Outcome> {
    const body = await readJsonBody(request, limits.maxBodyBytes);
    if (!body.ok) return { failure: body };
    const input = parseReportRequest(body.value);
    if (!input.ok) return { failure: input };
    if (!allowedMethods.has(input.value.method))
      return {
        failure: {
          code: 'method_not_allowed',
          message: `The method ${input.value.method} is not offered here`,
        },
      };
    // One count per verification, whichever route and instance reports it: a report by number counts against the
    // newest verification the proxy started for that number and method (the one Sinch reports; the record is in
    // the store). A verification no instance sharing the store started is counted by its number; Sinch's own cap
    // still applies to it.
    let attempts: Awaited<ReturnType<RateLimitStore['increment']>>;
    try {
      const newestId =
        target.kind === 'number'
          ? await started.newestIdFor(target.phoneNumber, input.value.method)
          : undefined;
      const attemptKey =
        target.kind === 'id'
          ? `attempts:${target.id}`
          : newestId
            ? `attempts:${newestId}`
            : `attempts-number:${target.phoneNumber}`;
      attempts = await store.increment(attemptKey, limits.attemptWindowSeconds * 1000);
    } catch (error) {
      // No code is tried uncounted, whatever onStoreFailure says (it opens starts, never guesses): a typed 503.
      return {
        failure: serviceUnavailable(
          `The store failed: ${error instanceof Error ? error.message : String(error)} (a code is never tried uncounted)`,
        ),
      };
    }
    if (attempts.count > limits.attemptsPerVerification)
      return {
        failure: { code: 'too_many_attempts', message: 'Too many codes tried; start a new verification' },
      };

    const path =
      target.kind === 'id' ? `${SINCH_PATH}/id/${target.id}` : `${SINCH_PATH}/number/${target.phoneNumber}`;
    const answer = await sinch('PUT', path, input.value.upstreamBody);
    if (!answer.ok) return { failure: answer.failure };
    const result = toResult(answer.body);
    if (!result)
      return { failure: { code: 'upstream_error', message: 'Sinch answered the report without a status' } };
    trace.verificationId = result.id;
    trace.verificationStatus = result.status;
    if (isTestVerificationId(result.id)) trace.testNumber = true;

    if (target.kind === 'number') trace.phoneNumber = target.phoneNumber;
    const proof = await proofFor(result, trace);
    return {
      response: jsonReply(proof ? { ...result, proof } : result, JSON_NO_STORE),
    };
  }

  async function status(trace: Trace, id: string): Promise<Outcome> {
    const answer = await sinch('GET', `${SINCH_PATH}/id/${id}`);
    if (!answer.ok) return { failure: answer.failure };
    const result = toResult(answer.body);
    if (!result)
      return { failure: { code: 'upstream_error', message: 'Sinch answered the status without a status' } };
    trace.verificationStatus = result.status;
    trace.phoneNumber = result.identity?.endpoint;
    if (isTestVerificationId(result.id)) trace.testNumber = true;
    const proof = await proofFor(result, trace);
    return {
      response: jsonReply(proof ? { ...result, proof } : result, JSON_NO_STORE),
    };
  }

  /** Routes the request; a failure for anything that is not exactly one of the four routes. */
  async function route(request: Request, url: URL, trace: Trace): Promise<Outcome> {
    const path = url.pathname;
    if (!path.startsWith(`${basePath}/`)) return notFound();
    const segments = path.slice(basePath.length + 1).split('/');
    if (segments[0] !== 'verifications') return notFound();

    let allowed: string;
    let matched: ProxyRoute | undefined;
    let segment: string | undefined;
    if (segments.length === 1) {
      allowed = 'POST';
      if (request.method === 'POST') matched = 'start';
    } else if (segments.length === 3 && segments[1] === 'id') {
      allowed = 'GET, PUT';
      if (request.method === 'PUT') matched = 'reportById';
      else if (request.method === 'GET') matched = 'statusById';
      segment = segments[2];
    } else if (segments.length === 3 && segments[1] === 'number') {
      allowed = 'PUT';
      if (request.method === 'PUT') matched = 'reportByNumber';
      segment = segments[2];
    } else return notFound();

    if (request.method === 'OPTIONS') trace.route = 'preflight';
    else if (matched === undefined)
      return {
        failure: { code: 'http_method_not_allowed', message: `Use ${allowed} on this route` },
        allow: allowed,
      };
    trace.route = matched ?? 'preflight';

    // Requests with no known client IP share one budget, as their starts do: a missing address never means no limit.
    const ipFailure = await limit(
      limits.requestsPerIp,
      trace.clientIp === undefined ? 'ip:unknown' : `ip:${ipRateLimitKey(trace.clientIp)}`,
      'Too many requests from this address',
    );
    if (ipFailure) return { failure: ipFailure };

    if (trace.route === 'preflight')
      return { response: { status: 204, headers: { allow: `${allowed}, OPTIONS` }, body: null } };

    switch (matched) {
      case 'start':
        return start(request, trace);
      case 'reportById':
      case 'statusById': {
        if (segment === undefined || !VERIFICATION_ID.test(segment))
          return { failure: { code: 'invalid_request', message: 'The verification id is malformed' } };
        trace.verificationId = segment;
        return matched === 'reportById'
          ? report(request, trace, { kind: 'id', id: segment })
          : status(trace, segment);
      }
      case 'reportByNumber': {
        let decoded: string;
        try {
          // Sinch's SDKs put a literal `+` in the path; `%2B` is accepted too.
          decoded = decodeURIComponent(segment ?? '');
        } catch {
          return {
            failure: { code: 'invalid_phone_number', message: 'The phone number in the path is malformed' },
          };
        }
        const phone = parsePhoneNumber(decoded);
        if (!phone.ok) return { failure: { code: 'invalid_phone_number', message: phone.message } };
        trace.phoneNumber = phone.e164;
        return report(request, trace, { kind: 'number', phoneNumber: phone.e164 });
      }
      case 'preflight':
      case undefined:
        return notFound();
      default:
        return matched satisfies never;
    }
  }

  function corsHeaders(request: Request): { allowed: boolean; headers: Record<string, string> } {
    const origin = request.headers.get('origin');
    if (!corsOrigins || origin === null) return { allowed: true, headers: {} };
    if (!corsOrigins.has(origin)) return { allowed: false, headers: { vary: 'Origin' } };
    return {
      allowed: true,
      headers: {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
        'access-control-allow-headers': 'content-type',
        'access-control-expose-headers': 'retry-after',
        'access-control-max-age': String(options.cors?.maxAgeSeconds ?? 600),
        vary: 'Origin',
      },
    };
  }

  function log(event: ProxyLogEvent): void {
    try {
      options.logger?.(event);
    } catch {
      // A broken logger must not break verification.
    }
  }

  async function handleVerificationRequest(
    input: Request | string | URL,
    second?: ProxyRequestContext | RequestInit,
  ): Promise<Response> {
    return replyToResponse(await respond(input, second));
  }

  async function respond(
    input: Request | string | URL,
    second?: ProxyRequestContext | RequestInit,
  ): Promise<Reply> {
    const startedAt = options.logger ? performance.now() : 0;
    let request: Request;
    let context: ProxyRequestContext = {};
    if (isRequest(input)) {
      request = input;
      context = (second as ProxyRequestContext | undefined) ?? {};
    } else {
      try {
        // A fetch-style call: a relative URL (`/api/verification/…`) is resolved against a placeholder origin,
        // since only the path is routed.
        request = new Request(new URL(String(input), 'http://localhost'), second as RequestInit | undefined);
      } catch {
        return failureReply({ code: 'invalid_request', message: 'The request could not be read' });
      }
    }
    const trace: Trace = {
      route: undefined,
      clientIp: clientIpOf(request.headers, context.clientIp, trust),
    };
    let response: Reply | undefined;
    const cors = corsHeaders(request);
    try {
      if (!cors.allowed) {
        trace.failure = {
          code: 'forbidden_origin',
          message: 'This origin may not call the verification proxy',
        };
      } else {
        const outcome = await route(request, new URL(request.url), trace);
        if ('failure' in outcome) {
          trace.failure = outcome.failure;
          if (outcome.allow) response = failureReply(outcome.failure, { allow: `${outcome.allow}, OPTIONS` });
        } else response = outcome.response;
      }
    } catch (error) {
      // Only the server's own faults get here (a throwing onStart, an unreachable store): never the client's input.
      // A hook's own text never reaches the log (HookError names the hook and the error's type only).
      const detail =
        error instanceof HookError
          ? error.message
          : error instanceof Error
            ? `${error.name}: ${error.message}`.slice(0, 300)
            : 'a non-Error was thrown';
      trace.failure = {
        code: 'internal_error',
        message:
          error instanceof TypeError && /^onStart/.test(error.message) ? error.message : 'Internal error',
        logMessage: `Internal error (${detail})`,
      };
    }
    response ??= failureReply(trace.failure ?? { code: 'internal_error', message: 'Internal error' });
    Object.assign(response.headers, cors.headers);

    // Without a logger, no event is built.
    if (!options.logger) return response;
    const failure = trace.failure;
    const loggedIp = clientIpForLog(trace.clientIp, logClientIp);
    log({
      level: response.status >= 500 ? 'error' : response.status >= 400 ? 'warn' : 'info',
      message: failure?.logMessage ?? failure?.message ?? trace.note ?? 'ok',
      route: trace.route,
      httpMethod: request.method,
      status: response.status,
      ...(failure && { errorCode: failure.code }),
      ...(failure?.sinchErrorCode !== undefined && { sinchErrorCode: failure.sinchErrorCode }),
      ...(failure?.upstreamStatus !== undefined && { upstreamStatus: failure.upstreamStatus }),
      ...(trace.phoneNumber && { phoneNumber: redactPhoneNumber(trace.phoneNumber) }),
      ...(trace.verificationId && {
        verificationId: verificationIdTag(trace.verificationId, proofSecretBytes),
      }),
      ...(trace.verificationStatus && { verificationStatus: trace.verificationStatus }),
      ...(loggedIp && { clientIp: loggedIp }),
      ...(trace.abuse && { abuse: trace.abuse }),
      ...(trace.testNumber && { testNumber: true }),
      durationMs: performance.now() - startedAt,
    });
    return response;
  }
  return Object.assign(handleVerificationRequest as VerificationProxyHandler, {
    basePath,
    knowsClientIpFromHeaders: trust !== false,
    [USE_DEFAULT_TRANSPORT](defaultTransport: UpstreamTransport) {
      if (!customFetch) transport = defaultTransport;
    },
    [RESPOND]: respond,
  });
}

/** Duck-typed, so a `Request` of another realm (a test DOM, an edge runtime's polyfill) is one too. */
function isRequest(value: unknown): value is Request {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Request).url === 'string' &&
    typeof (value as Request).method === 'string' &&
    typeof (value as Request).headers?.get === 'function'
  );
}

const JSON_NO_STORE = { 'content-type': 'application/json', 'cache-control': 'no-store' } as const;

/** A 200 with a JSON body (its own copy of `headers`: CORS headers are added to it). */
function jsonReply(body: object, headers: Readonly<Record<string, string>>): Reply {
  return { status: 200, headers: { ...headers }, body: JSON.stringify(body) };
}

/** Sinch accepted a start but the store could not record it (Redis down): the server's fault, never the client's. */
function recordLost(error: unknown): ProxyFailure {
  return serviceUnavailable(
    `Sinch accepted the start, so its code is already out (SMS, call or message), but the store failed to record it: ${error instanceof Error ? error.message : String(error)} (answered service_unavailable; the resend cooldown is kept)`,
  );
}

function notFound(): Outcome {
  return { failure: { code: 'route_not_found', message: 'No such route' } };
}

function failureReply(failure: ProxyFailure, headers?: Record<string, string>): Reply {
  return proxyErrorReply(failure.code, failure.message, {
    ...(failure.retryAfter !== undefined && { retryAfter: failure.retryAfter }),
    ...(failure.sinchErrorCode !== undefined && { sinchErrorCode: failure.sinchErrorCode }),
    ...(failure.botCheck && { botCheck: failure.botCheck }),
    ...(headers && { headers }),
  });
}

/** Sinch's report or status answer, reduced to what the browser may see; `undefined` if it is not one. */
function toResult(body: Record<string, unknown>): ProxyVerificationResult | undefined {
  if (
    typeof body.id !== 'string' ||
    typeof body.method !== 'string' ||
    methodToWire(body.method) === undefined
  )
    return undefined;
  if (!STATUSES.includes(body.status as VerificationStatus)) return undefined;
  const result: Record<string, unknown> = {};
  for (const field of RESULT_FIELDS) if (body[field] !== undefined) result[field] = body[field];
  result.method = methodToWire(body.method);
  const identity = body.identity as { endpoint?: unknown } | undefined;
  if (identity !== undefined && typeof identity?.endpoint !== 'string') delete result.identity;
  return result as unknown as ProxyVerificationResult;
}

import {
  type DeniedReason,
  type ErrorReason,
  type FailReason,
  SINCH_ERROR_CODES,
  type StartVerificationResponse,
  type VerificationMethodWire,
  type VerificationResultEvent,
  type VerificationSmsDeliveredEvent,
} from '@verikit/core';
import { checkSignature } from '@verikit/core/sinch-signing';
import { abortableSleep } from './abortableSleep';
import { API_PREFIX, decodeSegment, endpointOf, matchApiRoute, methodOfSegment } from './apiRoute';
import { deliveryEventStream } from './deliveryEventStream';
import { EMULATOR_APPLICATION, type EmulatorApplication } from './emulatorApplication';
import {
  authFailureResponse,
  bodyProblem,
  httpErrorResponse,
  methodNotAllowed,
  notFoundResponse,
  problemResponse,
  withCors,
} from './emulatorResponses';
import { type FaultRoute, type FaultRule, faultMatches, parseFaultRule } from './faultRule';
import { type CliFilterShape, DEFAULT_CLI_POOL, DEFAULT_UNKNOWN_DIGITS } from './flashCallCli';
import { isCodeOfType, randomCode } from './generateCode';
import { createInbox, type Delivery } from './inbox';
import { magicFaultRules } from './magicNumbers';
import { parseAcceptLanguage, pickLanguage } from './messageLanguage';
import type { MethodSettings } from './methods/emulatorMethod';
import { methodOf } from './methods/emulatorMethods';
import { seamlessUri } from './methods/seamless';
import { parseClockMove } from './parseClockMove';
import { parseReportRequest, type ReportInput } from './parseReportRequest';
import { parseStartRequest, type StartInput } from './parseStartRequest';
import { checkEndpoint, countryIdOf } from './phoneNumber';
import { cryptoRandomSource, type RandomSource, randomId, seededRandom } from './randomSource';
import { readBody } from './readBody';
import { parseJsonBody } from './requestProblem';
import type { EmulatorClock, SinchEmulator, SinchEmulatorOptions } from './sinchEmulatorOptions';
import { sinchErrorResponse } from './sinchErrorResponse';
import { postCallback, readRequestEventAnswer } from './verificationCallbacks';
import { priceOf, reportResponseOf, statusResponseOf, type VerificationRecord } from './verificationRecord';
import { createVerificationStore } from './verificationStore';

export type { EmulatorClock, SinchEmulator, SinchEmulatorOptions } from './sinchEmulatorOptions';

export function createSinchEmulator(options: SinchEmulatorOptions = {}): SinchEmulator {
  const applications = [...(options.applications ?? [EMULATOR_APPLICATION])];
  if (applications.length === 0) throw new TypeError('createSinchEmulator needs at least one application');
  for (const application of applications) {
    if (!application.key || !/^[A-Za-z0-9+/]+={0,2}$/.test(application.secret))
      throw new TypeError(`Application "${application.key}" needs a key and a base64 secret`);
  }
  const manualClock = options.manualClock;
  const now = options.now ?? manualClock?.now ?? Date.now;
  const realTime = () =>
    new TypeError(
      'This emulator runs on real time: give it a manualClock (createManualClock()) to move its clock.',
    );
  const clock: EmulatorClock = {
    now: () => now(),
    isManual: manualClock !== undefined,
    advance: (ms) => {
      if (!manualClock) throw realTime();
      manualClock.set(representableTime(manualClock.now() + ms));
    },
    set: (ms) => {
      if (!manualClock) throw realTime();
      manualClock.set(representableTime(ms));
    },
  };
  const codeLength = positiveInteger(options.codeLength ?? 4, 'codeLength', 1, 16);
  const defaultCodeType = options.codeType ?? 'Numeric';
  const random: RandomSource = options.seed === undefined ? cryptoRandomSource() : seededRandom(options.seed);
  const smsExpirySeconds = positiveInteger(options.smsExpirySeconds ?? 600, 'smsExpirySeconds');
  const interceptionTimeoutSeconds = positiveInteger(
    options.interceptionTimeoutSeconds ?? 45,
    'interceptionTimeoutSeconds',
  );
  const calloutExpirySeconds = positiveInteger(options.calloutExpirySeconds ?? 300, 'calloutExpirySeconds');
  const maxAttempts = positiveInteger(options.maxAttempts ?? 5, 'maxAttempts');
  const cliPool = options.flashCall?.cliPool ?? DEFAULT_CLI_POOL;
  if (cliPool.length === 0 || !cliPool.every((prefix) => /^\+[1-9]\d{1,10}$/.test(prefix)))
    throw new TypeError('flashCall.cliPool must hold E.164 prefixes such as "+4610888"');
  const unknownDigits = positiveInteger(
    options.flashCall?.unknownDigits ?? DEFAULT_UNKNOWN_DIGITS,
    'flashCall.unknownDigits',
    1,
    8,
  );
  const filterShape: CliFilterShape = options.flashCall?.filterShape ?? 'suffix';
  const callbackFetch = options.callbackFetch ?? ((input, init) => globalThis.fetch(input, init));
  const callbackTimeoutMs = positiveInteger(
    options.callbackTimeoutMs ?? 5000,
    'callbackTimeoutMs',
    1,
    600_000,
  );
  const slowResponseMs = positiveInteger(options.slowResponseMs ?? 3000, 'slowResponseMs', 0, 600_000);
  const magicRules = options.magicNumbers === false ? [] : magicFaultRules(slowResponseMs);
  const baseUrl = absoluteUrl(options.baseUrl ?? 'http://127.0.0.1:8787', 'baseUrl').replace(/\/+$/, '');
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const allowBasic = options.allowBasic ?? true;
  const maxClockSkewMs = positiveInteger(options.maxClockSkewMs ?? 15 * 60_000, 'maxClockSkewMs', 0);
  const maxBodyBytes = positiveInteger(options.maxBodyBytes ?? 64 * 1024, 'maxBodyBytes');
  const maxVerifications = positiveInteger(options.maxVerifications ?? 10_000, 'maxVerifications');
  const logger = options.logger ?? (() => {});
  if (options.callbackUrl !== undefined) absoluteUrl(options.callbackUrl, 'callbackUrl');
  const settings: MethodSettings = {
    random,
    codeLength,
    defaultCodeType,
    codeGenerator: options.codeGenerator,
    smsExpirySeconds,
    interceptionTimeoutSeconds,
    calloutExpirySeconds,
    cliPool,
    unknownDigits,
    filterShape,
    baseUrl,
  };

  const initialFaults = (options.faults ?? []).map(checkedRule);
  interface ActiveRule {
    rule: FaultRule;
    remaining: number;
  }
  let rules: ActiveRule[] = [];
  const verifications = createVerificationStore(maxVerifications);
  const pendingCallbacks = new Set<Promise<void>>();
  const inbox = createInbox(positiveInteger(options.inboxLimit ?? 1000, 'inboxLimit'), (error) =>
    logger(`Inbox listener failed: ${String(error)}`),
  );

  function installFaults(): void {
    rules = initialFaults.map((rule) => ({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY }));
  }
  installFaults();

  function checkedRule(rule: FaultRule): FaultRule {
    const checked = parseFaultRule(rule);
    if (!checked.ok) throw new TypeError(`Invalid fault rule: ${checked.message}`);
    return checked.rule;
  }

  // ── faults ──────────────────────────────────────────────────────────────────────────────────────────

  /** The faults that hit a call: summed latency, then the first other matching rule (yours before the magic ones). */
  function faultsFor(route: FaultRoute, number: string, method: VerificationMethodWire) {
    let latencyMs = 0;
    let hit: FaultRule | undefined;
    const call = { route, number, method };
    for (const active of rules) {
      if (active.remaining <= 0 || !faultMatches(active.rule, call)) continue;
      if (active.rule.fault === 'latency') {
        active.remaining--;
        latencyMs += active.rule.ms;
      } else if (!hit) {
        active.remaining--;
        hit = active.rule;
      }
    }
    rules = rules.filter((active) => active.remaining > 0);
    for (const rule of magicRules) {
      if (!faultMatches(rule, call)) continue;
      if (rule.fault === 'latency') latencyMs += rule.ms;
      else hit ??= rule;
    }
    return { latencyMs, hit };
  }

  // ── callbacks ───────────────────────────────────────────────────────────────────────────────────────

  function applicationOf(record: VerificationRecord): EmulatorApplication {
    return (
      applications.find((application) => application.key === record.applicationKey) ?? EMULATOR_APPLICATION
    );
  }

  function track(promise: Promise<void>): void {
    pendingCallbacks.add(promise);
    void promise.finally(() => pendingCallbacks.delete(promise));
  }

  /** POSTs an event after the fact (result, SMS delivery report); its answer changes nothing, failures are logged. */
  function notify(
    record: VerificationRecord,
    event: VerificationResultEvent | VerificationSmsDeliveredEvent,
  ): void {
    const url = options.callbackUrl;
    if (url === undefined) return;
    const target = {
      url,
      fetch: callbackFetch,
      application: applicationOf(record),
      now: now(),
      timeoutMs: callbackTimeoutMs,
    };
    track(
      postCallback(target, event).then(
        async (response) => {
          await response.body?.cancel().catch(() => {});
          if (!response.ok)
            logger(`${event.event} callback for ${record.id} answered HTTP ${response.status}`);
        },
        (error: unknown) => logger(`${event.event} callback for ${record.id} failed: ${String(error)}`),
      ),
    );
  }

  function sendResultEvent(record: VerificationRecord): void {
    const event: VerificationResultEvent = {
      id: record.id,
      event: 'VerificationResultEvent',
      method: record.method,
      identity: { ...record.identity },
      status: record.status,
    };
    if (record.reason !== undefined) event.reason = record.reason;
    if (record.reference !== undefined) event.reference = record.reference;
    if (record.custom !== undefined) event.custom = record.custom;
    if (record.source !== undefined) event.source = record.source;
    notify(record, event);
  }

  /** Sinch's delivery report for an SMS: `Successful` once on the phone, `Failed` when it never arrives. */
  function sendSmsDeliveredEvent(record: VerificationRecord, smsResult: 'Successful' | 'Failed'): void {
    if (!methodOf(record.method).reportsSmsDelivery) return;
    const event: VerificationSmsDeliveredEvent = {
      id: record.id,
      event: 'VerificationSmsDeliveredEvent',
      method: 'sms',
      identity: { ...record.identity },
      smsResult,
    };
    if (record.reference !== undefined) event.reference = record.reference;
    if (record.custom !== undefined) event.custom = record.custom;
    notify(record, event);
  }

  // ── state ───────────────────────────────────────────────────────────────────────────────────────────

  function finish(
    record: VerificationRecord,
    status: 'SUCCESSFUL' | 'FAIL' | 'DENIED' | 'ABORTED' | 'ERROR',
    reason?: FailReason | DeniedReason | ErrorReason,
  ): void {
    record.status = status;
    if (reason === undefined) delete record.reason;
    else record.reason = reason;
    record.finalizedAt = now();
    sendResultEvent(record);
  }

  /** Expiry is judged lazily against the clock, whenever a verification is looked at. */
  function refresh(record: VerificationRecord): VerificationRecord {
    if (record.status === 'PENDING' && now() >= record.expiresAt) finish(record, 'FAIL', 'Expired');
    return record;
  }

  function deliver(record: VerificationRecord): void {
    const method = methodOf(record.method);
    const delivery = method.delivery(record, settings);
    const full: Delivery = {
      id: randomId(random),
      verificationId: record.id,
      method: record.method,
      to: record.identity.endpoint,
      text: delivery.text,
      ...(delivery.code === undefined ? {} : { code: delivery.code }),
      ...(delivery.cli === undefined ? {} : { cli: delivery.cli }),
      at: new Date(now()).toISOString(),
    };
    record.isDelivered = true;
    // Frozen: a test or a panel holding a delivery cannot change what the next reader sees.
    inbox.deliver(Object.freeze(full));
    logger(`${method.label} to ${full.to}: ${full.text}`);
  }

  // ── routes ──────────────────────────────────────────────────────────────────────────────────────────

  async function start(request: Request, body: unknown, applicationKey: string): Promise<Response> {
    const parsed = parseStartRequest(body);
    if (!parsed.ok) return problemResponse(parsed);
    const input = parsed.value;

    const faults = faultsFor('start', input.endpoint, input.method);
    await abortableSleep(faults.latencyMs, request.signal);
    if (faults.hit?.fault === 'httpError') return httpErrorResponse(faults.hit);

    if (input.reference !== undefined) {
      const holder = verifications.newestWithReference(input.reference);
      if (holder && holder.identity.endpoint !== input.endpoint)
        return sinchErrorResponse(
          SINCH_ERROR_CODES.conflict,
          `Conflict: reference "${input.reference}" belongs to a verification of another number.`,
        );
    }

    const acceptLanguage = parseAcceptLanguage(request.headers.get('accept-language'));
    const record = newRecord(input, applicationKey, acceptLanguage);
    verifications.add(record);

    if (faults.hit?.fault === 'deny') {
      const reason = faults.hit.reason ?? 'Blocked';
      finish(record, 'DENIED', reason);
      return reason === 'Not enough credit'
        ? sinchErrorResponse(SINCH_ERROR_CODES.notEnoughCredit, 'Not enough credit.')
        : sinchErrorResponse(SINCH_ERROR_CODES.forbidden, `Verification denied: ${reason}.`);
    }

    const denied = await askCallback(record);
    if (denied) return denied;
    // A newer start of the same number replaced this one while the backend was being asked: nothing to send.
    if (record.status !== 'PENDING') return Response.json(startResponseOf(record));

    // Only older verifications are replaced (the order they started in), whichever start finished first.
    for (const other of verifications.olderOfSameNumber(record)) {
      // An older one that already ran out says Expired, not ABORTED.
      if (refresh(other).status === 'PENDING') finish(other, 'ABORTED');
    }

    if (faults.hit?.fault === 'deliveryFailure') {
      sendSmsDeliveredEvent(record, 'Failed');
      finish(record, 'ERROR', methodOf(record.method).deliveryFailureReason);
    } else {
      deliver(record);
      sendSmsDeliveredEvent(record, 'Successful');
    }
    const response = Response.json(startResponseOf(record));
    if (methodOf(record.method).answersContentLanguage)
      response.headers.set('content-language', record.language);
    return response;
  }

  function newRecord(
    input: StartInput,
    applicationKey: string,
    acceptLanguage: string[],
  ): VerificationRecord {
    const createdAt = now();
    const id = randomId(random);
    const { speechLocale } = input.options;
    const challenge = methodOf(input.method).challenge(
      { verificationId: id, endpoint: input.endpoint, options: input.options },
      settings,
    );
    const record: VerificationRecord = {
      id,
      method: input.method,
      identity: { type: 'number', endpoint: input.endpoint },
      applicationKey,
      createdAt,
      expiresAt: createdAt + challenge.expiresInSeconds * 1000,
      status: 'PENDING',
      codeType: challenge.codeType ?? defaultCodeType,
      wrongAttempts: 0,
      language: pickLanguage(speechLocale ? [speechLocale, ...acceptLanguage] : acceptLanguage),
      acceptLanguage,
      isDelivered: false,
    };
    const countryId = countryIdOf(input.endpoint);
    if (countryId !== undefined) record.countryId = countryId;
    if (input.reference !== undefined) record.reference = input.reference;
    if (input.custom !== undefined) record.custom = input.custom;
    if (challenge.template !== undefined) record.template = challenge.template;
    if (challenge.code !== undefined) record.code = challenge.code;
    if (challenge.cli !== undefined) record.cli = challenge.cli;
    if (challenge.seamlessToken !== undefined) record.seamlessToken = challenge.seamlessToken;
    if (challenge.interceptionTimeout !== undefined)
      record.interceptionTimeout = challenge.interceptionTimeout;
    return record;
  }

  /** Asks the app's backend (when a callback URL is set); answers the start's error when it denies. */
  async function askCallback(record: VerificationRecord): Promise<Response | undefined> {
    const url = options.callbackUrl;
    if (url === undefined) return undefined;
    let answer: Awaited<ReturnType<typeof readRequestEventAnswer>>;
    try {
      const response = await postCallback(
        {
          url,
          fetch: callbackFetch,
          application: applicationOf(record),
          now: now(),
          timeoutMs: callbackTimeoutMs,
        },
        {
          id: record.id,
          event: 'VerificationRequestEvent',
          method: record.method,
          identity: { ...record.identity },
          price: priceOf(record.method).verificationPrice,
          ...(record.reference === undefined ? {} : { reference: record.reference }),
          ...(record.custom === undefined ? {} : { custom: record.custom }),
          ...(record.acceptLanguage.length === 0 ? {} : { acceptLanguage: record.acceptLanguage }),
        },
      );
      answer = await readRequestEventAnswer(response, record);
    } catch (error) {
      answer = { action: 'invalid', why: `no answer (${String(error)})` };
    }
    switch (answer.action) {
      case 'deny':
        finish(record, 'DENIED', 'Denied by callback');
        return sinchErrorResponse(SINCH_ERROR_CODES.forbidden, 'Verification denied by callback.');
      case 'invalid':
        logger(`Request callback for ${record.id} was invalid: ${answer.why}`);
        finish(record, 'DENIED', 'Invalid callback');
        return sinchErrorResponse(
          SINCH_ERROR_CODES.invalidCallbackResponse,
          `Invalid callback response: ${answer.why}.`,
        );
      case 'allow':
        if (answer.codeType !== undefined) record.codeType = answer.codeType;
        if (answer.code !== undefined) record.code = answer.code;
        else if (
          answer.codeType !== undefined &&
          record.code !== undefined &&
          !isCodeOfType(record.code, answer.codeType)
        )
          record.code = randomCode(random, codeLength, answer.codeType);
        if (answer.expirySeconds !== undefined)
          record.expiresAt = record.createdAt + answer.expirySeconds * 1000;
        if (answer.cli !== undefined) record.cli = answer.cli;
        if (answer.speechLocale !== undefined) record.language = pickLanguage([answer.speechLocale]);
        return undefined;
      default:
        return answer satisfies never;
    }
  }

  function startResponseOf(record: VerificationRecord): StartVerificationResponse {
    const href = `${baseUrl}${API_PREFIX}/id/${record.id}`;
    const links = {
      status: { rel: 'status', href, method: 'GET' },
      report: { rel: 'report', href, method: 'PUT' },
    };
    const secondsLeft = Math.max(0, Math.round((record.expiresAt - now()) / 1000));
    return methodOf(record.method).startAnswer(record, { links, secondsLeft, settings });
  }

  async function report(
    request: Request,
    body: unknown,
    find: (input: ReportInput) => VerificationRecord | undefined,
    notFound: string,
  ): Promise<Response> {
    const parsed = parseReportRequest(body);
    if (!parsed.ok) return problemResponse(parsed);
    const input = parsed.value;
    const record = find(input);
    if (!record) return sinchErrorResponse(SINCH_ERROR_CODES.resourceNotFound, notFound);
    if (record.method !== input.method)
      return sinchErrorResponse(
        SINCH_ERROR_CODES.invalidRequest,
        `Invalid request: verification ${record.id} uses ${record.method}, the report says ${input.method}.`,
      );
    const faults = faultsFor('report', record.identity.endpoint, record.method);
    await abortableSleep(faults.latencyMs, request.signal);
    if (faults.hit?.fault === 'httpError') return httpErrorResponse(faults.hit);

    refresh(record);
    // A final verification answers its outcome again: reporting twice (autofill, a double click) is harmless.
    if (record.status !== 'PENDING') return Response.json(reportResponseOf(record));

    const judge = methodOf(record.method).report;
    // The parsed report names a method that takes one; a record of another method was refused above.
    if ('none' in judge) return sinchErrorResponse(SINCH_ERROR_CODES.invalidRequest, judge.none);
    if (judge.isRight(input.reported, record)) {
      record.source = 'manual';
      finish(record, 'SUCCESSFUL');
      return Response.json(reportResponseOf(record));
    }
    const reason = judge.wrongReason;
    record.wrongAttempts++;
    if (record.wrongAttempts >= maxAttempts) {
      record.source = 'manual';
      finish(record, 'FAIL', reason);
      return Response.json(reportResponseOf(record));
    }
    // Still open for another try: this answer says FAIL, the status stays PENDING.
    return Response.json(reportResponseOf(record, { status: 'FAIL', reason }));
  }

  async function status(
    request: Request,
    record: VerificationRecord | undefined,
    notFound: string,
  ): Promise<Response> {
    if (!record) return sinchErrorResponse(SINCH_ERROR_CODES.resourceNotFound, notFound);
    const faults = faultsFor('status', record.identity.endpoint, record.method);
    await abortableSleep(faults.latencyMs, request.signal);
    if (faults.hit?.fault === 'httpError') return httpErrorResponse(faults.hit);
    return Response.json(statusResponseOf(refresh(record)));
  }

  function seamless(token: string, isResult: boolean): Response {
    const record = verifications.withSeamlessToken(token);
    if (!record)
      return sinchErrorResponse(
        SINCH_ERROR_CODES.resourceNotFound,
        'Resource not found: unknown seamless link.',
      );
    // Sinch's target URI redirects before the final answer: one hop makes clients prove they follow redirects.
    if (!isResult)
      return new Response(null, {
        status: 302,
        headers: { location: `${seamlessUri(record, baseUrl)}/result` },
      });
    refresh(record);
    if (record.status === 'PENDING') {
      record.source = 'intercepted';
      finish(record, 'SUCCESSFUL');
    }
    return Response.json(reportResponseOf(record));
  }

  // ── emulator routes ─────────────────────────────────────────────────────────────────────────────────

  async function emulatorRoute(request: Request, segments: string[]): Promise<Response> {
    const [area, argument, extra] = segments;
    const verb = request.method;
    if (area === 'inbox' && argument === undefined) {
      if (verb === 'GET') return Response.json(inbox.all());
      if (verb === 'DELETE') {
        inbox.clear();
        return new Response(null, { status: 204 });
      }
      return methodNotAllowed(verb, ['GET', 'DELETE']);
    }
    if (area === 'inbox' && argument !== undefined && extra === undefined) {
      if (verb !== 'GET') return methodNotAllowed(verb, ['GET']);
      const endpoint = decodeSegment(argument);
      const checked = endpoint === undefined ? undefined : checkEndpoint(endpoint);
      if (!checked?.ok)
        return sinchErrorResponse(
          checked?.errorCode ?? 40001,
          checked?.message ?? 'Invalid number in the path.',
        );
      return Response.json(inbox.for(checked.e164));
    }
    if (area === 'clock' && argument === undefined) {
      if (verb === 'GET') return clockResponse();
      if (verb !== 'POST') return methodNotAllowed(verb, ['GET', 'POST']);
      if (!manualClock)
        return sinchErrorResponse(
          SINCH_ERROR_CODES.conflict,
          'Conflict: this emulator runs on real time; start it with a manual clock (CLI: --manual-clock).',
        );
      const read = await readBody(request, maxBodyBytes);
      if (!read.ok) return bodyProblem(read.reason);
      const json = parseJsonBody(read.bytes);
      if (!json.ok) return problemResponse(json);
      const move = parseClockMove(json.value);
      if (!move.ok) return problemResponse(move);
      const target = 'advanceMs' in move.value ? manualClock.now() + move.value.advanceMs : move.value.setMs;
      if (!isRepresentableTime(target))
        return sinchErrorResponse(
          SINCH_ERROR_CODES.parameterValidation,
          'Parameter advanceMs would move the clock past the last date a timestamp can show (year 275760).',
        );
      clock.set(target);
      return clockResponse();
    }
    if (area === 'events' && argument === undefined) {
      if (verb !== 'GET') return methodNotAllowed(verb, ['GET']);
      return deliveryEventStream(inbox, request.signal);
    }
    if (area === 'faults' && argument === undefined) {
      if (verb === 'GET') return Response.json(rules.map((active) => active.rule));
      if (verb === 'DELETE') {
        rules = [];
        return new Response(null, { status: 204 });
      }
      if (verb !== 'POST') return methodNotAllowed(verb, ['GET', 'POST', 'DELETE']);
      const read = await readBody(request, maxBodyBytes);
      if (!read.ok) return bodyProblem(read.reason);
      const json = parseJsonBody(read.bytes);
      if (!json.ok) return problemResponse(json);
      const candidates = Array.isArray(json.value) ? json.value : [json.value];
      const checked: FaultRule[] = [];
      for (const candidate of candidates) {
        const result = parseFaultRule(candidate);
        if (!result.ok)
          return sinchErrorResponse(
            SINCH_ERROR_CODES.parameterValidation,
            `Invalid fault rule: ${result.message}`,
          );
        checked.push(result.rule);
      }
      for (const rule of checked) rules.push({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
      return Response.json(
        rules.map((active) => active.rule),
        { status: 201 },
      );
    }
    if (
      area === 'seamless' &&
      argument !== undefined &&
      (extra === undefined || extra === 'result') &&
      segments.length <= 3
    ) {
      if (verb !== 'GET') return methodNotAllowed(verb, ['GET']);
      return seamless(argument, extra === 'result');
    }
    return notFoundResponse(request);
  }

  function clockResponse(): Response {
    return Response.json({ now: new Date(now()).toISOString(), isManual: clock.isManual });
  }

  // ── dispatch ────────────────────────────────────────────────────────────────────────────────────────

  async function handle(request: Request): Promise<Response> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return sinchErrorResponse(SINCH_ERROR_CODES.invalidRequest, 'Invalid request URL.');
    }
    let path = url.pathname;
    if (basePath && (path === basePath || path.startsWith(`${basePath}/`)))
      path = path.slice(basePath.length) || '/';
    const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;

    if (trimmed === '/emulator' || trimmed.startsWith('/emulator/')) {
      if (request.method === 'OPTIONS') return withCors(new Response(null, { status: 204 }));
      return withCors(await emulatorRoute(request, trimmed.split('/').slice(2)));
    }
    if (trimmed !== API_PREFIX && !trimmed.startsWith(`${API_PREFIX}/`)) return notFoundResponse(request);

    const segments = trimmed.slice(API_PREFIX.length).split('/').filter(Boolean);
    const route = matchApiRoute(segments, request.method);
    if (!route) return notFoundResponse(request);
    if ('allowed' in route) return methodNotAllowed(request.method, route.allowed);

    const read = await readBody(request, maxBodyBytes);
    if (!read.ok) return bodyProblem(read.reason);
    // Sinch signs the path exactly as sent, from `/` (a `%2B` stays encoded).
    const auth = checkSignature({
      method: request.method,
      path: url.pathname,
      headers: request.headers,
      body: read.bytes,
      secretFor: (key) => applications.find((application) => application.key === key)?.secret,
      now: now(),
      maxSkewMs: maxClockSkewMs,
      allowBasic,
    });
    if (!auth.ok) return authFailureResponse(auth.failure);

    switch (route.name) {
      case 'start': {
        const json = parseJsonBody(read.bytes);
        if (!json.ok) return problemResponse(json);
        return start(request, json.value, auth.applicationKey);
      }
      case 'reportById': {
        const json = parseJsonBody(read.bytes);
        if (!json.ok) return problemResponse(json);
        const id = decodeSegment(route.value);
        return report(
          request,
          json.value,
          () => (id === undefined ? undefined : verifications.get(id)),
          `Resource not found: no verification with id ${route.value}.`,
        );
      }
      case 'reportByIdentity': {
        const json = parseJsonBody(read.bytes);
        if (!json.ok) return problemResponse(json);
        const endpoint = endpointOf(route.value);
        if (!endpoint.ok) return problemResponse(endpoint);
        return report(
          request,
          json.value,
          (input) =>
            verifications.newestOf(
              endpoint.e164,
              input.method,
              (record) => refresh(record).status === 'PENDING',
            ) ?? verifications.newestOf(endpoint.e164, input.method),
          `Resource not found: no matching verification for ${endpoint.e164}.`,
        );
      }
      case 'statusById': {
        const id = decodeSegment(route.value);
        return status(
          request,
          id === undefined ? undefined : verifications.get(id),
          `Resource not found: no verification with id ${route.value}.`,
        );
      }
      case 'statusByReference': {
        const reference = decodeSegment(route.value);
        return status(
          request,
          reference === undefined ? undefined : verifications.newestWithReference(reference),
          `Resource not found: no verification with reference ${route.value}.`,
        );
      }
      case 'statusByIdentity': {
        const method = methodOfSegment(route.method);
        if (!method)
          return sinchErrorResponse(
            SINCH_ERROR_CODES.parameterValidation,
            `Parameter method must be one of sms, flashCall, callout, seamless; got "${route.method}".`,
          );
        const endpoint = endpointOf(route.value);
        if (!endpoint.ok) return problemResponse(endpoint);
        return status(
          request,
          verifications.newestOf(endpoint.e164, method),
          `Resource not found: no ${method} verification for ${endpoint.e164}.`,
        );
      }
      default:
        return route satisfies never;
    }
  }

  async function fetchHandler(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    let request: Request;
    try {
      request = input instanceof Request && init === undefined ? input : new Request(input, init);
    } catch {
      return sinchErrorResponse(
        SINCH_ERROR_CODES.invalidRequest,
        'Invalid request: an absolute URL is needed.',
      );
    }
    try {
      return await handle(request);
    } catch (error) {
      if (request.signal.aborted)
        return sinchErrorResponse(SINCH_ERROR_CODES.invalidRequest, 'The request was aborted.');
      // A bug of ours, not a client's mistake: Sinch's own 500 body, and the client's state is untouched.
      logger(`Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return sinchErrorResponse(SINCH_ERROR_CODES.internal, 'Internal error.');
    }
  }

  return {
    fetch: fetchHandler,
    inbox: {
      all: inbox.all,
      for: inbox.for,
      latest: inbox.latest,
      clear: inbox.clear,
      subscribe: inbox.subscribe,
    },
    clock,
    faults: {
      add: (rule) => {
        const checked = checkedRule(rule);
        rules.push({ rule: checked, remaining: checked.times ?? Number.POSITIVE_INFINITY });
      },
      clear: () => {
        rules = [];
      },
      list: () => rules.map((active) => active.rule),
    },
    reset: () => {
      verifications.clear();
      inbox.clear();
      installFaults();
    },
    settled: async () => {
      while (pendingCallbacks.size > 0) await Promise.allSettled([...pendingCallbacks]);
    },
    applications,
    baseUrl,
  };
}

/** Whether an instant (ms) is one a `Date` can hold: every timestamp the emulator writes must format. */
function isRepresentableTime(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

function representableTime(ms: number): number {
  if (isRepresentableTime(ms)) return ms;
  throw new RangeError(`The emulator's clock can only show dates a Date can hold (±8.64e15 ms), got ${ms}`);
}

function absoluteUrl(value: string, name: string): string {
  if (typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value)) return value;
  throw new TypeError(`${name} must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
}

function positiveInteger(value: number, name: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new TypeError(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  return value;
}

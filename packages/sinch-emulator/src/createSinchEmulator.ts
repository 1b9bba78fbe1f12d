import {
  type DeniedReason,
  type ErrorReason,
  type FailReason,
  type Link,
  SINCH_ERROR_CODES,
  type SinchErrorCode,
  type SmsCodeType,
  type StartVerificationResponse,
  type VerificationMethodWire,
  type VerificationResultEvent,
} from '@verikit/core';
import { checkSignature, type SignatureCheckFailure } from '@verikit/core/sinch-signing';
import { EMULATOR_APPLICATION, type EmulatorApplication } from './emulatorApplication';
import {
  type FaultRoute,
  type FaultRule,
  faultMatches,
  httpErrorCodeOf,
  httpErrorMessageOf,
  parseFaultRule,
} from './faultRule';
import {
  type CliFilterShape,
  cliFilterFor,
  DEFAULT_CLI_POOL,
  DEFAULT_UNKNOWN_DIGITS,
  type FlashCallCliOptions,
  generateCli,
  sameCli,
} from './flashCallCli';
import { type CodeGenerator, fixedCode, isCodeOfType, randomCode } from './generateCode';
import { createInbox, type Delivery, type Inbox } from './inbox';
import { MAGIC_NUMBERS, magicFaultRules } from './magicNumbers';
import { parseAcceptLanguage, pickLanguage, smsTemplateFor, speechFor } from './messageLanguage';
import { parseReportRequest, type ReportInput } from './parseReportRequest';
import { parseStartRequest, type StartInput } from './parseStartRequest';
import { checkEndpoint, countryIdOf } from './phoneNumber';
import { cryptoRandomSource, type RandomSource, randomId, seededRandom } from './randomSource';
import { readBody } from './readBody';
import { parseJsonBody, type RequestProblem } from './requestProblem';
import { sinchErrorResponse } from './sinchErrorResponse';
import { postCallback, readRequestEventAnswer } from './verificationCallbacks';
import { reportResponseOf, statusResponseOf, type VerificationRecord } from './verificationRecord';

export interface SinchEmulatorOptions {
  /** The applications (key + base64 secret) whose signed or Basic requests are accepted. @default [EMULATOR_APPLICATION] */
  applications?: readonly EmulatorApplication[];
  /** The clock, in milliseconds since the epoch (see `createManualClock`). @default Date.now */
  now?: () => number;
  /** Length of SMS and callout codes. Sinch's start response does not say it; the kit expects 4. @default 4 */
  codeLength?: number;
  /** Code alphabet when the start request does not choose one. @default 'Numeric' */
  codeType?: SmsCodeType;
  /** Seeds codes, ids and caller numbers: the same seed gives the same sequence. @default random (Web Crypto) */
  seed?: number;
  /** Makes each SMS / callout code; overrides `seed` for codes (a callback's code still wins). */
  codeGenerator?: CodeGenerator;
  /** How long an SMS code is valid when the request sets no `smsOptions.expiry`. @default 600 */
  smsExpirySeconds?: number;
  /** The flash call's `interceptionTimeout`; `reportTimeout` is 30 s more, and ends the verification. @default 45 */
  interceptionTimeoutSeconds?: number;
  /** How long a callout code (and a seamless link) stays valid. @default 300 */
  calloutExpirySeconds?: number;
  /** Wrong codes (or CLIs) accepted before the verification is closed as `FAIL`. @default 5 */
  maxAttempts?: number;
  /** Flash call caller numbers and `cliFilter` shape. */
  flashCall?: FlashCallCliOptions;
  /** Where `VerificationRequestEvent` and `VerificationResultEvent` are POSTed, signed. @default none */
  callbackUrl?: string;
  /** The `fetch` used for callbacks: pass an in-process handler in tests. @default globalThis.fetch */
  callbackFetch?: typeof fetch;
  /** How long to wait for a callback answer; no answer in time is an invalid callback. @default 5000 */
  callbackTimeoutMs?: number;
  /** Fault rules from the start (kept by `reset()`, removed by `faults.clear()`). @default [] */
  faults?: readonly FaultRule[];
  /** Whether the magic test numbers (`MAGIC_NUMBERS`) trigger their faults. @default true */
  magicNumbers?: boolean;
  /** The delay of `MAGIC_NUMBERS.slow`. @default 3000 */
  slowResponseMs?: number;
  /**
   * The emulator's public URL, for `_links` and the seamless `targetUri`. A path (e.g. `http://localhost:5173/sinch`)
   * is a prefix the routes are also served under.
   * @default 'http://127.0.0.1:8787'
   */
  baseUrl?: string;
  /** Accept `Authorization: Basic` (Sinch accepts it for prototyping). @default true */
  allowBasic?: boolean;
  /** Allowed clock skew of a signed request's `X-Timestamp`, either way (Sinch's is unpublished). @default 900000 */
  maxClockSkewMs?: number;
  /** Largest request body accepted; larger ones get 413. @default 65536 */
  maxBodyBytes?: number;
  /** Deliveries kept in the inbox (oldest dropped first). @default 1000 */
  inboxLimit?: number;
  /** Verifications kept (oldest dropped first), so a long-running emulator stays small. @default 10000 */
  maxVerifications?: number;
  /** Receives one readable line per delivery, and a line per failed callback. @default none */
  logger?: (line: string) => void;
}

export interface SinchEmulator {
  /** The Sinch Verification API plus the `/emulator/*` routes. Bound: pass it as `fetch` directly. */
  fetch(request: Request): Promise<Response>;
  /** What the phones received. */
  inbox: Inbox;
  faults: {
    add(rule: FaultRule): void;
    clear(): void;
    /** The rules in force, oldest first (magic numbers not included). */
    list(): FaultRule[];
  };
  /** Forgets every verification, empties the inbox and puts the faults back to the options' rules. */
  reset(): void;
  /** Resolves once every callback sent so far has been answered (or failed). */
  settled(): Promise<void>;
  /** The applications accepted. */
  readonly applications: readonly EmulatorApplication[];
  readonly baseUrl: string;
}

const API_PREFIX = '/verification/v1/verifications';

const AUTH_FAILURES: Record<SignatureCheckFailure, { errorCode: SinchErrorCode; message: string }> = {
  missing_authorization: {
    errorCode: 40104,
    message: 'Authorization required: send an Authorization header.',
  },
  malformed_authorization: {
    errorCode: 40100,
    message:
      'Invalid Authorization header: expected "Application <key>:<signature>" or "Basic <credentials>".',
  },
  missing_timestamp: { errorCode: 40101, message: 'Missing x-timestamp header.' },
  malformed_timestamp: { errorCode: 40101, message: 'Invalid x-timestamp header: expected ISO-8601 UTC.' },
  stale_timestamp: {
    errorCode: 40105,
    message: 'The request has expired: x-timestamp is outside the allowed window.',
  },
  content_md5_mismatch: {
    errorCode: 40102,
    message: 'Invalid signature: Content-MD5 does not match the body.',
  },
  unknown_key: { errorCode: 40108, message: 'Invalid credentials: unknown application key.' },
  invalid_signature: { errorCode: 40102, message: 'Invalid signature.' },
  invalid_credentials: { errorCode: 40108, message: 'Invalid credentials.' },
};

const METHOD_LABELS: Record<VerificationMethodWire, string> = {
  sms: 'SMS',
  flashcall: 'Flash call',
  callout: 'Callout',
  seamless: 'Seamless',
};

export function createSinchEmulator(options: SinchEmulatorOptions = {}): SinchEmulator {
  const applications = [...(options.applications ?? [EMULATOR_APPLICATION])];
  if (applications.length === 0) throw new TypeError('createSinchEmulator needs at least one application');
  for (const application of applications) {
    if (!application.key || !/^[A-Za-z0-9+/]+={0,2}$/.test(application.secret))
      throw new TypeError(`Application "${application.key}" needs a key and a base64 secret`);
  }
  const now = options.now ?? Date.now;
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
  const callbackTimeoutMs = options.callbackTimeoutMs ?? 5000;
  const slowResponseMs = options.slowResponseMs ?? 3000;
  const magicRules = options.magicNumbers === false ? [] : magicFaultRules(slowResponseMs);
  const baseUrl = (options.baseUrl ?? 'http://127.0.0.1:8787').replace(/\/+$/, '');
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const allowBasic = options.allowBasic ?? true;
  const maxClockSkewMs = options.maxClockSkewMs ?? 15 * 60_000;
  const maxBodyBytes = positiveInteger(options.maxBodyBytes ?? 64 * 1024, 'maxBodyBytes');
  const maxVerifications = positiveInteger(options.maxVerifications ?? 10_000, 'maxVerifications');
  const logger = options.logger ?? (() => {});
  if (options.callbackUrl !== undefined) new URL(options.callbackUrl);

  const initialFaults = (options.faults ?? []).map(checkedRule);
  interface ActiveRule {
    rule: FaultRule;
    remaining: number;
  }
  let rules: ActiveRule[] = [];
  const verifications = new Map<string, VerificationRecord>();
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

  function sendResultEvent(record: VerificationRecord): void {
    const url = options.callbackUrl;
    if (url === undefined) return;
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
    track(
      postCallback(
        {
          url,
          fetch: callbackFetch,
          application: applicationOf(record),
          now: now(),
          timeoutMs: callbackTimeoutMs,
        },
        event,
      ).then(
        async (response) => {
          await response.body?.cancel().catch(() => {});
          if (!response.ok) logger(`Result callback for ${record.id} answered HTTP ${response.status}`);
        },
        (error: unknown) => logger(`Result callback for ${record.id} failed: ${String(error)}`),
      ),
    );
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

  function remember(record: VerificationRecord): void {
    verifications.set(record.id, record);
    // Map keeps insertion order: the first keys are the oldest verifications.
    for (const id of verifications.keys()) {
      if (verifications.size <= maxVerifications) break;
      verifications.delete(id);
    }
  }

  /** The newest verification matching a test, newest first. */
  function newest(test: (record: VerificationRecord) => boolean): VerificationRecord | undefined {
    let found: VerificationRecord | undefined;
    for (const record of verifications.values()) if (test(record)) found = record;
    return found;
  }

  function deliver(
    record: VerificationRecord,
    delivery: Omit<Delivery, 'id' | 'verificationId' | 'to' | 'at'>,
  ): void {
    const full: Delivery = {
      id: randomId(random),
      verificationId: record.id,
      method: delivery.method,
      to: record.identity.endpoint,
      text: delivery.text,
      ...(delivery.code === undefined ? {} : { code: delivery.code }),
      ...(delivery.cli === undefined ? {} : { cli: delivery.cli }),
      at: new Date(now()).toISOString(),
    };
    record.isDelivered = true;
    // Frozen: a test or a panel holding a delivery cannot change what the next reader sees.
    inbox.deliver(Object.freeze(full));
    logger(`${METHOD_LABELS[full.method]} to ${full.to}: ${full.text}`);
  }

  // ── routes ──────────────────────────────────────────────────────────────────────────────────────────

  async function start(request: Request, body: unknown, applicationKey: string): Promise<Response> {
    const parsed = parseStartRequest(body);
    if (!parsed.ok) return problemResponse(parsed);
    const input = parsed.value;

    const faults = faultsFor('start', input.endpoint, input.method);
    await sleep(faults.latencyMs, request.signal);
    if (faults.hit?.fault === 'httpError') return httpErrorResponse(faults.hit);

    if (input.reference !== undefined) {
      const holder = newest((record) => record.reference === input.reference);
      if (holder && holder.identity.endpoint !== input.endpoint)
        return sinchErrorResponse(
          SINCH_ERROR_CODES.conflict,
          `Conflict: reference "${input.reference}" belongs to a verification of another number.`,
        );
    }

    const acceptLanguage = parseAcceptLanguage(request.headers.get('accept-language'));
    const record = newRecord(input, applicationKey, acceptLanguage);
    remember(record);

    if (faults.hit?.fault === 'deny') {
      const reason = faults.hit.reason ?? 'Blocked';
      finish(record, 'DENIED', reason);
      return reason === 'Not enough credit'
        ? sinchErrorResponse(SINCH_ERROR_CODES.notEnoughCredit, 'Not enough credit.')
        : sinchErrorResponse(SINCH_ERROR_CODES.forbidden, `Verification denied: ${reason}.`);
    }

    const denied = await askCallback(record);
    if (denied) return denied;

    for (const other of verifications.values()) {
      if (
        other !== record &&
        other.identity.endpoint === record.identity.endpoint &&
        other.status === 'PENDING'
      )
        finish(other, 'ABORTED');
    }

    if (faults.hit?.fault === 'deliveryFailure') {
      finish(
        record,
        'ERROR',
        record.method === 'sms' ? 'SMS delivery failure' : 'Network error or number unreachable',
      );
    } else {
      deliverFor(record);
    }
    const response = Response.json(startResponseOf(record, input));
    if (record.method === 'sms') response.headers.set('content-language', record.language);
    return response;
  }

  function newRecord(
    input: StartInput,
    applicationKey: string,
    acceptLanguage: string[],
  ): VerificationRecord {
    const createdAt = now();
    const id = randomId(random);
    const codeType = input.sms.codeType ?? defaultCodeType;
    const record: VerificationRecord = {
      id,
      method: input.method,
      identity: { type: 'number', endpoint: input.endpoint },
      applicationKey,
      createdAt,
      expiresAt: createdAt,
      status: 'PENDING',
      codeType,
      wrongAttempts: 0,
      language: pickLanguage(
        input.method === 'callout' && input.callout.locale
          ? [input.callout.locale, ...acceptLanguage]
          : acceptLanguage,
      ),
      acceptLanguage,
      isDelivered: false,
    };
    const countryId = countryIdOf(input.endpoint);
    if (countryId !== undefined) record.countryId = countryId;
    if (input.reference !== undefined) record.reference = input.reference;
    if (input.custom !== undefined) record.custom = input.custom;
    if (input.sms.template !== undefined) record.template = input.sms.template;
    switch (input.method) {
      case 'sms':
      case 'callout': {
        const type = input.method === 'callout' ? 'Numeric' : codeType;
        record.codeType = type;
        record.code =
          input.endpoint === MAGIC_NUMBERS.fixedCode
            ? fixedCode(codeLength, type)
            : options.codeGenerator
              ? options.codeGenerator({
                  verificationId: id,
                  method: input.method,
                  to: input.endpoint,
                  length: codeLength,
                  codeType: type,
                })
              : randomCode(random, codeLength, type);
        const seconds =
          input.method === 'sms' ? (input.sms.expirySeconds ?? smsExpirySeconds) : calloutExpirySeconds;
        record.expiresAt = createdAt + seconds * 1000;
        break;
      }
      case 'flashcall': {
        record.cli = generateCli(random, cliPool, unknownDigits);
        const interception = input.flashCall.interceptionTimeout ?? interceptionTimeoutSeconds;
        record.expiresAt = createdAt + (interception + 30) * 1000;
        break;
      }
      case 'seamless':
        record.seamlessToken = randomId(random).replaceAll('-', '');
        record.expiresAt = createdAt + calloutExpirySeconds * 1000;
        break;
      default:
        input.method satisfies never;
    }
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
          price: { currencyId: 'EUR', amount: 0.04 },
          ...(record.reference === undefined ? {} : { reference: record.reference }),
          ...(record.custom === undefined ? {} : { custom: record.custom }),
          ...(record.acceptLanguage.length === 0 ? {} : { acceptLanguage: record.acceptLanguage }),
        },
      );
      answer = await readRequestEventAnswer(response, record.method, record.codeType);
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

  function deliverFor(record: VerificationRecord): void {
    switch (record.method) {
      case 'sms': {
        const code = record.code ?? '';
        const template = record.template ?? smsTemplateFor(record.language);
        deliver(record, { method: 'sms', text: template.replaceAll('{{CODE}}', code), code });
        break;
      }
      case 'flashcall': {
        const cli = record.cli ?? '';
        deliver(record, { method: 'flashcall', text: `Missed call from ${cli}`, cli });
        break;
      }
      case 'callout': {
        const code = record.code ?? '';
        deliver(record, { method: 'callout', text: speechFor(record.language, code), code });
        break;
      }
      case 'seamless':
        deliver(record, { method: 'seamless', text: `Data session opens ${seamlessUri(record)}` });
        break;
      default:
        record.method satisfies never;
    }
  }

  function seamlessUri(record: VerificationRecord): string {
    return `${baseUrl}/emulator/seamless/${record.seamlessToken ?? ''}`;
  }

  function startResponseOf(record: VerificationRecord, input: StartInput): StartVerificationResponse {
    const statusLink: Link = {
      rel: 'status',
      href: `${baseUrl}${API_PREFIX}/id/${record.id}`,
      method: 'GET',
    };
    const reportLink: Link = {
      rel: 'report',
      href: `${baseUrl}${API_PREFIX}/id/${record.id}`,
      method: 'PUT',
    };
    const secondsLeft = Math.max(0, Math.round((record.expiresAt - now()) / 1000));
    switch (record.method) {
      case 'sms':
        return {
          id: record.id,
          method: 'sms',
          sms: {
            template: record.template ?? smsTemplateFor(record.language),
            interceptionTimeout: secondsLeft,
            codeType: record.codeType,
          },
          _links: [statusLink, reportLink],
        };
      case 'flashcall': {
        const interception = input.flashCall.interceptionTimeout ?? interceptionTimeoutSeconds;
        const shape: CliFilterShape =
          record.identity.endpoint === MAGIC_NUMBERS.flashCallInfixFilter ? 'infix' : filterShape;
        return {
          id: record.id,
          method: 'flashcall',
          flashCall: {
            cliFilter: cliFilterFor(record.cli ?? '', shape, unknownDigits),
            interceptionTimeout: interception,
            reportTimeout: interception + 30,
            denyCallAfter: 0,
          },
          _links: [statusLink, reportLink],
        };
      }
      case 'callout':
        return { id: record.id, method: 'callout', _links: [statusLink, reportLink] };
      case 'seamless':
        return {
          id: record.id,
          method: 'seamless',
          seamless: { targetUri: seamlessUri(record) },
          _links: [statusLink],
        };
      default:
        return record.method satisfies never;
    }
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
    await sleep(faults.latencyMs, request.signal);
    if (faults.hit?.fault === 'httpError') return httpErrorResponse(faults.hit);

    refresh(record);
    // A final verification answers its outcome again: reporting twice (autofill, a double click) is harmless.
    if (record.status !== 'PENDING') return Response.json(reportResponseOf(record));

    const isRight =
      input.method === 'flashcall'
        ? sameCli(input.cli, record.cli ?? '')
        : input.code.trim().toUpperCase() === (record.code ?? '').toUpperCase();
    if (isRight) {
      record.source = 'manual';
      finish(record, 'SUCCESSFUL');
      return Response.json(reportResponseOf(record));
    }
    const reason: FailReason = input.method === 'flashcall' ? 'Invalid CLI' : 'Invalid code';
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
    await sleep(faults.latencyMs, request.signal);
    if (faults.hit?.fault === 'httpError') return httpErrorResponse(faults.hit);
    return Response.json(statusResponseOf(refresh(record)));
  }

  function seamless(token: string, isResult: boolean): Response {
    const record = newest((candidate) => candidate.seamlessToken === token);
    if (!record)
      return sinchErrorResponse(
        SINCH_ERROR_CODES.resourceNotFound,
        'Resource not found: unknown seamless link.',
      );
    // Sinch's target URI redirects before the final answer: one hop makes clients prove they follow redirects.
    if (!isResult)
      return new Response(null, { status: 302, headers: { location: `${seamlessUri(record)}/result` } });
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
    const auth = await checkSignature({
      method: request.method,
      path: url.pathname,
      headers: request.headers,
      body: read.bytes,
      secretFor: (key) => applications.find((application) => application.key === key)?.secret,
      now: now(),
      maxSkewMs: maxClockSkewMs,
      allowBasic,
    });
    if (!auth.ok) {
      const failure = AUTH_FAILURES[auth.failure];
      return sinchErrorResponse(failure.errorCode, failure.message);
    }

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
            newest(
              (record) =>
                record.identity.endpoint === endpoint.e164 &&
                record.method === input.method &&
                refresh(record).status === 'PENDING',
            ) ??
            newest((record) => record.identity.endpoint === endpoint.e164 && record.method === input.method),
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
          reference === undefined ? undefined : newest((record) => record.reference === reference),
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
          newest((record) => record.identity.endpoint === endpoint.e164 && record.method === method),
          `Resource not found: no ${method} verification for ${endpoint.e164}.`,
        );
      }
      default:
        return route satisfies never;
    }
  }

  async function fetchHandler(request: Request): Promise<Response> {
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

// ── helpers ───────────────────────────────────────────────────────────────────────────────────────────

type ApiRoute =
  | { name: 'start' }
  | { name: 'reportById' | 'statusById' | 'reportByIdentity' | 'statusByReference'; value: string }
  | { name: 'statusByIdentity'; method: string; value: string };

/** The route for a path (segments after `/verification/v1/verifications`) and verb, or the verbs the path allows. */
function matchApiRoute(segments: string[], verb: string): ApiRoute | { allowed: string[] } | undefined {
  const [first, second, third, ...rest] = segments;
  if (rest.length > 0) return undefined;
  if (first === undefined) return verb === 'POST' ? { name: 'start' } : { allowed: ['POST'] };
  if (second === undefined) return undefined;
  if (third === undefined) {
    if (first === 'id') {
      if (verb === 'GET') return { name: 'statusById', value: second };
      return verb === 'PUT' ? { name: 'reportById', value: second } : { allowed: ['GET', 'PUT'] };
    }
    if (first === 'number')
      return verb === 'PUT' ? { name: 'reportByIdentity', value: second } : { allowed: ['PUT'] };
    if (first === 'reference')
      return verb === 'GET' ? { name: 'statusByReference', value: second } : { allowed: ['GET'] };
    return undefined;
  }
  if (second === 'number')
    return verb === 'GET' ? { name: 'statusByIdentity', method: first, value: third } : { allowed: ['GET'] };
  return undefined;
}

function methodOfSegment(segment: string): VerificationMethodWire | undefined {
  const lower = decodeSegment(segment)?.toLowerCase();
  return lower === 'sms' || lower === 'flashcall' || lower === 'callout' || lower === 'seamless'
    ? lower
    : undefined;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function endpointOf(segment: string): { ok: true; e164: string } | RequestProblem {
  const decoded = decodeSegment(segment);
  if (decoded === undefined) return { ok: false, errorCode: 40001, message: `Number ${segment} is invalid.` };
  // A `+` in a path is literal (SDKs send it unencoded); some HTTP stacks turn it into a space.
  const checked = checkEndpoint(decoded.replace(/^ /, '+'));
  return checked.ok ? checked : { ok: false, errorCode: checked.errorCode, message: checked.message };
}

function problemResponse(problem: RequestProblem): Response {
  return sinchErrorResponse(problem.errorCode, problem.message);
}

function bodyProblem(reason: 'too_large' | 'unreadable'): Response {
  if (reason === 'unreadable')
    return sinchErrorResponse(
      SINCH_ERROR_CODES.invalidRequest,
      'Invalid request: the body could not be read.',
    );
  // 413 is what an HTTP front end answers; the body stays Sinch's shape.
  return Response.json(
    { errorCode: SINCH_ERROR_CODES.invalidRequest, message: 'Invalid request: the body is too large.' },
    { status: 413 },
  );
}

function httpErrorResponse(rule: Extract<FaultRule, { fault: 'httpError' }>): Response {
  const response = Response.json(
    { errorCode: httpErrorCodeOf(rule), message: httpErrorMessageOf(rule) },
    { status: rule.status },
  );
  if (rule.retryAfterSeconds !== undefined)
    response.headers.set('retry-after', String(rule.retryAfterSeconds));
  return response;
}

function notFoundResponse(request: Request): Response {
  return sinchErrorResponse(
    SINCH_ERROR_CODES.resourceNotFound,
    `Resource not found: ${request.method} ${new URL(request.url).pathname}.`,
  );
}

function methodNotAllowed(verb: string, allowed: readonly string[]): Response {
  return Response.json(
    {
      errorCode: SINCH_ERROR_CODES.invalidRequest,
      message: `Invalid request: ${verb} is not allowed here; use ${allowed.join(' or ')}.`,
    },
    { status: 405, headers: { allow: allowed.join(', ') } },
  );
}

function withCors(response: Response): Response {
  // The phone panel of a page on another port reads the inbox directly.
  response.headers.set('access-control-allow-origin', '*');
  response.headers.set('access-control-allow-methods', 'GET, POST, DELETE, OPTIONS');
  response.headers.set('access-control-allow-headers', 'content-type');
  return response;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

function positiveInteger(value: number, name: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new TypeError(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  return value;
}

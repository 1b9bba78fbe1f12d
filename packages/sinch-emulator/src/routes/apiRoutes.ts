import { SINCH_ERROR_CODES, type StartVerificationResponse } from '@verikit/core';
import { checkSignature } from '@verikit/core/sinch-signing';
import { abortableSleep } from '../abortableSleep';
import type { EmulatorApplication } from '../emulatorApplication';
import type { FaultBook } from '../faults/faultBook';
import type { FaultRoute } from '../faults/faultRule';
import { parseAcceptLanguage } from '../messageLanguage';
import type { MethodSettings } from '../methods/emulatorMethod';
import { METHOD_NAMES, methodOf } from '../methods/emulatorMethods';
import { parseReportRequest, type ReportInput } from '../parseReportRequest';
import { parseStartRequest } from '../parseStartRequest';
import { readBody } from '../readBody';
import { parseJsonBody } from '../requestProblem';
import { sinchErrorResponse } from '../sinchErrorResponse';
import type { Verifications } from '../state/createVerifications';
import { reportResponseOf, statusResponseOf, type VerificationRecord } from '../state/verificationRecord';
import { API_PREFIX, decodeSegment, endpointOf, matchApiRoute, methodOfSegment } from './apiRoute';
import {
  authFailureResponse,
  bodyProblem,
  httpErrorResponse,
  methodNotAllowed,
  notFoundResponse,
  problemResponse,
} from './emulatorResponses';

export interface ApiRouteSettings {
  verifications: Verifications;
  faults: FaultBook;
  methods: MethodSettings;
  applications: readonly EmulatorApplication[];
  now: () => number;
  maxBodyBytes: number;
  maxClockSkewMs: number;
  allowBasic: boolean;
}

/** Sinch's Verification API: `(request, path under /verification/v1/verifications, as sent) → response`. */
export function createApiRoutes(settings: ApiRouteSettings) {
  const { verifications, faults, now } = settings;
  const baseUrl = settings.methods.baseUrl;

  /** Holds the call for its latency faults; answers an HTTP error fault. */
  async function faultAnswer(
    request: Request,
    route: FaultRoute,
    record: { identity: { endpoint: string }; method: VerificationRecord['method'] },
  ) {
    const hits = faults.hitsFor({ route, number: record.identity.endpoint, method: record.method });
    await abortableSleep(hits.latencyMs, request.signal);
    return {
      hit: hits.hit,
      response: hits.hit?.fault === 'httpError' ? httpErrorResponse(hits.hit) : undefined,
    };
  }

  function startResponseOf(record: VerificationRecord): StartVerificationResponse {
    const href = `${baseUrl}${API_PREFIX}/id/${record.id}`;
    const links = {
      status: { rel: 'status', href, method: 'GET' },
      report: { rel: 'report', href, method: 'PUT' },
    };
    const secondsLeft = Math.max(0, Math.round((record.expiresAt - now()) / 1000));
    return methodOf(record.method).startAnswer(record, { links, secondsLeft, settings: settings.methods });
  }

  async function start(request: Request, body: unknown, applicationKey: string): Promise<Response> {
    const parsed = parseStartRequest(body);
    if (!parsed.ok) return problemResponse(parsed);
    const input = parsed.value;

    const { hit, response } = await faultAnswer(request, 'start', {
      identity: { endpoint: input.endpoint },
      method: input.method,
    });
    if (response) return response;

    // A reference names one started verification (a resend needs a new one), as long as the emulator keeps it.
    if (input.reference !== undefined && verifications.newestWithReference(input.reference))
      return sinchErrorResponse(SINCH_ERROR_CODES.conflict, 'Reference already defined');

    const started = await verifications.start(input, {
      applicationKey,
      acceptLanguage: parseAcceptLanguage(request.headers.get('accept-language')),
      fault: hit?.fault === 'httpError' ? undefined : hit,
    });
    switch (started.outcome) {
      case 'denied':
        return started.reason === 'Not enough credit'
          ? sinchErrorResponse(SINCH_ERROR_CODES.notEnoughCredit, 'Not enough credit.')
          : sinchErrorResponse(SINCH_ERROR_CODES.forbidden, `Verification denied: ${started.reason}.`);
      case 'deniedByCallback':
        return sinchErrorResponse(SINCH_ERROR_CODES.forbidden, 'Verification denied by callback.');
      case 'invalidCallback':
        return sinchErrorResponse(
          SINCH_ERROR_CODES.invalidCallbackResponse,
          `Invalid callback response: ${started.why}.`,
        );
      case 'replaced':
        return Response.json(startResponseOf(started.record));
      case 'started': {
        const answer = Response.json(startResponseOf(started.record));
        if (methodOf(started.record.method).answersContentLanguage)
          answer.headers.set('content-language', started.record.language);
        return answer;
      }
      default:
        return started satisfies never;
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
    const { response } = await faultAnswer(request, 'report', record);
    if (response) return response;
    // A final verification answers its outcome again: reporting twice (autofill, a double click) is harmless.
    const judged = verifications.report(record, input.reported);
    // Still open for another try: this answer says FAIL, the status stays PENDING.
    return Response.json(
      judged.wrongReason === undefined
        ? reportResponseOf(judged.record)
        : reportResponseOf(judged.record, { status: 'FAIL', reason: judged.wrongReason }),
    );
  }

  async function status(
    request: Request,
    record: VerificationRecord | undefined,
    notFound: string,
  ): Promise<Response> {
    if (!record) return sinchErrorResponse(SINCH_ERROR_CODES.resourceNotFound, notFound);
    const { response } = await faultAnswer(request, 'status', record);
    if (response) return response;
    return Response.json(statusResponseOf(verifications.current(record)));
  }

  return async function handleApi(request: Request, url: URL, path: string): Promise<Response> {
    const segments = path.slice(API_PREFIX.length).split('/').filter(Boolean);
    const route = matchApiRoute(segments, request.method);
    if (!route) return notFoundResponse(request);
    if ('allowed' in route) return methodNotAllowed(request.method, route.allowed);

    const read = await readBody(request, settings.maxBodyBytes);
    if (!read.ok) return bodyProblem(read.reason);
    // Sinch signs the path exactly as sent, from `/` (a `%2B` stays encoded).
    const auth = checkSignature({
      method: request.method,
      path: url.pathname,
      headers: request.headers,
      body: read.bytes,
      secretFor: (key) => settings.applications.find((application) => application.key === key)?.secret,
      now: now(),
      maxSkewMs: settings.maxClockSkewMs,
      allowBasic: settings.allowBasic,
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
          (input) => verifications.newestOf(endpoint.e164, input.method, true),
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
            `Parameter method must be one of ${METHOD_NAMES.join(', ')}; got "${route.method}".`,
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
  };
}

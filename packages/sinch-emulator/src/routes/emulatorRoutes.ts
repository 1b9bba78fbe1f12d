import { SINCH_ERROR_CODES } from '@verikit/core';
import type { FaultBook } from '../faults/faultBook';
import type { Inbox } from '../inbox';
import { seamlessUri } from '../methods/seamless';
import { checkEndpoint } from '../phoneNumber';
import { readBody } from '../readBody';
import { parseJsonBody } from '../requestProblem';
import type { EmulatorClock } from '../sinchEmulatorOptions';
import { sinchErrorResponse } from '../sinchErrorResponse';
import type { Verifications } from '../state/createVerifications';
import { reportResponseOf } from '../state/verificationRecord';
import { decodeSegment } from './apiRoute';
import { deliveryEventStream } from './deliveryEventStream';
import { bodyProblem, methodNotAllowed, notFoundResponse, problemResponse } from './emulatorResponses';
import { parseClockMove } from './parseClockMove';

export interface EmulatorRouteSettings {
  /** The same inbox, fault book and clock as the emulator's JS API: these routes only translate HTTP. */
  inbox: Inbox;
  faults: FaultBook;
  clock: EmulatorClock;
  verifications: Verifications;
  baseUrl: string;
  maxBodyBytes: number;
}

/** The `/emulator/*` routes (inbox, events, clock, faults, seamless links): `(request, segments after /emulator)`. */
export function createEmulatorRoutes(settings: EmulatorRouteSettings) {
  const { inbox, faults, clock, verifications } = settings;

  const clockResponse = () =>
    Response.json({ now: new Date(clock.now()).toISOString(), isManual: clock.isManual });

  async function jsonBody(request: Request) {
    const read = await readBody(request, settings.maxBodyBytes);
    if (!read.ok) return { ok: false as const, response: bodyProblem(read.reason) };
    const json = parseJsonBody(read.bytes);
    if (!json.ok) return { ok: false as const, response: problemResponse(json) };
    return { ok: true as const, value: json.value };
  }

  async function moveClock(request: Request): Promise<Response> {
    if (!clock.isManual)
      return sinchErrorResponse(
        SINCH_ERROR_CODES.conflict,
        'Conflict: this emulator runs on real time; start it with a manual clock (CLI: --manual-clock).',
      );
    const body = await jsonBody(request);
    if (!body.ok) return body.response;
    const move = parseClockMove(body.value);
    if (!move.ok) return problemResponse(move);
    try {
      if ('advanceMs' in move.value) clock.advance(move.value.advanceMs);
      else clock.set(move.value.setMs);
    } catch (error) {
      // The JS API's own refusal of a time no timestamp can show, answered as Sinch answers a bad parameter.
      if (!(error instanceof RangeError)) throw error;
      return sinchErrorResponse(
        SINCH_ERROR_CODES.parameterValidation,
        'Parameter advanceMs would move the clock past the last date a timestamp can show (year 275760).',
      );
    }
    return clockResponse();
  }

  async function addFaults(request: Request): Promise<Response> {
    const body = await jsonBody(request);
    if (!body.ok) return body.response;
    const added = faults.add(Array.isArray(body.value) ? body.value : [body.value]);
    if (!added.ok)
      return sinchErrorResponse(
        SINCH_ERROR_CODES.parameterValidation,
        `Invalid fault rule: ${added.message}`,
      );
    return Response.json(faults.list(), { status: 201 });
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
        headers: { location: `${seamlessUri(record, settings.baseUrl)}/result` },
      });
    return Response.json(reportResponseOf(verifications.openSeamless(token) ?? record));
  }

  return async function handleEmulator(request: Request, segments: string[]): Promise<Response> {
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
      return moveClock(request);
    }
    if (area === 'events' && argument === undefined) {
      if (verb !== 'GET') return methodNotAllowed(verb, ['GET']);
      return deliveryEventStream(inbox, request.signal);
    }
    if (area === 'faults' && argument === undefined) {
      if (verb === 'GET') return Response.json(faults.list());
      if (verb === 'DELETE') {
        faults.clear();
        return new Response(null, { status: 204 });
      }
      if (verb !== 'POST') return methodNotAllowed(verb, ['GET', 'POST', 'DELETE']);
      return addFaults(request);
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
  };
}

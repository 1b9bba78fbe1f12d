import type { VerificationMethodWire } from '@verikit/core';
import { ALL_METHODS, emulatorMethodOf } from './methods/emulatorMethods';
import { isPlainObject, type Parsed, problem } from './requestProblem';

/** A report that passed Sinch's checks: what the person typed (a code, or the caller number of a flash call). */
export interface ReportInput {
  method: VerificationMethodWire;
  reported: string;
}

/** The methods that take a report, for messages: `sms, flashCall, callout, whatsapp`. */
const REPORTED_METHOD_NAMES = ALL_METHODS.filter((method) => !('none' in method.report)).map(
  (method) => method.name,
);

/** A detail object's key, matched case-insensitively as Sinch does (`flashCall` = `flashcall`). */
function detailOf(body: Record<string, unknown>, key: string): unknown {
  const found = Object.keys(body).find((candidate) => candidate.toLowerCase() === key);
  return found === undefined ? undefined : body[found];
}

export function parseReportRequest(body: unknown): Parsed<ReportInput> {
  if (!isPlainObject(body)) return problem(40003, 'Invalid request: the body must be a JSON object.');
  if (body.method === undefined) return problem(40002, 'Missing parameter: method.');
  const method = typeof body.method === 'string' ? emulatorMethodOf(body.method) : undefined;
  if (!method)
    return problem(
      40001,
      `Parameter method must be one of ${REPORTED_METHOD_NAMES.join(', ')}; got ${JSON.stringify(body.method)}.`,
    );
  const report = method.report;
  if ('none' in report) return problem(40003, `Invalid request: ${report.none}.`);

  const label = method.name;
  const details = detailOf(body, method.wire);
  if (details === undefined) return problem(40002, `Missing parameter: ${label}.`);
  if (!isPlainObject(details)) return problem(40001, `Parameter ${label} must be an object.`);
  const value = details[report.field];
  if (value === undefined) return problem(40002, `Missing parameter: ${label}.${report.field}.`);
  if (typeof value !== 'string' || value.trim() === '' || value.length > 64)
    return problem(40001, `Parameter ${label}.${report.field} must be a non-empty string.`);
  return { ok: true, value: { method: method.wire, reported: value } };
}

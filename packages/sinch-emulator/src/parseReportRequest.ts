import { methodToWire, type VerificationMethodWire } from '@verikit/core';
import { isPlainObject, type Parsed, problem } from './requestProblem';

/** A report that passed Sinch's checks: the code (sms, callout) or the caller number (flashcall). */
export type ReportInput = { method: 'sms' | 'callout'; code: string } | { method: 'flashcall'; cli: string };

/** A detail object's key, matched case-insensitively as Sinch does (`flashCall` = `flashcall`). */
function detailOf(body: Record<string, unknown>, key: string): unknown {
  const found = Object.keys(body).find((candidate) => candidate.toLowerCase() === key);
  return found === undefined ? undefined : body[found];
}

export function parseReportRequest(body: unknown): Parsed<ReportInput> {
  if (!isPlainObject(body)) return problem(40003, 'Invalid request: the body must be a JSON object.');
  if (body.method === undefined) return problem(40002, 'Missing parameter: method.');
  const method: VerificationMethodWire | undefined =
    typeof body.method === 'string' ? methodToWire(body.method) : undefined;
  if (!method)
    return problem(
      40001,
      `Parameter method must be one of sms, flashCall, callout; got ${JSON.stringify(body.method)}.`,
    );
  if (method === 'seamless')
    return problem(
      40003,
      'Invalid request: seamless verifications complete through targetUri and take no report.',
    );

  const key = method === 'flashcall' ? 'flashcall' : method;
  const field = method === 'flashcall' ? 'cli' : 'code';
  const details = detailOf(body, key);
  const label = method === 'flashcall' ? 'flashCall' : method;
  if (details === undefined) return problem(40002, `Missing parameter: ${label}.`);
  if (!isPlainObject(details)) return problem(40001, `Parameter ${label} must be an object.`);
  const value = details[field];
  if (value === undefined) return problem(40002, `Missing parameter: ${label}.${field}.`);
  if (typeof value !== 'string' || value.trim() === '' || value.length > 64)
    return problem(40001, `Parameter ${label}.${field} must be a non-empty string.`);
  return method === 'flashcall'
    ? { ok: true, value: { method, cli: value } }
    : { ok: true, value: { method, code: value } };
}

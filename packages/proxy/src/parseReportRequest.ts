import type { ReportVerificationRequest, VerificationMethod } from '@verikit/core';
import { PROXY_METHODS } from './methods/proxyMethods';
import { invalid, isPlainObject, type ParseResult } from './parseResult';
import { parseMethod } from './parseStartRequest';

export interface ReportInput {
  method: VerificationMethod;
  /** The body to send Sinch, in its wire spelling. */
  upstreamBody: ReportVerificationRequest;
}

/** Checks a report body: `{method:"sms",sms:{code}}`, `{method:"flashcall",flashCall:{cli}}`, `{method:"callout",callout:{code}}`. */
export function parseReportRequest(body: unknown): ParseResult<ReportInput> {
  if (!isPlainObject(body)) return invalid('The body must be a JSON object');
  const method = parseMethod(body.method);
  if (!method.ok) return method;

  // Sinch matches the detail key case-insensitively (`flashCall` / `flashcall`): so do we, but only one of them.
  const detailKeys = Object.keys(body).filter((key) => key !== 'method');
  const detailKey = detailKeys[0];
  if (detailKeys.length !== 1 || detailKey === undefined)
    return invalid('The body must hold `method` and exactly one detail object, e.g. `sms: { code }`');
  if (detailKey.toLowerCase() !== method.value.toLowerCase())
    return invalid(`\`${detailKey}\` does not match the method \`${method.value}\``);
  const detail = body[detailKey];
  if (!isPlainObject(detail)) return invalid(`\`${detailKey}\` must be an object`);

  const upstreamBody = PROXY_METHODS[method.value].parseReport(detail, detailKey);
  return upstreamBody.ok
    ? { ok: true, value: { method: method.value, upstreamBody: upstreamBody.value } }
    : upstreamBody;
}

import type { ReportVerificationRequest, VerificationMethod } from '@verikit/core';
import { invalid, isPlainObject, type ParseResult, unknownKey } from './parseResult';
import { parseMethod } from './parseStartRequest';

export interface ReportInput {
  method: VerificationMethod;
  /** The body to send Sinch, in its wire spelling. */
  upstreamBody: ReportVerificationRequest;
}

// Sinch codes are 4–8 characters (Numeric, Alpha or Alphanumeric); a little room either way, nothing exotic.
const CODE = /^[A-Za-z0-9]{1,16}$/;
const E164 = /^\+[1-9]\d{1,14}$/;

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

  switch (method.value) {
    case 'sms':
    case 'callout': {
      const extra = unknownKey(detail, ['code']);
      if (extra !== undefined) return invalid(`Unknown field \`${detailKey}.${extra}\``);
      if (typeof detail.code !== 'string' || !CODE.test(detail.code))
        return invalid('`code` must be 1–16 letters or digits');
      const upstreamBody: ReportVerificationRequest =
        method.value === 'sms'
          ? { method: 'sms', sms: { code: detail.code } }
          : { method: 'callout', callout: { code: detail.code } };
      return { ok: true, value: { method: method.value, upstreamBody } };
    }
    case 'flashCall': {
      const extra = unknownKey(detail, ['cli']);
      if (extra !== undefined) return invalid(`Unknown field \`${detailKey}.${extra}\``);
      // Only the shape: the caller number Sinch dialled from need not be a "possible" number by the metadata.
      if (typeof detail.cli !== 'string' || !E164.test(detail.cli))
        return invalid('`cli` must be the full caller number in E.164, e.g. +46000000000');
      return {
        ok: true,
        value: { method: 'flashCall', upstreamBody: { method: 'flashcall', flashCall: { cli: detail.cli } } },
      };
    }
    case 'seamless':
      return invalid('A seamless verification has no report: poll its status instead');
    default:
      return method.value satisfies never;
  }
}

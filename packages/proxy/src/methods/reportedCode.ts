import { invalid, type ParseResult, unknownKey } from '../parseResult';

// Sinch codes are 4–8 characters (Numeric, Alpha or Alphanumeric); a little room either way, nothing exotic.
const CODE = /^[A-Za-z0-9]{1,16}$/;

/** The `code` of a report detail (`sms: { code }`, `callout: { code }`), with nothing else beside it. */
export function reportedCode(detail: Record<string, unknown>, detailKey: string): ParseResult<string> {
  const extra = unknownKey(detail, ['code']);
  if (extra !== undefined) return invalid(`Unknown field \`${detailKey}.${extra}\``);
  if (typeof detail.code !== 'string' || !CODE.test(detail.code))
    return invalid('`code` must be 1–16 letters or digits');
  return { ok: true, value: detail.code };
}

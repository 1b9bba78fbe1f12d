import {
  MAX_BOT_CHECK_TOKEN_LENGTH,
  methodFromWire,
  methodToWire,
  VERIFICATION_METHODS,
  type VerificationMethod,
} from '@verikit/core';
import { parsePhoneNumber } from './parsePhoneNumber';
import { invalid, isPlainObject, type ParseResult, unknownKey } from './parseResult';

export interface StartInput {
  phoneNumber: string;
  /** ISO 3166 alpha-2, `undefined` for non-geographic numbers (+800, +882…). */
  country: string | undefined;
  method: VerificationMethod;
  /** Canonical BCP 47 tag. */
  locale: string | undefined;
  /** The bot-check widget's token, unchecked here: the bot-check guard verifies it. */
  botCheckToken: string | undefined;
}

/** Checks `POST {base}/verifications` strictly: only what the browser may choose, nothing else. */
export function parseStartRequest(body: unknown): ParseResult<StartInput> {
  if (!isPlainObject(body)) return invalid('The body must be a JSON object');
  const extra = unknownKey(body, ['identity', 'method', 'locale', 'botCheckToken']);
  if (extra !== undefined)
    return invalid(
      extra === 'reference' || extra === 'custom' || extra.endsWith('Options')
        ? `\`${extra}\` is set by the server, not the browser`
        : `Unknown field \`${extra}\``,
    );

  const { identity } = body;
  if (!isPlainObject(identity)) return invalid('`identity` must be an object');
  if (identity.type !== 'number') return invalid('`identity.type` must be "number"');
  const identityExtra = unknownKey(identity, ['type', 'endpoint']);
  if (identityExtra !== undefined) return invalid(`Unknown field \`identity.${identityExtra}\``);
  const phone = parsePhoneNumber(identity.endpoint);
  if (!phone.ok) return invalid(phone.message, 'invalid_phone_number');

  const method = parseMethod(body.method);
  if (!method.ok) return method;

  let locale: string | undefined;
  if (body.locale !== undefined) {
    const parsed = parseLocale(body.locale);
    if (!parsed.ok) return parsed;
    locale = parsed.value;
  }
  const { botCheckToken } = body;
  if (
    botCheckToken !== undefined &&
    (typeof botCheckToken !== 'string' ||
      botCheckToken.length === 0 ||
      botCheckToken.length > MAX_BOT_CHECK_TOKEN_LENGTH)
  )
    return invalid(`\`botCheckToken\` must be a string of 1 to ${MAX_BOT_CHECK_TOKEN_LENGTH} characters`);
  return {
    ok: true,
    value: {
      phoneNumber: phone.e164,
      country: phone.country,
      method: method.value,
      locale,
      botCheckToken,
    },
  };
}

export function parseMethod(value: unknown): ParseResult<VerificationMethod> {
  const wire = typeof value === 'string' && value.length <= 16 ? methodToWire(value) : undefined;
  if (wire === undefined) return invalid(`\`method\` must be one of ${VERIFICATION_METHODS.join(', ')}`);
  return { ok: true, value: methodFromWire(wire) };
}

function parseLocale(value: unknown): ParseResult<string> {
  if (typeof value !== 'string' || value.length === 0 || value.length > 35)
    return invalid('`locale` must be a BCP 47 language tag');
  try {
    // Also refuses anything that could smuggle a header (CR, LF, commas, semicolons).
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical) return { ok: true, value: canonical };
  } catch {}
  return invalid('`locale` must be a BCP 47 language tag');
}

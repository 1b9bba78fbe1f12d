import type { VerificationMethodWire } from '@verikit/core';
import { emulatorMethodOf } from '../methods/emulatorMethods';
import { checkEndpoint } from '../phoneNumber';
import type { RequestProblem } from '../requestProblem';

/** Where Sinch's Verification API lives, on any host. */
export const API_PREFIX = '/verification/v1/verifications';

export type ApiRoute =
  | { name: 'start' }
  | { name: 'reportById' | 'statusById' | 'reportByIdentity' | 'statusByReference'; value: string }
  | { name: 'statusByIdentity'; method: string; value: string };

/** The route for a path (segments after `/verification/v1/verifications`) and verb, or the verbs the path allows. */
export function matchApiRoute(
  segments: string[],
  verb: string,
): ApiRoute | { allowed: string[] } | undefined {
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

export function methodOfSegment(segment: string): VerificationMethodWire | undefined {
  const decoded = decodeSegment(segment);
  return decoded === undefined ? undefined : emulatorMethodOf(decoded)?.wire;
}

export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function endpointOf(segment: string): { ok: true; e164: string } | RequestProblem {
  const decoded = decodeSegment(segment);
  if (decoded === undefined) return { ok: false, errorCode: 40001, message: `Number ${segment} is invalid.` };
  // A `+` in a path is literal (SDKs send it unencoded); some HTTP stacks turn it into a space.
  const checked = checkEndpoint(decoded.replace(/^ /, '+'));
  return checked.ok ? checked : { ok: false, errorCode: checked.errorCode, message: checked.message };
}

import type { VerificationMethodWire } from '@verikit/core';
import type { MethodStartOptions } from './methods/emulatorMethod';
import { ALL_METHODS, emulatorMethodOf, METHOD_NAMES } from './methods/emulatorMethods';
import { checkEndpoint } from './phoneNumber';
import { isPlainObject, type Parsed, problem } from './requestProblem';

/** A start request that passed Sinch's checks. */
export interface StartInput {
  endpoint: string;
  method: VerificationMethodWire;
  reference?: string;
  custom?: string;
  /** The started method's options (`smsOptions`, `flashCallOptions`, …), checked. */
  options: MethodStartOptions;
}

/** Checks a start body the way Sinch does: 40002 for a missing field, 40001 for a bad value, 40005 for no `+`. */
export function parseStartRequest(body: unknown): Parsed<StartInput> {
  if (!isPlainObject(body)) return problem(40003, 'Invalid request: the body must be a JSON object.');
  const { identity, method, reference, custom } = body;

  if (identity === undefined) return problem(40002, 'Missing parameter: identity.');
  if (!isPlainObject(identity)) return problem(40001, 'Parameter identity must be an object.');
  if (identity.type === undefined) return problem(40002, 'Missing parameter: identity.type.');
  if (identity.type !== 'number') return problem(40001, 'Parameter identity.type must be "number".');
  if (identity.endpoint === undefined) return problem(40002, 'Missing parameter: identity.endpoint.');
  if (typeof identity.endpoint !== 'string')
    return problem(40001, 'Parameter identity.endpoint must be a string.');
  const endpoint = checkEndpoint(identity.endpoint);
  if (!endpoint.ok) return problem(endpoint.errorCode, endpoint.message);

  if (method === undefined) return problem(40002, 'Missing parameter: method.');
  const started = typeof method === 'string' ? emulatorMethodOf(method) : undefined;
  if (!started)
    return problem(
      40001,
      `Parameter method must be one of ${METHOD_NAMES.join(', ')}; got ${JSON.stringify(method)}.`,
    );

  const input: StartInput = {
    endpoint: endpoint.e164,
    method: started.wire,
    options: {},
  };

  if (reference !== undefined) {
    if (typeof reference !== 'string' || reference.length === 0 || reference.length > 128)
      return problem(40001, 'Parameter reference must be a string of 1 to 128 characters.');
    input.reference = reference;
  }
  if (custom !== undefined) {
    if (typeof custom !== 'string' || custom.length > 4096)
      return problem(40001, 'Parameter custom must be a string of at most 4096 characters.');
    input.custom = custom;
  }

  // Every method's options are checked, whichever method starts: a bad block is a bad request.
  for (const candidate of ALL_METHODS) {
    const spec = candidate.startOptions;
    if (spec === undefined || body[spec.key] === undefined) continue;
    const options = spec.parse(body[spec.key]);
    if (!options.ok) return options;
    if (candidate.wire === input.method) input.options = options.value;
  }
  return { ok: true, value: input };
}

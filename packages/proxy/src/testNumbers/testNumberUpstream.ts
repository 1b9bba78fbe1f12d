import {
  methodFromWire,
  methodToWire,
  type ReportVerificationRequest,
  type VerificationMethod,
} from '@verikit/core';
import type { SinchCall, UpstreamResult } from '../createSinchUpstream';
import { PROXY_METHODS } from '../methods/proxyMethods';
import type { RateLimitStore } from '../rateLimitStore';
import {
  isTestVerificationId,
  type ResolvedTestNumber,
  TEST_VERIFICATION_ID_PREFIX,
  TEST_VERIFICATION_SECONDS,
} from './testNumber';

export interface TestNumberUpstreamOptions {
  testNumbers: ReadonlyMap<string, ResolvedTestNumber>;
  /** Where the test verifications live, so every instance sharing it answers for them. */
  store: RateLimitStore;
  /** How long one is remembered (the started-verifications record's lifetime). */
  ttlMs: number;
  now: () => number;
}

const PATH = '/verification/v1/verifications';

/**
 * Sinch as a test number sees it: a start, a report or a status read of a test number (or of a test verification's
 * id) is answered here, in Sinch's shapes, and never sent; everything else goes to `sinch`. The rest of the proxy
 * (guards, attempt caps, the record, the proof) cannot tell the two apart, so a test number goes through all of it.
 */
export function withTestNumbers(sinch: SinchCall, options: TestNumberUpstreamOptions): SinchCall {
  const { testNumbers, store, ttlMs, now } = options;
  if (testNumbers.size === 0) return sinch;
  const key = (id: string) => `test-verification:${id}`;
  const newestKey = (phoneNumber: string, method: VerificationMethod) =>
    `test-newest:${method}:${phoneNumber}`;

  async function start(testNumber: ResolvedTestNumber, method: VerificationMethod): Promise<UpstreamResult> {
    const answer = PROXY_METHODS[method].testAnswer;
    // The test-number guard refused these before: never let one through to Sinch all the same.
    if (!answer || !testNumber.methods.has(method))
      return refused(`${method} is not offered for this test number`);
    const random = crypto.getRandomValues(new Uint8Array(12));
    const id =
      TEST_VERIFICATION_ID_PREFIX + Array.from(random, (byte) => byte.toString(16).padStart(2, '0')).join('');
    const expiresAt = now() + TEST_VERIFICATION_SECONDS * 1000;
    await store.set(key(id), `${method} PENDING ${expiresAt} ${testNumber.phoneNumber}`, ttlMs);
    await store.set(newestKey(testNumber.phoneNumber, method), id, ttlMs);
    return answered(answer.start(id, testNumber));
  }

  async function read(id: string) {
    const [method, status, expiresAt, phoneNumber] = (await store.get(key(id)))?.split(' ') ?? [];
    const testNumber = phoneNumber === undefined ? undefined : testNumbers.get(phoneNumber);
    if (!testNumber || !(method && method in PROXY_METHODS)) return undefined;
    const expired = status === 'PENDING' && now() >= Number(expiresAt);
    return {
      method: method as VerificationMethod,
      status: expired ? 'FAIL' : (status as 'PENDING' | 'SUCCESSFUL'),
      reason: expired ? 'Expired' : undefined,
      testNumber,
      expiresAt: Number(expiresAt),
    };
  }

  async function report(id: string | undefined, body: ReportVerificationRequest): Promise<UpstreamResult> {
    const verification = id === undefined ? undefined : await read(id);
    if (!verification || id === undefined) return notFound();
    const { method, testNumber } = verification;
    const wire = { id, method: methodToWire(method) };
    if (methodOf(body.method) !== method) return notFound();
    if (verification.status !== 'PENDING')
      return answered({ ...wire, status: verification.status, ...reasonOf(verification.reason) });
    if (!PROXY_METHODS[method].testAnswer?.isRight(body, testNumber))
      return answered({ ...wire, status: 'FAIL', reason: 'Invalid code' });
    await store.set(
      key(id),
      `${method} SUCCESSFUL ${verification.expiresAt} ${testNumber.phoneNumber}`,
      ttlMs,
    );
    return answered({ ...wire, status: 'SUCCESSFUL' });
  }

  return async (method, path, body, acceptLanguage) => {
    if (method === 'POST' && path === PATH) {
      const start_ = body as { identity?: { endpoint?: string }; method?: string };
      const testNumber = testNumbers.get(start_.identity?.endpoint ?? '');
      const startedBy = methodOf(start_.method);
      if (testNumber && startedBy) return start(testNumber, startedBy);
    } else if (path.startsWith(`${PATH}/id/`)) {
      const id = path.slice(PATH.length + 4);
      if (isTestVerificationId(id)) {
        if (method === 'PUT') return report(id, body as ReportVerificationRequest);
        const verification = await read(id);
        if (!verification) return notFound();
        return answered({
          id,
          method: methodToWire(verification.method),
          status: verification.status,
          ...reasonOf(verification.reason),
          identity: { type: 'number', endpoint: verification.testNumber.phoneNumber },
        });
      }
    } else if (method === 'PUT' && path.startsWith(`${PATH}/number/`)) {
      const phoneNumber = path.slice(PATH.length + 8);
      const reported = body as ReportVerificationRequest;
      const reportedBy = methodOf(reported.method);
      if (testNumbers.has(phoneNumber))
        return report(reportedBy && (await store.get(newestKey(phoneNumber, reportedBy))), reported);
    }
    return sinch(method, path, body, acceptLanguage);
  };
}

/** The method of a wire spelling (`flashcall`), or `undefined`. */
function methodOf(wire: unknown): VerificationMethod | undefined {
  const known = typeof wire === 'string' ? methodToWire(wire) : undefined;
  return known === undefined ? undefined : methodFromWire(known);
}
const reasonOf = (reason: string | undefined) => (reason === undefined ? {} : { reason });

function answered(body: Record<string, unknown>): UpstreamResult {
  return { ok: true, status: 200, body, headers: new Headers() };
}

function notFound(): UpstreamResult {
  return {
    ok: false,
    failure: {
      code: 'verification_not_found',
      message: 'No such verification',
      logMessage: 'No such test verification',
    },
  };
}

function refused(logMessage: string): UpstreamResult {
  return {
    ok: false,
    // A 4xx as Sinch's own refusal would be: nothing was sent, so the resend cooldown is released.
    failure: {
      code: 'method_not_allowed',
      message: 'This method is not offered here',
      upstreamStatus: 403,
      logMessage,
    },
  };
}

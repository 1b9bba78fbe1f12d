import type { BotCheckProvider } from '@verikit/core';

/** What a verifier may know about the start whose token it checks. */
export interface BotCheckVerifyContext {
  /** The client's address (siteverify's `remoteip`), `undefined` when no adapter or trusted header told it. */
  clientIp: string | undefined;
  /** The browser's request (its body already consumed): read a session or a header from it. */
  request: Request;
  /** Aborts when the proxy stops waiting (`botCheck.verifyTimeoutMs`): pass it to your own `fetch`. */
  signal: AbortSignal;
}

/** A verifier's answer: the token is good, or it is refused (`reason` goes to the log only). */
export type BotCheckVerdict = { success: true } | { success: false; reason?: string };

/**
 * The app's own check of a token: `true` (or `{ success: true }`) lets the start through. Throw (or reject) when the
 * service behind it cannot answer: the start then fails closed with `service_unavailable`, never `bot_check_failed`.
 */
export type BotCheckFunction = (
  token: string,
  context: BotCheckVerifyContext,
) =>
  | Promise<boolean | { success: boolean; reason?: string }>
  | boolean
  | { success: boolean; reason?: string };

/** A ready verifier (`turnstileVerifier`, `hcaptchaVerifier`) or one of your own with a widget of its own. */
export interface BotCheckVerifier {
  /** Which widget the browser renders (told to it in the error body). */
  readonly provider: BotCheckProvider;
  /** The widget's public site key, told to the browser with the challenge. Never the secret. */
  readonly siteKey?: string;
  /**
   * Checks one token. Resolves a verdict for a token the service judged; rejects with `BotCheckUnavailableError` (or
   * any error) when the service could not judge (unreachable, timed out, misconfigured).
   */
  verify(token: string, context: BotCheckVerifyContext): Promise<BotCheckVerdict>;
}

/** The verifier could not judge the token (unreachable, timed out, a bad answer, a wrong secret): not the client's fault. */
export class BotCheckUnavailableError extends Error {
  override name = 'BotCheckUnavailableError';
}

/** The option's verifier as one shape: a function becomes a `custom` verifier with no site key. */
export function toBotCheckVerifier(verifier: BotCheckVerifier | BotCheckFunction): BotCheckVerifier {
  if (typeof verifier !== 'function') return verifier;
  return {
    provider: 'custom',
    async verify(token, context) {
      const answer = await verifier(token, context);
      if (typeof answer === 'boolean') return answer ? { success: true } : { success: false };
      if (typeof answer !== 'object' || answer === null || typeof answer.success !== 'boolean')
        throw new BotCheckUnavailableError(
          'The custom bot-check function must resolve a boolean or { success: boolean }',
        );
      return answer.success
        ? { success: true }
        : {
            success: false,
            ...(typeof answer.reason === 'string' && { reason: answer.reason.slice(0, 200) }),
          };
    },
  };
}

/**
 * Asks the verifier, waiting at most `timeoutMs` (any verifier: a custom function that never settles too); past it,
 * the context's signal aborts and a `BotCheckUnavailableError` is thrown.
 */
export async function verifyWithin(
  verifier: BotCheckVerifier,
  token: string,
  context: Omit<BotCheckVerifyContext, 'signal'>,
  timeoutMs: number,
): Promise<BotCheckVerdict> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new DOMException('The bot check timed out', 'TimeoutError'));
      reject(
        new BotCheckUnavailableError(
          `The ${verifier.provider} verifier did not answer within ${timeoutMs} ms`,
        ),
      );
    }, timeoutMs);
  });
  try {
    return await Promise.race([verifier.verify(token, { ...context, signal: controller.signal }), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A user hook (onStart, …) threw. Its message names the hook and the error's type only: the hook's own text may
 * hold anything (a number, a token, a connection string) and never goes into a log line. The original is `cause`.
 */
export class HookError extends Error {
  override name = 'HookError';

  constructor(hook: string, cause: unknown) {
    super(`${hook} threw ${cause instanceof Error ? cause.name : typeof cause}`, { cause });
  }
}

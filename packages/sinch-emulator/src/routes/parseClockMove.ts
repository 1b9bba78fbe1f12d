import { isPlainObject, type Parsed, problem } from '../requestProblem';

/** A move of the manual clock over HTTP: forward by `advanceMs`, or to the instant `set` (ISO-8601). */
export type ClockMove = { advanceMs: number } | { setMs: number };

export function parseClockMove(body: unknown): Parsed<ClockMove> {
  if (!isPlainObject(body)) return problem(40003, 'Invalid request: the body must be a JSON object.');
  const { advanceMs, set } = body;
  if ((advanceMs === undefined) === (set === undefined))
    return problem(40002, 'Missing parameter: exactly one of advanceMs or set.');
  if (advanceMs !== undefined) {
    if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0)
      return problem(40001, 'Parameter advanceMs must be a number of milliseconds, 0 or more.');
    return { ok: true, value: { advanceMs } };
  }
  const setMs = typeof set === 'string' ? Date.parse(set) : Number.NaN;
  if (Number.isNaN(setMs)) return problem(40001, 'Parameter set must be an ISO-8601 instant.');
  return { ok: true, value: { setMs } };
}

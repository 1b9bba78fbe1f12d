/** A clock that moves only when told to: expiry and timestamps become deterministic in tests. */
export interface ManualClock {
  /** Milliseconds since the epoch. Safe to pass unbound, e.g. `createSinchEmulator({ now: clock.now })`. */
  now(): number;
  /** Moves the clock forward by `ms` milliseconds (negative values move it back). */
  advance(ms: number): void;
  /** Sets the clock to `ms` milliseconds since the epoch. */
  set(ms: number): void;
}

export function createManualClock(startMs: number = Date.now()): ManualClock {
  assertFinite(startMs);
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => {
      assertFinite(ms);
      current += ms;
    },
    set: (ms) => {
      assertFinite(ms);
      current = ms;
    },
  };
}

function assertFinite(ms: number): void {
  if (!Number.isFinite(ms))
    throw new TypeError(`A manual clock needs a finite number of milliseconds, got ${ms}`);
}

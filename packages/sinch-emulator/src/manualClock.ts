/**
 * A clock that moves only when told to: expiry and timestamps become deterministic in tests. Its timers run when
 * the clock passes their time, in order, so the same clock can drive `@verikit/core`'s flow (a `FlowClock`).
 */
export interface ManualClock {
  /** Milliseconds since the epoch. Safe to pass unbound, e.g. `createSinchEmulator({ now: clock.now })`. */
  now(): number;
  /** Moves the clock forward by `ms` milliseconds (negative values move it back), running timers that fall due. */
  advance(ms: number): void;
  /** Sets the clock to `ms` milliseconds since the epoch, running timers that fall due. */
  set(ms: number): void;
  /** Calls `callback` once the clock reaches now + `ms`. */
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export function createManualClock(startMs: number = Date.now()): ManualClock {
  assertFinite(startMs);
  let current = startMs;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let nextId = 1;
  const moveTo = (end: number) => {
    for (;;) {
      const due = [...timers.entries()]
        .filter(([, timer]) => timer.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      current = Math.max(current, due[1].at);
      due[1].callback();
    }
    current = end;
  };
  return {
    now: () => current,
    advance: (ms) => {
      assertFinite(ms);
      moveTo(current + ms);
    },
    set: (ms) => {
      assertFinite(ms);
      moveTo(ms);
    },
    setTimeout: (callback, ms) => {
      const id = nextId++;
      timers.set(id, { at: current + ms, callback });
      return id;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as number);
    },
  };
}

function assertFinite(ms: number): void {
  if (!Number.isFinite(ms))
    throw new TypeError(`A manual clock needs a finite number of milliseconds, got ${ms}`);
}

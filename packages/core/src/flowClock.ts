/** Time as the flow sees it: inject one in tests to move time by hand. */
export interface FlowClock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: FlowClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Whole seconds left until `deadline` (epoch ms), rounded up, never negative; `0` without a (readable) deadline. */
export function secondsUntil(deadline: number | undefined, now: number): number {
  const seconds = deadline === undefined ? 0 : Math.ceil((deadline - now) / 1000);
  // NaN (a deadline that is not a number) would show as "NaN s" in a countdown.
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

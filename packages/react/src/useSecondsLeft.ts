import { type FlowClock, secondsUntil, systemClock } from '@verikit/core';
import { useEffect, useState } from 'react';

/**
 * Whole seconds until `deadline` (epoch ms), live: the component re-renders when the number changes — at most once
 * a second, timed to the deadline rather than to a free-running interval, so it never skips or repeats a second.
 */
export function useSecondsLeft(deadline: number | undefined, clock: FlowClock = systemClock): number {
  const [, setTick] = useState(0);
  const seconds = secondsUntil(deadline, clock.now());
  useEffect(() => {
    if (deadline === undefined || seconds === 0) return;
    // The next change is when the remaining time drops below (seconds - 1) whole seconds.
    const delay = deadline - clock.now() - (seconds - 1) * 1000;
    const handle = clock.setTimeout(() => setTick((tick) => tick + 1), Math.max(0, delay));
    return () => clock.clearTimeout(handle);
  }, [deadline, seconds, clock]);
  return seconds;
}

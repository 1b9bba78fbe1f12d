import type { ManualClock } from './manualClock';
import type { EmulatorClock } from './sinchEmulatorOptions';

/** Whether an instant (ms) is one a `Date` can hold: every timestamp the emulator writes must format. */
export function isRepresentableTime(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

function representableTime(ms: number): number {
  if (isRepresentableTime(ms)) return ms;
  throw new RangeError(`The emulator's clock can only show dates a Date can hold (±8.64e15 ms), got ${ms}`);
}

/** The emulator's time: `now`, movable through the manual clock when there is one (`emulator.clock`, `/emulator/clock`). */
export function createEmulatorClock(now: () => number, manualClock: ManualClock | undefined): EmulatorClock {
  const realTime = () =>
    new TypeError(
      'This emulator runs on real time: give it a manualClock (createManualClock()) to move its clock.',
    );
  return {
    now: () => now(),
    isManual: manualClock !== undefined,
    advance: (ms) => {
      if (!manualClock) throw realTime();
      manualClock.set(representableTime(manualClock.now() + ms));
    },
    set: (ms) => {
      if (!manualClock) throw realTime();
      manualClock.set(representableTime(ms));
    },
  };
}

import { describe, expect, it } from 'vitest';
import { createManualClock } from './manualClock';

describe('createManualClock', () => {
  it('moves only when told, and works unbound', () => {
    const clock = createManualClock(Date.parse('2026-01-01T00:00:00Z'));
    const { now } = clock;
    expect(new Date(now()).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    clock.advance(1500);
    expect(now()).toBe(Date.parse('2026-01-01T00:00:01.500Z'));
    clock.set(0);
    expect(now()).toBe(0);
  });

  it('runs timers in order as the clock passes them, each at its own time, and not once cleared', () => {
    const clock = createManualClock(0);
    const seen: string[] = [];
    clock.setTimeout(() => seen.push(`b@${clock.now()}`), 2000);
    clock.setTimeout(() => seen.push(`a@${clock.now()}`), 1000);
    const cancelled = clock.setTimeout(() => seen.push('never'), 1500);
    clock.clearTimeout(cancelled);
    clock.advance(999);
    expect(seen).toEqual([]);
    clock.advance(5000);
    expect(seen).toEqual(['a@1000', 'b@2000']);
    expect(clock.now()).toBe(5999);
  });

  it('refuses a time that is not a finite number', () => {
    const clock = createManualClock(0);
    expect(() => clock.advance(Number.NaN)).toThrow(TypeError);
    expect(() => createManualClock(Number.POSITIVE_INFINITY)).toThrow(TypeError);
  });
});

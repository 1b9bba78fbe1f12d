import { describe, expect, it } from 'vitest';
import { secondsUntil } from './flowClock';

describe('secondsUntil', () => {
  it('counts whole seconds up, so a countdown shows 1 until the very end', () => {
    expect(secondsUntil(10_000, 0)).toBe(10);
    expect(secondsUntil(10_000, 1)).toBe(10);
    expect(secondsUntil(10_000, 9_001)).toBe(1);
    expect(secondsUntil(10_000, 10_000)).toBe(0);
  });

  it('never goes below zero, and is zero without a deadline or with one that is not a number', () => {
    expect(secondsUntil(10_000, 20_000)).toBe(0);
    expect(secondsUntil(undefined, 0)).toBe(0);
    expect(secondsUntil(Number.NaN, 0)).toBe(0);
    expect(secondsUntil('soon' as never, 0)).toBe(0);
    expect(secondsUntil(Number.POSITIVE_INFINITY, 0)).toBe(0);
  });
});

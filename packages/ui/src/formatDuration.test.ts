import { describe, expect, it } from 'vitest';
import { formatDuration } from './formatDuration';

describe('formatDuration', () => {
  it('shows minutes and two-digit seconds', () => {
    expect(formatDuration(42)).toBe('0:42');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(600)).toBe('10:00');
  });

  it('rounds partial seconds up so a countdown never shows 0:00 while time is left', () => {
    expect(formatDuration(0.2)).toBe('0:01');
  });

  it('never goes below zero and survives non-numbers', () => {
    expect(formatDuration(-5)).toBe('0:00');
    expect(formatDuration(Number.NaN)).toBe('0:00');
  });

  it('uses the locale digits', () => {
    expect(formatDuration(42, 'ar-EG')).toBe('٠:٤٢');
  });
});

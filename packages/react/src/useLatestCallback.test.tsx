import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLatestCallback } from './useLatestCallback';

describe('useLatestCallback', () => {
  it('keeps one identity across renders and calls the newest callback', () => {
    const { result, rerender } = renderHook(({ word }) => useLatestCallback(() => word), {
      initialProps: { word: 'first' },
    });
    const stable = result.current;
    rerender({ word: 'second' });
    expect(result.current).toBe(stable);
    expect(result.current()).toBe('second');
  });
});

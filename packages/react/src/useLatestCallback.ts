import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A stable function that always calls the latest `callback`: handlers passed as props can change every render
 * without re-subscribing effects (what React's `useEffectEvent` does, for React 18 too).
 */
export function useLatestCallback<Args extends unknown[], Result>(
  callback: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(callback);
  useInsertionEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}

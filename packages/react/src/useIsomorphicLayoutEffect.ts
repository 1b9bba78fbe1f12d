import { type EffectCallback, useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` on the server, where neither runs: React 18's server renderer warns
 * about every `useLayoutEffect` it meets, and an app rendering a verikit field on the server would log it each time.
 * Decided per render, not once at import, so a bundle shared by server and browser code picks right in each.
 */
export const useIsomorphicLayoutEffect = (effect: EffectCallback): void =>
  (typeof document === 'undefined' ? useEffect : useLayoutEffect)(effect);

import { timeoutManager } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BASE_URL, createTestStack } from './testing/createTestStack';
import { wrapperFor } from './testing/wrapperFor';
import { useStartVerification } from './useStartVerification';
import { useVerificationStatus } from './useVerificationStatus';

const NUMBER = '+46701234567';

// react-query's polling is an interval timer: watching its intervals shows whether a query still polls, with no
// waiting for one to fire (set before any QueryClient exists, as react-query asks).
const pollingIntervals = new Set<ReturnType<typeof setInterval>>();
timeoutManager.setTimeoutProvider({
  setTimeout: (callback, delay) => setTimeout(callback, delay),
  clearTimeout: (id) => clearTimeout(id),
  setInterval: (callback, delay) => {
    const id = setInterval(callback, delay);
    pollingIntervals.add(id);
    return id;
  },
  clearInterval: (id) => {
    pollingIntervals.delete(id as ReturnType<typeof setInterval>);
    clearInterval(id);
  },
});

async function startIn(stack: ReturnType<typeof createTestStack>, phoneNumber = NUMBER) {
  const { result } = renderHook(() => useStartVerification(), { wrapper: wrapperFor(stack.fetch) });
  let id = '';
  await act(async () => {
    id = (await result.current.mutateAsync({ phoneNumber })).id;
  });
  return id;
}

describe('useVerificationStatus', () => {
  it('takes null options as none: reads once', async () => {
    const stack = createTestStack();
    const id = await startIn(stack);
    const { result } = renderHook(() => useVerificationStatus(id, null as never), {
      wrapper: wrapperFor(stack.fetch),
    });
    await waitFor(() => expect(result.current.data?.status).toBe('PENDING'));
  });

  it('reads nothing without an id', () => {
    const stack = createTestStack();
    const { result } = renderHook(() => useVerificationStatus(undefined, { poll: 10 }), {
      wrapper: wrapperFor(stack.fetch),
    });
    expect(result.current.fetchStatus).toBe('idle');
    expect(stack.requests).toHaveLength(0);
  });

  it('polls a pending verification and stops at its final status', async () => {
    const stack = createTestStack();
    const id = await startIn(stack);
    const { result } = renderHook(() => useVerificationStatus(id, { poll: 10 }), {
      wrapper: wrapperFor(stack.fetch),
    });
    await waitFor(() => expect(result.current.data?.status).toBe('PENDING'));
    await waitFor(() => expect(stack.count('GET')).toBeGreaterThanOrEqual(2));
    expect(pollingIntervals.size).toBe(1);
    const code = stack.emulator.inbox.latest(NUMBER)?.code as string;
    await stack.fetch(`${BASE_URL}/verifications/id/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'sms', sms: { code } }),
    });
    await waitFor(() => expect(result.current.data?.status).toBe('SUCCESSFUL'));
    expect(pollingIntervals.size).toBe(0);
  });

  it('retries a read that failed for a passing reason', async () => {
    const stack = createTestStack({
      faults: [{ match: NUMBER, on: ['status'], fault: 'httpError', status: 503, times: 1 }],
    });
    const id = await startIn(stack);
    const { result } = renderHook(() => useVerificationStatus(id, { retryDelay: 0 }), {
      wrapper: wrapperFor(stack.fetch),
    });
    await waitFor(() => expect(result.current.data?.status).toBe('PENDING'));
    expect(stack.count('GET')).toBe(2);
    expect(stack.countAtSinch('status')).toBe(2);
  });

  it('gives up after three retries of a lasting outage, with a typed error for the person', async () => {
    const stack = createTestStack({
      faults: [{ match: NUMBER, on: ['status'], fault: 'httpError', status: 503 }],
    });
    const id = await startIn(stack);
    const { result } = renderHook(() => useVerificationStatus(id, { retryDelay: 0 }), {
      wrapper: wrapperFor(stack.fetch),
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.code).toBe('upstream_unavailable');
    expect(result.current.error?.message).toBe(
      'The verification service is not available right now. Please try again in a moment.',
    );
    expect(stack.countAtSinch('status')).toBe(4);
  });

  it('aborts a read in flight when the component unmounts', async () => {
    const stack = createTestStack();
    const id = await startIn(stack);
    stack.hold();
    const { unmount } = renderHook(() => useVerificationStatus(id), { wrapper: wrapperFor(stack.fetch) });
    await waitFor(() => expect(stack.count('GET')).toBe(1));
    unmount();
    await waitFor(() => expect(stack.requests.at(-1)?.signal.aborted).toBe(true));
    stack.release();
  });

  it('does not retry a read that cannot succeed', async () => {
    const stack = createTestStack();
    const { result } = renderHook(() => useVerificationStatus('no-such-verification', { retryDelay: 0 }), {
      wrapper: wrapperFor(stack.fetch),
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.code).toBe('verification_not_found');
    expect(result.current.error?.message).toBe('This verification has ended. Request a new code.');
    expect(stack.count('GET')).toBe(1);
    expect(stack.countAtSinch('status')).toBe(1);
  });
});

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { MAGIC_NUMBERS } from '@verikit/sinch-emulator';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BASE_URL, createTestStack } from './testing/createTestStack';
import { useStartVerification } from './useStartVerification';
import { VerificationProvider } from './VerificationProvider';

const NUMBER = '+46701234567';

function wrapperFor(fetch: ReturnType<typeof createTestStack>['fetch']) {
  return ({ children }: { children: ReactNode }) => (
    <VerificationProvider baseUrl={BASE_URL} fetch={fetch}>
      {children}
    </VerificationProvider>
  );
}

describe('useStartVerification', () => {
  it('starts a verification and gives its typed answer', async () => {
    const stack = createTestStack();
    const { result } = renderHook(() => useStartVerification(), { wrapper: wrapperFor(stack.fetch) });
    act(() => result.current.mutate({ phoneNumber: NUMBER }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ method: 'sms', sms: { interceptionTimeout: 600 } });
    expect(result.current.data?.id).toBe(stack.emulator.inbox.latest(NUMBER)?.verificationId);
  });

  it('sends one start for a double click, and both calls get the same answer', async () => {
    const stack = createTestStack();
    const { result } = renderHook(() => useStartVerification(), { wrapper: wrapperFor(stack.fetch) });
    let answers: unknown[] = [];
    await act(async () => {
      answers = await Promise.all([
        result.current.mutateAsync({ phoneNumber: NUMBER, method: 'callout' }),
        result.current.mutateAsync({ phoneNumber: NUMBER, method: 'callout' }),
      ]);
    });
    expect(stack.count('POST')).toBe(1);
    expect(answers[0]).toBe(answers[1]);
  });

  it('never retries a failed start, and types the error with a message for the person', async () => {
    const stack = createTestStack();
    const { result } = renderHook(() => useStartVerification(), { wrapper: wrapperFor(stack.fetch) });
    act(() => result.current.mutate({ phoneNumber: MAGIC_NUMBERS.unavailable }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.code).toBe('upstream_unavailable');
    expect(result.current.error?.message).toBe(
      'The verification service is not available right now. Please try again in a moment.',
    );
    expect(stack.count('POST')).toBe(1);
  });

  it('answers a malformed number with a typed error and sends nothing', async () => {
    const stack = createTestStack();
    const { result } = renderHook(() => useStartVerification(), { wrapper: wrapperFor(stack.fetch) });
    act(() => result.current.mutate({ phoneNumber: '0701234567' }));
    await waitFor(() => expect(result.current.error?.code).toBe('invalid_phone_number'));
    expect(stack.requests).toHaveLength(0);
  });

  it('runs in the app’s own QueryClient when there is one', async () => {
    const stack = createTestStack();
    const queryClient = new QueryClient();
    const { result } = renderHook(() => useStartVerification({ mutationKey: ['signup-start'] }), {
      wrapper: ({ children }) => (
        <QueryClientProvider client={queryClient}>
          <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
            {children}
          </VerificationProvider>
        </QueryClientProvider>
      ),
    });
    act(() => result.current.mutate({ phoneNumber: NUMBER }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(queryClient.getMutationCache().find({ mutationKey: ['signup-start'] })?.state.status).toBe(
      'success',
    );
  });

  it('aborts a start in flight when the component unmounts, and calls nobody back', async () => {
    const stack = createTestStack();
    const onError = vi.fn();
    const onSettled = vi.fn();
    stack.hold();
    const { result, unmount } = renderHook(() => useStartVerification({ onError, onSettled }), {
      wrapper: wrapperFor(stack.fetch),
    });
    let settled: Promise<unknown> = Promise.resolve();
    act(() => {
      settled = result.current.mutateAsync({ phoneNumber: NUMBER }).catch((error: unknown) => error);
    });
    await waitFor(() => expect(stack.requests).toHaveLength(1));
    unmount();
    await expect(settled).resolves.toMatchObject({ code: 'aborted' });
    expect(stack.requests[0]?.signal.aborted).toBe(true);
    expect(onError).not.toHaveBeenCalled();
    expect(onSettled).not.toHaveBeenCalled();
    stack.release();
  });

  it('tells a developer who forgot the provider what to do', () => {
    expect(() => renderHook(() => useStartVerification())).toThrow(/VerificationProvider/);
  });
});

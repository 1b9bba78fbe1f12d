import { QueryClient } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { VerificationError } from '@verikit/core';
import { MAGIC_NUMBERS } from '@verikit/sinch-emulator';
import { StrictMode, useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BASE_URL, createTestStack } from './testing/createTestStack';
import { wrapperFor } from './testing/wrapperFor';
import { useStartVerification } from './useStartVerification';
import { VerificationProvider } from './VerificationProvider';

const NUMBER = '+46701234567';

function StartOnMount() {
  const start = useStartVerification();
  const { mutate } = start;
  useEffect(() => mutate({ phoneNumber: NUMBER }), [mutate]);
  return <p>Start: {start.status}</p>;
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
    expect(stack.countAtSinch('start')).toBe(1);
  });

  it('sends one start to Sinch after a passing failure, even when the app’s QueryClient retries mutations', async () => {
    const stack = createTestStack({
      faults: [{ match: NUMBER, on: ['start'], fault: 'httpError', status: 503, times: 1 }],
    });
    // An app that made every mutation retry: a retried start would be a second SMS.
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: 3, retryDelay: 0 } } });
    const { result } = renderHook(() => useStartVerification(), {
      wrapper: wrapperFor(stack.fetch, queryClient),
    });
    act(() => result.current.mutate({ phoneNumber: NUMBER }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.code).toBe('upstream_unavailable');
    expect(result.current.failureCount).toBe(1);
    expect(stack.countAtSinch('start')).toBe(1);
    expect(stack.emulator.inbox.all()).toHaveLength(0);
  });

  it('sends one start when StrictMode runs the effect that starts twice', async () => {
    const stack = createTestStack();
    render(
      <StrictMode>
        <VerificationProvider baseUrl={BASE_URL} fetch={stack.fetch}>
          <StartOnMount />
        </VerificationProvider>
      </StrictMode>,
    );
    expect(await screen.findByText('Start: success')).toBeInTheDocument();
    expect(stack.countAtSinch('start')).toBe(1);
    expect(stack.emulator.inbox.for(NUMBER)).toHaveLength(1);
  });

  it('answers bad variables with a typed error and sends nothing', async () => {
    const stack = createTestStack();
    const { result } = renderHook(() => useStartVerification(), { wrapper: wrapperFor(stack.fetch) });
    const cases: Array<[unknown, string]> = [
      [{ phoneNumber: NUMBER, method: 'fax' }, 'method_not_allowed'],
      [{ phoneNumber: 46701234567 }, 'invalid_phone_number'],
      [undefined, 'invalid_phone_number'],
      [{ phoneNumber: NUMBER, locale: 7 }, 'invalid_request'],
      // Not even JSON: the in-flight sharing cannot key it, and still nothing throws.
      [{ phoneNumber: NUMBER, locale: BigInt(7) }, 'invalid_request'],
    ];
    for (const [variables, code] of cases) {
      let error: unknown;
      await act(async () => {
        error = await result.current.mutateAsync(variables as never).catch((reason: unknown) => reason);
      });
      expect(error, String(code)).toBeInstanceOf(VerificationError);
      expect((error as VerificationError).code).toBe(code);
      await waitFor(() => expect(result.current.error).toBe(error));
    }
    expect(stack.requests).toHaveLength(0);
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
      wrapper: wrapperFor(stack.fetch, queryClient),
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

  it('takes null options as none', async () => {
    const stack = createTestStack();
    const { result } = renderHook(() => useStartVerification(null as never), {
      wrapper: wrapperFor(stack.fetch),
    });
    act(() => result.current.mutate({ phoneNumber: NUMBER }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
  });

  it('tells a developer who forgot the provider what to do', () => {
    expect(() => renderHook(() => useStartVerification())).toThrow(/VerificationProvider/);
  });

  it('passes the bot-check token through: asked for one, the start with it reaches Sinch', async () => {
    const checked: string[] = [];
    const stack = createTestStack({
      proxyOptions: {
        botCheck: { when: 'always', verifier: (token) => checked.push(token) > 0 && token === 'human-1' },
      },
    });
    const { result } = renderHook(() => useStartVerification(), { wrapper: wrapperFor(stack.fetch) });
    act(() => result.current.mutate({ phoneNumber: NUMBER }));
    await waitFor(() => expect(result.current.error?.code).toBe('bot_check_required'));
    expect(result.current.error?.botCheck).toEqual({ provider: 'custom' });
    act(() => result.current.mutate({ phoneNumber: NUMBER, botCheckToken: 'robot' }));
    await waitFor(() => expect(result.current.error?.code).toBe('bot_check_failed'));
    act(() => result.current.mutate({ phoneNumber: NUMBER, botCheckToken: 'human-1' }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(checked).toEqual(['robot', 'human-1']);
    expect(stack.countAtSinch('start')).toBe(1);
  });
});

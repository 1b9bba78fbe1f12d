import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWebOtp } from './useWebOtp';

// The browser's WebOTP API is the one thing stubbed here: jsdom has none.
function installWebOtp() {
  const requests: Array<{ signal: AbortSignal; resolve: (credential: { code: string } | null) => void }> = [];
  const get = vi.fn(
    ({ signal }: { signal: AbortSignal }) =>
      new Promise<{ code: string } | null>((resolve, reject) => {
        requests.push({ signal, resolve });
        signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      }),
  );
  vi.stubGlobal('OTPCredential', class {});
  Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });
  return { get, requests };
}

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'credentials');
});

describe('useWebOtp', () => {
  it('says unsupported and asks nothing where the browser lacks WebOTP', () => {
    const onCode = vi.fn();
    const { result } = renderHook(() => useWebOtp({ onCode }));
    expect(result.current.isSupported).toBe(false);
    expect(onCode).not.toHaveBeenCalled();
  });

  it('asks the browser for an SMS code and hands it over once', async () => {
    const { get, requests } = installWebOtp();
    const onCode = vi.fn();
    const { result } = renderHook(() => useWebOtp({ onCode }));
    expect(result.current.isSupported).toBe(true);
    expect(get).toHaveBeenCalledWith(expect.objectContaining({ otp: { transport: ['sms'] } }));
    await act(async () => requests[0]?.resolve({ code: '123456' }));
    expect(onCode).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('waits while disabled and stops listening when disabled again', async () => {
    const { get, requests } = installWebOtp();
    const { rerender } = renderHook(({ enabled }) => useWebOtp({ onCode: () => {}, enabled }), {
      initialProps: { enabled: false },
    });
    expect(get).not.toHaveBeenCalled();
    rerender({ enabled: true });
    expect(get).toHaveBeenCalledTimes(1);
    rerender({ enabled: false });
    expect(requests[0]?.signal.aborted).toBe(true);
  });

  it('renders nothing more when it is turned on and off (no state of its own)', () => {
    const { get } = installWebOtp();
    let renders = 0;
    const { rerender } = renderHook(
      ({ enabled }) => {
        renders++;
        return useWebOtp({ onCode: () => {}, enabled });
      },
      { initialProps: { enabled: true } },
    );
    expect(renders).toBe(1);
    rerender({ enabled: false });
    rerender({ enabled: true });
    expect(renders).toBe(3);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('asks again after being turned off and on, and only the live request may hand over a code', async () => {
    const { requests } = installWebOtp();
    const onCode = vi.fn();
    const { rerender } = renderHook(({ enabled }) => useWebOtp({ onCode, enabled }), {
      initialProps: { enabled: true },
    });
    rerender({ enabled: false });
    rerender({ enabled: true });
    expect(requests).toHaveLength(2);
    expect(requests[0]?.signal.aborted).toBe(true);
    expect(requests[1]?.signal.aborted).toBe(false);
    await act(async () => requests[0]?.resolve({ code: '111111' }));
    await act(async () => requests[1]?.resolve({ code: '222222' }));
    expect(onCode).toHaveBeenCalledExactlyOnceWith('222222');
  });

  it('ignores an empty or missing credential', async () => {
    const { requests } = installWebOtp();
    const onCode = vi.fn();
    renderHook(() => useWebOtp({ onCode }));
    await act(async () => requests[0]?.resolve(null));
    expect(onCode).not.toHaveBeenCalled();
  });

  it('survives missing options or an onCode that is not a function, handing nothing over', async () => {
    const { requests } = installWebOtp();
    const { result } = renderHook(() => useWebOtp(undefined as never));
    expect(result.current.isSupported).toBe(true);
    renderHook(() => useWebOtp({ onCode: 'not a function' as never }));
    await act(async () => {
      for (const request of requests) request.resolve({ code: '123456' });
    });
    expect(requests).toHaveLength(2);
  });

  it('aborts on unmount and on abort(), and ignores a code that arrives after', async () => {
    const { requests } = installWebOtp();
    const onCode = vi.fn();
    const { result, unmount } = renderHook(() => useWebOtp({ onCode }));
    act(() => result.current.abort());
    expect(requests[0]?.signal.aborted).toBe(true);
    await act(async () => requests[0]?.resolve({ code: '111111' }));
    expect(onCode).not.toHaveBeenCalled();
    unmount();
    await waitFor(() => expect(requests.every((request) => request.signal.aborted)).toBe(true));
  });
});

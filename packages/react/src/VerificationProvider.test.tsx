import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { createVerificationClient } from '@verikit/core';
import { type ReactNode, useContext } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useVerificationContext, VerificationProvider } from './VerificationProvider';

describe('VerificationProvider', () => {
  it('uses the app’s QueryClient when one is in the tree', () => {
    const queryClient = new QueryClient();
    const { result } = renderHook(() => useVerificationContext(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <QueryClientProvider client={queryClient}>
          <VerificationProvider baseUrl="/api/verification">{children}</VerificationProvider>
        </QueryClientProvider>
      ),
    });
    expect(result.current.queryClient).toBe(queryClient);
  });

  it('brings its own QueryClient otherwise, without taking over the app’s context', () => {
    const { result } = renderHook(
      () => {
        return { context: useVerificationContext(), appClient: useContext(QueryClientContext) };
      },
      {
        wrapper: ({ children }: { children: ReactNode }) => (
          <VerificationProvider baseUrl="/api/verification">{children}</VerificationProvider>
        ),
      },
    );
    expect(result.current.context.queryClient).toBeInstanceOf(QueryClient);
    expect(result.current.appClient).toBeUndefined();
  });

  it('takes a ready client and an explicit QueryClient', () => {
    const client = createVerificationClient({ baseUrl: '/api/verification' });
    const queryClient = new QueryClient();
    const { result } = renderHook(() => useVerificationContext(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <VerificationProvider client={client} queryClient={queryClient}>
          {children}
        </VerificationProvider>
      ),
    });
    expect(result.current).toEqual({ client, queryClient });
  });

  it('keeps the same client across renders with the same settings', () => {
    const { result, rerender } = renderHook(() => useVerificationContext(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <VerificationProvider baseUrl="/api/verification">{children}</VerificationProvider>
      ),
    });
    const first = result.current.client;
    rerender();
    expect(result.current.client).toBe(first);
  });

  it('refuses an empty baseUrl at once, saying what to pass', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const baseUrl of ['', '  ', undefined]) {
        expect(() =>
          renderHook(() => useVerificationContext(), {
            wrapper: ({ children }: { children: ReactNode }) => (
              <VerificationProvider baseUrl={baseUrl as string}>{children}</VerificationProvider>
            ),
          }),
        ).toThrow(/`baseUrl` must be a non-empty string, e\.g\. "\/api\/verification"/);
      }
    } finally {
      quiet.mockRestore();
    }
  });
});

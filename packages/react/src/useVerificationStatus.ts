import { type UseQueryOptions, type UseQueryResult, useQuery } from '@tanstack/react-query';
import {
  isFinalStatus,
  isTransient,
  type ProxyVerificationResult,
  type VerificationError,
} from '@verikit/core';
import { useVerificationContext } from './VerificationProvider';
import { verificationKeys } from './verificationKeys';

export interface UseVerificationStatusOptions
  extends Omit<
    UseQueryOptions<ProxyVerificationResult, VerificationError, ProxyVerificationResult, readonly unknown[]>,
    'queryKey' | 'queryFn' | 'refetchInterval' | 'enabled'
  > {
  /** @default true (always false without an `id`) */
  enabled?: boolean;
  /** Milliseconds between reads while the status is `PENDING`; `false` reads once. Stops at a final status. @default false */
  poll?: number | false;
}

const MAX_RETRIES = 3;

/**
 * A verification's status as a react-query query (disabled without an `id`). Polls until the status is final.
 * Failed reads are retried when a retry can help (network, timeout, upstream trouble), after `retryAfter` when
 * the proxy gives one.
 */
export function useVerificationStatus(
  id: string | undefined | null,
  optionsOrNull: UseVerificationStatusOptions = {},
): UseQueryResult<ProxyVerificationResult, VerificationError> {
  // `null` from JavaScript callers means no options, as `undefined` does.
  const { poll = false, enabled = true, ...options } = optionsOrNull ?? {};
  const { client, queryClient } = useVerificationContext();
  const hasId = typeof id === 'string' && id !== '';
  return useQuery(
    {
      retry: (failureCount, error) =>
        failureCount < MAX_RETRIES && (isTransient(error.code) || error.code === 'rate_limited'),
      retryDelay: (failureCount, error) =>
        error.retryAfter !== undefined ? error.retryAfter * 1000 : Math.min(1000 * 2 ** failureCount, 8000),
      // A final status never changes again: no refetch on mount, focus or reconnect.
      staleTime: (query) => {
        const status = query.state.data?.status;
        return status !== undefined && isFinalStatus(status) ? Number.POSITIVE_INFINITY : 0;
      },
      ...options,
      queryKey: verificationKeys.status(hasId ? id : ''),
      queryFn: ({ signal }) => client.status(id as string, { signal }),
      enabled: hasId && enabled,
      refetchInterval: (query) => {
        const status = query.state.data?.status;
        return poll === false || (status !== undefined && isFinalStatus(status)) ? false : poll;
      },
    },
    queryClient,
  );
}

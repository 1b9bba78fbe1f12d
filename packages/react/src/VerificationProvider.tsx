import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import {
  createVerificationClient,
  type VerificationClient,
  type VerificationClientOptions,
} from '@verikit/core';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';

export interface VerificationContextValue {
  client: VerificationClient;
  queryClient: QueryClient;
}

const VerificationContext = createContext<VerificationContextValue | null>(null);

export type VerificationProviderProps = {
  /** The QueryClient to cache in. @default the app's (from its `QueryClientProvider`), else one of verikit's own */
  queryClient?: QueryClient;
  children?: ReactNode;
} & (
  | {
      /** A ready client (`createVerificationClient`), e.g. one that runs the proxy in-process. */
      client: VerificationClient;
      baseUrl?: never;
      fetch?: never;
      headers?: never;
      timeoutMs?: never;
    }
  | ({ client?: never } & VerificationClientOptions)
);

/** Gives every verikit hook below it the proxy client and a QueryClient. */
export function VerificationProvider(props: VerificationProviderProps) {
  const {
    children,
    queryClient: queryClientProp,
    client: clientProp,
    baseUrl,
    fetch,
    headers,
    timeoutMs,
  } = props;
  const appQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() =>
    queryClientProp || appQueryClient
      ? undefined
      : new QueryClient({ defaultOptions: { mutations: { retry: false } } }),
  );
  const queryClient = (queryClientProp ?? appQueryClient ?? ownQueryClient) as QueryClient;
  useEffect(() => {
    // What QueryClientProvider does for the clients it owns: focus and online refetching.
    if (!ownQueryClient) return;
    ownQueryClient.mount();
    return () => ownQueryClient.unmount();
  }, [ownQueryClient]);
  const client = useMemo(
    () => clientProp ?? createVerificationClient({ baseUrl: baseUrl as string, fetch, headers, timeoutMs }),
    [clientProp, baseUrl, fetch, headers, timeoutMs],
  );
  const value = useMemo(() => ({ client, queryClient }), [client, queryClient]);
  return <VerificationContext.Provider value={value}>{children}</VerificationContext.Provider>;
}

/** The nearest `VerificationProvider`'s value, or `null` outside one (for hooks that can do without). */
export function useOptionalVerificationContext(): VerificationContextValue | null {
  return useContext(VerificationContext);
}

/** The client and QueryClient of the nearest `VerificationProvider`; throws a clear error without one. */
export function useVerificationContext(): VerificationContextValue {
  return provided(useContext(VerificationContext));
}

/** `value`, or the error that tells a developer what to wrap the form in. */
export function provided(value: VerificationContextValue | null): VerificationContextValue {
  if (!value) {
    throw new Error(
      'verikit: wrap your form in <VerificationProvider baseUrl="/api/verification"> to use its hooks.',
    );
  }
  return value;
}

import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { VerificationProvider } from '../VerificationProvider';
import { BASE_URL, type createTestStack } from './createTestStack';

/**
 * A Testing Library `wrapper`: the hooks under test talk to the test stack's proxy through a `VerificationProvider`,
 * inside the app's own `QueryClient` when one is given (as an app that already uses react-query would have it).
 */
export function wrapperFor(fetch: ReturnType<typeof createTestStack>['fetch'], queryClient?: QueryClient) {
  return ({ children }: { children: ReactNode }) => {
    const provider = (
      <VerificationProvider baseUrl={BASE_URL} fetch={fetch}>
        {children}
      </VerificationProvider>
    );
    return queryClient ? (
      <QueryClientProvider client={queryClient}>{provider}</QueryClientProvider>
    ) : (
      provider
    );
  };
}

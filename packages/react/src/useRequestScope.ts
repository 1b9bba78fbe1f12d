import { useEffect, useState } from 'react';

/**
 * Requests that belong to a component: an identical request already in flight is shared rather than sent again
 * (a double click, or StrictMode running an effect twice), and unmounting aborts what is still in flight. The
 * abort waits a microtask so StrictMode's rehearsal unmount and remount keeps the request alive.
 */
export interface RequestScope {
  /** Sends, or joins the request in flight with the same `key` parts (compared as JSON). */
  run<Result>(key: readonly unknown[], send: (signal: AbortSignal) => Promise<Result>): Promise<Result>;
  /** The error is the abort of a request whose component went away: nobody should hear of it. */
  isAbandoned(error: unknown): boolean;
}

class Scope implements RequestScope {
  readonly inFlight = new Map<string, { promise: Promise<unknown>; controller: AbortController }>();
  isMounted = false;
  unshared = 0;

  run<Result>(parts: readonly unknown[], send: (signal: AbortSignal) => Promise<Result>): Promise<Result> {
    const key = keyOf(parts);
    const existing = key === undefined ? undefined : this.inFlight.get(key);
    if (existing) return existing.promise as Promise<Result>;
    const controller = new AbortController();
    // A key that cannot be written (a BigInt, a cycle: bad input the client will refuse) shares nothing.
    const entryKey = key ?? `unshared:${this.unshared++}`;
    const promise = send(controller.signal).finally(() => {
      if (this.inFlight.get(entryKey)?.controller === controller) this.inFlight.delete(entryKey);
    });
    this.inFlight.set(entryKey, { promise, controller });
    return promise;
  }

  isAbandoned(error: unknown): boolean {
    return !this.isMounted && (error as { code?: unknown } | null)?.code === 'aborted';
  }

  abortAll() {
    for (const { controller } of this.inFlight.values()) controller.abort();
    this.inFlight.clear();
  }
}

export function useRequestScope(): RequestScope {
  const [scope] = useState(() => new Scope());
  useEffect(() => {
    scope.isMounted = true;
    return () => {
      scope.isMounted = false;
      queueMicrotask(() => {
        if (!scope.isMounted) scope.abortAll();
      });
    };
  }, [scope]);
  return scope;
}

function keyOf(parts: readonly unknown[]): string | undefined {
  try {
    return JSON.stringify(parts);
  } catch {
    return undefined;
  }
}

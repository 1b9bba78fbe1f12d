/** A store call of a guard failed (Redis down, a timeout): the guard could not decide. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/**
 * The same store, whose every method throws a `StoreUnavailableError` when it fails, so the pipeline can tell a
 * store fault from a fault of the app's own hook.
 */
export function withStoreFaultsMarked<Store extends object>(store: Store): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return await value.apply(target, args);
        } catch (error) {
          throw new StoreUnavailableError(
            `The store failed: ${error instanceof Error ? error.message : String(error)}`,
            {
              cause: error,
            },
          );
        }
      };
    },
  });
}

/** A value (typically a module) loaded on first use and kept; a failed load is tried again next time. */
export interface Lazy<T> {
  /** The value once loaded, else undefined (never starts a load). */
  get(): T | undefined;
  /** Loads the value, once; rejects with the loader's error, and the next call tries again. */
  load(): Promise<T>;
}

/** Wraps `loader` (e.g. `() => import('./big-part.js')`) so it runs at most once until it succeeds. */
export function lazy<T>(loader: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let loaded = false;
  let pending: Promise<T> | undefined;
  return {
    get: () => (loaded ? value : undefined),
    load: () =>
      (pending ??= loader().then(
        (result) => {
          value = result;
          loaded = true;
          return result;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}

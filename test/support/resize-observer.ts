/**
 * @lit-labs/virtualizer measures its rows in a ResizeObserver callback and lays them out again at
 * once, so browsers report "ResizeObserver loop completed with undelivered notifications" for any
 * virtualized list. The notifications arrive in the next frame (nothing is lost); the report goes
 * only to window.onerror, which mocha counts as a failure. Call in a `describe` to let it pass.
 */
export function tolerateResizeObserverLoop(): void {
  let mochaOnError: OnErrorEventHandler;
  before(() => {
    mochaOnError = window.onerror;
    window.onerror = (message, ...rest) =>
      String(message).includes('ResizeObserver loop') ? true : mochaOnError?.call(window, message, ...rest);
  });
  after(() => {
    window.onerror = mochaOnError;
  });
}

/** Runs `run` with the same tolerance (a fixture that renders a virtualized list and waits for its layout). */
export async function toleratingResizeObserverLoop<T>(run: () => Promise<T>): Promise<T> {
  const mochaOnError = window.onerror;
  window.onerror = (message, ...rest) =>
    String(message).includes('ResizeObserver loop') ? true : mochaOnError?.call(window, message, ...rest);
  try {
    return await run();
  } finally {
    window.onerror = mochaOnError;
  }
}

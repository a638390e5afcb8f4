// What escapes a widget: uncaught errors and unhandled promise rejections on the page (a widget never
// throws out of a setter, `willUpdate` or `render`, and leaves no unhandled rejection).

/** The errors that escaped since `watchEscapes()`, one line each, until `stop()`. */
export interface EscapeWatch {
  readonly problems: string[];
  stop(): void;
}

const describe = (error: unknown): string =>
  String((error as Error)?.stack ?? (error as Error)?.message ?? error);

/**
 * Starts recording uncaught errors and unhandled rejections on the page (each kept from mocha, which
 * would fail the test on its own, so the test can say which value caused it).
 */
export function watchEscapes(): EscapeWatch {
  const problems: string[] = [];
  const onError = (event: ErrorEvent): void => {
    event.preventDefault();
    problems.push(`uncaught error: ${event.error === undefined ? event.message : describe(event.error)}`);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    event.preventDefault();
    problems.push(`unhandled rejection: ${describe(event.reason)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * What escaped while `run` ran: uncaught errors, unhandled rejections (reported after the microtasks
 * that could have handled them: one macrotask later) and what `run` itself threw.
 */
export async function escaped(run: () => Promise<void>): Promise<string[]> {
  const watch = watchEscapes();
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 0));
  } catch (error) {
    watch.problems.push(`thrown: ${describe(error)}`);
  } finally {
    watch.stop();
  }
  return watch.problems;
}

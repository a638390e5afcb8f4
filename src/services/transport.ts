/** Why a request failed. */
export type TransportErrorCode = 'timeout' | 'network' | 'http' | 'parse' | 'aborted';

/** A failed request, with what a widget needs to show and decide on a retry. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  /** What went wrong. */
  readonly code: TransportErrorCode;
  /** HTTP status, when the server answered. */
  readonly status: number | undefined;
  /** The requested URL. */
  readonly url: string;
  /** How many attempts were made (1 = no retry). */
  readonly attempts: number;

  constructor(
    code: TransportErrorCode,
    message: string,
    details: { url: string; status?: number; attempts: number; cause?: unknown },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.status = details.status;
    this.url = details.url;
    this.attempts = details.attempts;
  }

  /** Whether trying the same request again may succeed. */
  get retryable(): boolean {
    return (
      this.code === 'timeout' ||
      this.code === 'network' ||
      (this.code === 'http' && isRetryableStatus(this.status ?? 0))
    );
  }
}

/** Headers to add to every request, e.g. `{ Authorization: 'Bearer …' }`; may be async (token refresh). */
export type AuthHeaderHook = (request: {
  url: string;
  method: string;
}) => Record<string, string> | Promise<Record<string, string>>;

/** Settings of a transport. */
export interface TransportOptions {
  /** Prefix for relative paths, e.g. `/api` or `https://crm.example/api`. */
  baseUrl?: string;
  /** Per-attempt timeout in ms (default 10,000). */
  timeoutMs?: number;
  /** Retries after the first attempt for idempotent requests (default 2). */
  retries?: number;
  /** First backoff delay in ms (default 300); doubles each retry, with jitter. */
  backoffMs?: number;
  /** Upper bound of one backoff delay in ms (default 5,000). */
  maxBackoffMs?: number;
  /** Adds auth headers to each attempt. */
  authHeaders?: AuthHeaderHook;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
  /** Random source in [0, 1) for jitter; injectable for tests. */
  random?: () => number;
}

/** A failed attempt that will be tried again, reported before the backoff wait. */
export interface TransportRetryNotice {
  /** Why the attempt failed. */
  readonly error: TransportError;
  /** The attempt that failed (1 = the first). */
  readonly attempt: number;
  /** How long the transport waits before the next attempt, in ms. */
  readonly delayMs: number;
}

/** One request. */
export interface RequestOptions {
  method?: string;
  /** JSON-serialisable body (sent as application/json) or a string. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Aborts the request and any pending retry. */
  signal?: AbortSignal;
  /** Overrides the method-based rule: true lets a POST carrying an idempotency key be retried. */
  idempotent?: boolean;
  timeoutMs?: number;
  retries?: number;
  /** How to read the body (default `json`; an empty body reads as `undefined`). */
  responseType?: 'json' | 'text' | 'none';
  /** Told of each failed attempt that will be retried, e.g. to show "trying again" while it waits. */
  onRetry?: (notice: TransportRetryNotice) => void;
}

/** A successful answer. */
export interface TransportResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly data: T;
  readonly attempts: number;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * fetch with a per-attempt timeout, bounded retry with exponential backoff and jitter for idempotent
 * requests, cancellation through an AbortSignal (also during backoff), and an auth-header hook.
 */
export class Transport {
  private readonly options: Required<Omit<TransportOptions, 'authHeaders' | 'fetch'>> &
    Pick<TransportOptions, 'authHeaders' | 'fetch'>;

  constructor(options: TransportOptions = {}) {
    this.options = {
      baseUrl: options.baseUrl ?? '',
      timeoutMs: options.timeoutMs ?? 10_000,
      retries: options.retries ?? 2,
      backoffMs: options.backoffMs ?? 300,
      maxBackoffMs: options.maxBackoffMs ?? 5_000,
      random: options.random ?? Math.random,
      authHeaders: options.authHeaders,
      fetch: options.fetch,
    };
  }

  /** The base URL relative paths are resolved against. */
  get baseUrl(): string {
    return this.options.baseUrl;
  }

  /** A transport with the same settings and some changed (e.g. another base URL). */
  with(overrides: TransportOptions): Transport {
    return new Transport({ ...this.options, ...overrides });
  }

  /** Resolves `path` against the base URL (absolute URLs pass through). */
  url(path: string): string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return path;
    const base = this.options.baseUrl.replace(/\/+$/, '');
    return `${base}${path.startsWith('/') ? '' : '/'}${path}`;
  }

  /** GET, parsed as JSON. */
  get<T>(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<TransportResponse<T>> {
    return this.request<T>(path, { ...options, method: 'GET' });
  }

  /** POST a JSON body. */
  post<T>(
    path: string,
    body: unknown,
    options: Omit<RequestOptions, 'method' | 'body'> = {},
  ): Promise<TransportResponse<T>> {
    return this.request<T>(path, { ...options, method: 'POST', body });
  }

  /** Sends a request; rejects with a `TransportError` after the last failed attempt. */
  async request<T>(path: string, options: RequestOptions = {}): Promise<TransportResponse<T>> {
    const url = this.url(path);
    const method = (options.method ?? 'GET').toUpperCase();
    const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(method);
    const maxAttempts = 1 + (idempotent ? Math.max(0, options.retries ?? this.options.retries) : 0);
    let attempt = 0;
    for (;;) {
      attempt += 1;
      try {
        return await this.attempt<T>(url, method, options, attempt);
      } catch (error) {
        const failure = error as TransportError;
        if (!failure.retryable || attempt >= maxAttempts) throw failure;
        const delayMs = this.backoffDelay(attempt);
        try {
          options.onRetry?.({ error: failure, attempt, delayMs });
        } catch (error) {
          console.error(error); // a listener's bug must not stop the request
        }
        await this.backoff(delayMs, url, options.signal, failure);
      }
    }
  }

  private async attempt<T>(
    url: string,
    method: string,
    options: RequestOptions,
    attempts: number,
  ): Promise<TransportResponse<T>> {
    const signal = options.signal;
    if (signal?.aborted) throw abortedError(url, attempts, signal.reason);
    const controller = new AbortController();
    let timedOut = false;
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forwardAbort = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', forwardAbort, { once: true });
    try {
      const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
      let body: string | undefined;
      if (options.body !== undefined) {
        body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
        headers['content-type'] ??= 'application/json';
      }
      if (this.options.authHeaders) Object.assign(headers, await this.options.authHeaders({ url, method }));
      const fetchImpl = this.options.fetch ?? globalThis.fetch.bind(globalThis);
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method,
          headers,
          body,
          signal: controller.signal,
          credentials: 'same-origin',
        });
      } catch (cause) {
        if (signal?.aborted) throw abortedError(url, attempts, signal.reason);
        if (timedOut)
          throw new TransportError('timeout', `No answer from ${url} within ${timeoutMs} ms`, {
            url,
            attempts,
            cause,
          });
        throw new TransportError('network', `Could not reach ${url}`, { url, attempts, cause });
      }
      if (!response.ok) {
        // Drain so the connection can be reused; the body of an error is not needed.
        await response.body?.cancel().catch(() => undefined);
        throw new TransportError('http', `${method} ${url} answered ${response.status}`, {
          url,
          status: response.status,
          attempts,
        });
      }
      const data = await readBody<T>(
        response,
        options.responseType ?? 'json',
        url,
        attempts,
        () => timedOut,
        signal,
      );
      return { status: response.status, headers: response.headers, data, attempts };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
  }

  /** The wait after failed attempt number `attempt`. */
  private backoffDelay(attempt: number): number {
    const ceiling = Math.min(this.options.maxBackoffMs, this.options.backoffMs * 2 ** (attempt - 1));
    // "Equal jitter": at least half the ceiling, so retries never hammer the server back to back.
    return ceiling / 2 + this.options.random() * (ceiling / 2);
  }

  private backoff(
    delay: number,
    url: string,
    signal: AbortSignal | undefined,
    failure: TransportError,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortedError(url, failure.attempts, signal.reason));
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(abortedError(url, failure.attempts, signal?.reason));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, delay);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

async function readBody<T>(
  response: Response,
  responseType: 'json' | 'text' | 'none',
  url: string,
  attempts: number,
  timedOut: () => boolean,
  signal: AbortSignal | undefined,
): Promise<T> {
  if (responseType === 'none') {
    await response.body?.cancel().catch(() => undefined);
    return undefined as T;
  }
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    if (signal?.aborted) throw abortedError(url, attempts, signal.reason);
    if (timedOut())
      throw new TransportError('timeout', `The answer from ${url} did not finish in time`, {
        url,
        attempts,
        cause,
      });
    throw new TransportError('network', `The answer from ${url} was cut off`, { url, attempts, cause });
  }
  if (responseType === 'text') return text as T;
  if (text.trim() === '') return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new TransportError('parse', `${url} answered with malformed JSON`, {
      url,
      status: response.status,
      attempts,
      cause,
    });
  }
}

function abortedError(url: string, attempts: number, cause: unknown): TransportError {
  return new TransportError('aborted', `Request to ${url} was cancelled`, { url, attempts, cause });
}

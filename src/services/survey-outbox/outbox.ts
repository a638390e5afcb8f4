import { Transport, TransportError } from '../transport.js';
import {
  DEFAULT_SURVEY_DATABASE,
  openSurveyDatabase,
  type OutboxError,
  type OutboxRecord,
  type OutboxResponse,
  type SurveyDatabase,
} from './database.js';
import { isValidResponseId } from './response-id.js';
import { IndexedDbOutboxStore, MemoryOutboxStore, type OutboxStore } from './store.js';

/**
 * Where a response is on its way to the server:
 * `queued` saved, waiting its turn (or being sent by another tab); `sending` a request is out;
 * `sent` acknowledged and removed from the outbox; `queued-offline` saved, waiting for the network;
 * `retrying` the last attempt failed, the next one is scheduled.
 */
export type DeliveryState = 'queued' | 'sending' | 'sent' | 'queued-offline' | 'retrying';

/** The observable status of one response. */
export interface DeliveryStatus {
  readonly responseId: string;
  readonly state: DeliveryState;
  /** Attempts made so far, across page loads. */
  readonly attempts: number;
  /** When the next attempt is due (epoch ms), while `retrying`. */
  readonly nextRetryAt?: number;
  /** Why the last attempt failed, while `retrying` or `queued-offline`. */
  readonly error?: OutboxError;
  /** What the server said, when `sent` by this instance: `created`, `duplicate`, or `accepted` for other APIs. */
  readonly serverStatus?: string;
}

/** Called with every status change. */
export type DeliveryListener = (status: DeliveryStatus) => void;

/** What a flush did. */
export interface FlushResult {
  /** Ids acknowledged (by this instance or another tab) during the flush. */
  readonly sent: string[];
  /** Ids still in the outbox. */
  readonly pending: string[];
}

/** Timer functions, injectable so tests can drive retries without waiting. */
export interface OutboxScheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Decides whether a 2xx answer acknowledges the response. */
export type AcknowledgementCheck = (answer: { status: number; body: unknown; responseId: string }) => boolean;

/** Settings of a survey outbox. */
export interface SurveyOutboxOptions {
  /** URL the responses are POSTed to, resolved by the transport (e.g. `/api/survey-responses`). */
  endpoint: string;
  /** HTTP transport (default: a new `Transport()`); its own retries are not used, the outbox retries. */
  transport?: Transport;
  /** IndexedDB database name (default `cx-desk-survey`); give each test its own. */
  databaseName?: string;
  /** Timeout of one POST in ms (default 15,000). */
  requestTimeoutMs?: number;
  /** First retry delay in ms (default 1,000); doubles per attempt, with jitter. */
  retryBaseMs?: number;
  /** Longest retry delay in ms (default 300,000). */
  retryMaxMs?: number;
  /** Random source in [0, 1) for jitter. */
  random?: () => number;
  /** Current time in epoch ms. */
  now?: () => number;
  /** Timers for scheduled retries. */
  scheduler?: OutboxScheduler;
  /** Whether the browser believes it is online (default `navigator.onLine !== false`). */
  isOnline?: () => boolean;
  /** Target of `online` events that trigger a flush (default `globalThis`; null: none). */
  onlineEvents?: EventTarget | null;
  /** Cross-tab lock manager (default `navigator.locks`); null uses a lease kept in IndexedDB. */
  locks?: LockManager | null;
  /** Length of the IndexedDB lease in ms, where Web Locks are missing (default request timeout + 5 s). */
  leaseMs?: number;
  /** Header that carries the response id as an idempotency key (e.g. `Idempotency-Key`); none by default, since a cross-origin API would have to allow it. */
  idempotencyHeader?: string;
  /** Overrides the acknowledgement rule (default: an empty body, or JSON whose `responseId`, if any, matches). */
  isAcknowledged?: AcknowledgementCheck;
  /** Opens the database (injectable for tests); when it fails, the outbox keeps responses in memory. */
  openDatabase?: (name: string) => Promise<SurveyDatabase>;
}

/** Fired on the outbox (an EventTarget) at every status change; `detail` is the status. */
export class DeliveryStatusEvent extends Event {
  /** Event type. */
  static readonly type = 'status';
  /** The new status. */
  readonly detail: DeliveryStatus;

  constructor(detail: DeliveryStatus) {
    super(DeliveryStatusEvent.type);
    this.detail = detail;
  }
}

/** Exponential backoff with "equal jitter": between half and all of `base × 2^(attempt − 1)`, capped. */
export function retryDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The default acknowledgement rule; the reference backend answers `{ responseId, status }`. */
export const defaultAcknowledgementCheck: AcknowledgementCheck = ({ body, responseId }) => {
  if (body === undefined) return true;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const echoed = (body as { responseId?: unknown }).responseId;
  return echoed === undefined || echoed === responseId;
};

const defaultScheduler: OutboxScheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const FLUSH_CONCURRENCY = 4;

class AcknowledgementError extends Error {
  constructor(
    readonly code: 'ack' | 'parse',
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * Survey responses that are never lost: each is written to IndexedDB before it is POSTed, removed only
 * on a 2xx acknowledgement, retried with backoff, held while offline, and replayed on the next page
 * load (`start()`). A per-response Web Lock (or an IndexedDB lease) keeps tabs from sending it twice.
 */
export class SurveyOutbox extends EventTarget {
  private readonly endpoint: string;
  private readonly transport: Transport;
  private readonly databaseName: string;
  private readonly requestTimeoutMs: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly scheduler: OutboxScheduler;
  private readonly isOnline: () => boolean;
  private readonly onlineEvents: EventTarget | null;
  private readonly locks: LockManager | null;
  private readonly leaseMs: number;
  private readonly idempotencyHeader: string | undefined;
  private readonly isAcknowledged: AcknowledgementCheck;
  private readonly openDatabase: (name: string) => Promise<SurveyDatabase>;
  /** Identifies this instance's IndexedDB leases. */
  private readonly owner = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  private readonly lifetime = new AbortController();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly retryTimers = new Map<string, unknown>();
  private readonly statuses = new Map<string, DeliveryStatus>();
  private readonly listeners = new Set<DeliveryListener>();
  private storePromise: Promise<OutboxStore> | undefined;
  private started = false;
  private closed = false;

  constructor(options: SurveyOutboxOptions) {
    super();
    this.transport = options.transport ?? new Transport();
    this.endpoint = this.transport.url(options.endpoint);
    this.databaseName = options.databaseName ?? DEFAULT_SURVEY_DATABASE;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
    this.retryBaseMs = options.retryBaseMs ?? 1_000;
    this.retryMaxMs = options.retryMaxMs ?? 300_000;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.scheduler = options.scheduler ?? defaultScheduler;
    this.isOnline = options.isOnline ?? (() => globalThis.navigator?.onLine !== false);
    this.onlineEvents = options.onlineEvents === undefined ? globalThis : options.onlineEvents;
    this.locks = options.locks === undefined ? (globalThis.navigator?.locks ?? null) : options.locks;
    this.leaseMs = options.leaseMs ?? this.requestTimeoutMs + 5_000;
    this.idempotencyHeader = options.idempotencyHeader;
    this.isAcknowledged = options.isAcknowledged ?? defaultAcknowledgementCheck;
    this.openDatabase = options.openDatabase ?? openSurveyDatabase;
  }

  /** Starts listening for `online` and replays whatever an earlier page left in the outbox. */
  start(): Promise<FlushResult> {
    if (!this.started && !this.closed) {
      this.started = true;
      this.onlineEvents?.addEventListener('online', this.handleOnline);
    }
    return this.flush();
  }

  /**
   * Saves a response in the outbox and starts sending it; resolves once it is stored (so it survives
   * a reload). Rejects when the response id is not 8 to 128 characters or the outbox is closed.
   */
  async enqueue(response: OutboxResponse): Promise<DeliveryStatus> {
    if (this.closed) throw new Error('The survey outbox is closed');
    if (!isValidResponseId(response.responseId)) {
      throw new TypeError('responseId must be a string of 8 to 128 characters (see createResponseId())');
    }
    const store = await this.store();
    const stored = await store.add({
      responseId: response.responseId,
      body: response,
      endpoint: this.endpoint,
      enqueuedAt: this.now(),
      attempts: 0,
      nextAttemptAt: 0,
    });
    const status = this.emit({ responseId: stored.responseId, state: 'queued', attempts: stored.attempts });
    void this.deliver(stored.responseId);
    return status;
  }

  /** Tries to send every response in the outbox now (due or not); resolves when each attempt has ended. */
  async flush(): Promise<FlushResult> {
    if (this.closed) return { sent: [], pending: [] };
    try {
      const store = await this.store();
      const waiting = await this.ownIds(store);
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < waiting.length && !this.closed) await this.deliver(waiting[next++]!);
      };
      await Promise.all(Array.from({ length: Math.min(FLUSH_CONCURRENCY, waiting.length) }, worker));
      const left = new Set(await this.ownIds(store));
      return { sent: waiting.filter((id) => !left.has(id)), pending: [...left] };
    } catch (error) {
      // Closed mid-flush (page going away): what is left stays for the next page.
      if (this.closed) return { sent: [], pending: [] };
      throw error;
    }
  }

  /** The last known status of a response this instance has seen. */
  statusOf(responseId: string): DeliveryStatus | undefined {
    return this.statuses.get(responseId);
  }

  /** The responses for this endpoint still in the outbox (from this and earlier pages, and other tabs). */
  async pending(): Promise<OutboxRecord[]> {
    if (this.closed) return [];
    return (await (await this.store()).all()).filter((record) => record.endpoint === this.endpoint);
  }

  /** Whether the outbox survives reloads (false when IndexedDB could not be opened). */
  async isPersistent(): Promise<boolean> {
    return (await this.store()).persistent;
  }

  /** Calls `listener` with every status change; returns the function that stops it. */
  subscribe(listener: DeliveryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops timers and listeners, cancels requests in flight (they stay in the outbox) and closes the database. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onlineEvents?.removeEventListener('online', this.handleOnline);
    for (const handle of this.retryTimers.values()) this.scheduler.clearTimeout(handle);
    this.retryTimers.clear();
    this.lifetime.abort();
    await Promise.allSettled([...this.inFlight.values()]);
    const store = await this.storePromise;
    store?.close();
    this.listeners.clear();
  }

  private readonly handleOnline = (): void => {
    this.flush().catch((error: unknown) => console.error(error));
  };

  /** Ids of the waiting responses this outbox is responsible for (another endpoint's are left alone). */
  private async ownIds(store: OutboxStore): Promise<string[]> {
    return (await store.all())
      .filter((record) => record.endpoint === this.endpoint)
      .map((record) => record.responseId);
  }

  private store(): Promise<OutboxStore> {
    this.storePromise ??= this.openDatabase(this.databaseName).then(
      (database) => new IndexedDbOutboxStore(database),
      // Private modes and sandboxed frames may refuse IndexedDB: still deliver, without reload safety.
      () => new MemoryOutboxStore(),
    );
    return this.storePromise;
  }

  private deliver(responseId: string): Promise<void> {
    const running = this.inFlight.get(responseId);
    if (running) return running;
    const attempt = this.attemptDelivery(responseId)
      .catch(() => undefined) // a closed database during shutdown: the record stays for the next page
      .finally(() => this.inFlight.delete(responseId));
    this.inFlight.set(responseId, attempt);
    return attempt;
  }

  private async attemptDelivery(responseId: string): Promise<void> {
    this.cancelRetry(responseId);
    if (this.closed) return;
    const store = await this.store();
    if (!this.isOnline()) {
      const record = await store.get(responseId);
      if (record) this.emitOffline(record, record.lastError);
      return;
    }
    const ran = await this.withDeliveryLock(store, responseId, () => this.send(store, responseId));
    if (!ran && !this.closed) {
      // Another tab or instance is sending it: look again later, to report `sent` once it is gone.
      const record = await store.get(responseId);
      if (!record) {
        this.emitSentElsewhere(responseId);
        return;
      }
      this.emit({ responseId, state: 'queued', attempts: record.attempts });
      this.scheduleRetry(responseId, retryDelay(1, this.retryBaseMs, this.retryMaxMs, this.random));
    }
  }

  private async send(store: OutboxStore, responseId: string): Promise<void> {
    if (this.closed) return;
    // Re-read under the lock (another tab may have delivered it since this one listed it) and count
    // the attempt, in one readwrite transaction.
    const current = await store.update(responseId, (record) => {
      if (record.endpoint !== this.endpoint) return false; // the same id queued for another API
      record.attempts += 1;
      return true;
    });
    if (!current || this.closed) {
      if (!current) this.emitSentElsewhere(responseId);
      return;
    }
    if (current.endpoint !== this.endpoint) return; // not ours
    const attempts = current.attempts;
    this.emit({ responseId, state: 'sending', attempts });
    try {
      const answer = await this.transport.post<string>(this.endpoint, current.body, {
        idempotent: true,
        retries: 0,
        timeoutMs: this.requestTimeoutMs,
        signal: this.lifetime.signal,
        responseType: 'text',
        headers: this.idempotencyHeader ? { [this.idempotencyHeader]: responseId } : {},
      });
      const serverStatus = this.acknowledgement(answer.status, answer.data, responseId);
      await store.delete(responseId);
      this.emit({ responseId, state: 'sent', attempts, serverStatus });
    } catch (failure) {
      if (this.closed) return;
      const error = toOutboxError(failure);
      if (error.code === 'network' && !this.isOnline()) {
        await store.update(responseId, (record) => {
          record.lastError = error;
          return true;
        });
        this.emitOffline({ ...current, attempts }, error);
        return;
      }
      const delay = retryDelay(attempts, this.retryBaseMs, this.retryMaxMs, this.random);
      const nextRetryAt = this.now() + delay;
      await store.update(responseId, (record) => {
        record.lastError = error;
        record.nextAttemptAt = nextRetryAt;
        return true;
      });
      this.emit({ responseId, state: 'retrying', attempts, nextRetryAt, error });
      this.scheduleRetry(responseId, delay);
    }
  }

  /** Returns the server's status word when the answer acknowledges the response; throws otherwise. */
  private acknowledgement(status: number, text: string, responseId: string): string {
    let body: unknown;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        // A 2xx whose body does not parse may be a cut-off answer: not proof of receipt.
        throw new AcknowledgementError('parse', `The answer (${status}) is not valid JSON`, status);
      }
    }
    if (!this.isAcknowledged({ status, body, responseId })) {
      throw new AcknowledgementError(
        'ack',
        `The answer (${status}) does not acknowledge ${responseId}`,
        status,
      );
    }
    const word = (body as { status?: unknown } | undefined)?.status;
    return typeof word === 'string' ? word : 'accepted';
  }

  private async withDeliveryLock(
    store: OutboxStore,
    responseId: string,
    run: () => Promise<void>,
  ): Promise<boolean> {
    if (this.locks) {
      // Web Locks are released when the holding page goes away, so a reload never waits for a lease.
      return this.locks.request(
        `cx-desk-survey-outbox:${this.databaseName}:${responseId}`,
        { ifAvailable: true },
        async (lock) => {
          if (!lock) return false;
          await run();
          return true;
        },
      );
    }
    const now = this.now();
    let taken = false;
    const record = await store.update(responseId, (candidate) => {
      if (candidate.lease && candidate.lease.owner !== this.owner && candidate.lease.until > now)
        return false;
      candidate.lease = { owner: this.owner, until: now + this.leaseMs };
      taken = true;
      return true;
    });
    if (!record) {
      await run(); // already gone: run() reports it as sent
      return true;
    }
    if (!taken) return false;
    try {
      await run();
    } finally {
      if (!this.closed) {
        await store.update(responseId, (candidate) => {
          if (candidate.lease?.owner !== this.owner) return false;
          delete candidate.lease;
          return true;
        });
      }
    }
    return true;
  }

  private scheduleRetry(responseId: string, delay: number): void {
    if (this.closed) return;
    this.cancelRetry(responseId);
    const handle = this.scheduler.setTimeout(() => {
      this.retryTimers.delete(responseId);
      void this.deliver(responseId);
    }, delay);
    this.retryTimers.set(responseId, handle);
  }

  private cancelRetry(responseId: string): void {
    const handle = this.retryTimers.get(responseId);
    if (handle === undefined) return;
    this.scheduler.clearTimeout(handle);
    this.retryTimers.delete(responseId);
  }

  private emitOffline(record: OutboxRecord, error: OutboxError | undefined): void {
    this.emit({
      responseId: record.responseId,
      state: 'queued-offline',
      attempts: record.attempts,
      ...(error ? { error } : {}),
    });
  }

  private emitSentElsewhere(responseId: string): void {
    const previous = this.statuses.get(responseId);
    if (previous?.state === 'sent') return;
    this.emit({ responseId, state: 'sent', attempts: previous?.attempts ?? 0 });
  }

  private emit(status: DeliveryStatus): DeliveryStatus {
    this.statuses.set(status.responseId, status);
    for (const listener of this.listeners) {
      try {
        listener(status);
      } catch (error) {
        // One faulty listener must not stop delivery or the other listeners.
        console.error(error);
      }
    }
    this.dispatchEvent(new DeliveryStatusEvent(status));
    return status;
  }
}

function toOutboxError(failure: unknown): OutboxError {
  if (failure instanceof TransportError) {
    return failure.status === undefined
      ? { code: failure.code, message: failure.message }
      : { code: failure.code, message: failure.message, status: failure.status };
  }
  if (failure instanceof AcknowledgementError) {
    return { code: failure.code, message: failure.message, status: failure.status };
  }
  return { code: 'storage', message: failure instanceof Error ? failure.message : String(failure) };
}

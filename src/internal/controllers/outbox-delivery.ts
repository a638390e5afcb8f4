import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lazy } from '../../services/lazy.js';
import type { OutboxError } from '../../services/survey-outbox/database.js';
import type { DeliveryStatus } from '../../services/survey-outbox/outbox.js';

/**
 * Where a record handed to the outbox is: `idle` (nothing handed over), `saving` (the outbox's code
 * is still being fetched), `sending` (handed over: stored, then POSTed), `sent` (acknowledged),
 * `queued-offline` (stored, waiting for the network), `retrying` (an attempt failed, the next is
 * scheduled), `failed` (this device could not store it: the record is the host's again).
 */
export type DeliveryPhase = 'idle' | 'saving' | 'sending' | 'sent' | 'queued-offline' | 'retrying' | 'failed';

/** What the controller uses of an outbox: `SurveyOutbox`, or one from another copy of cx-desk. */
export interface RecordOutbox<R> {
  /** Stores the record, then sends it; resolves once stored. */
  enqueue(record: R): Promise<DeliveryStatus>;
  /** Calls `listener` with every status change; returns the function that stops it. */
  subscribe(listener: (status: DeliveryStatus) => void): () => void;
  /** The last status the outbox has seen of a record. */
  statusOf(recordId: string): DeliveryStatus | undefined;
  /** Tries every waiting record now. */
  flush(): Promise<unknown>;
}

/** What happened to the record, once each, for the host's events. */
export type DeliveryNews =
  /** Stored on this device, not yet acknowledged (once per hand-over, at the first delay). */
  | { readonly kind: 'queued'; readonly recordId: string }
  /** Acknowledged by the server. */
  | { readonly kind: 'sent'; readonly recordId: string }
  /** An attempt failed; the outbox tries again at `nextRetryAt`. */
  | { readonly kind: 'retrying'; readonly recordId: string; readonly error: OutboxError | undefined }
  /** This device could not store the record (nothing was sent). */
  | { readonly kind: 'failed'; readonly recordId: string; readonly error: OutboxError };

/** Options of an {@link OutboxDeliveryController}. */
export interface OutboxDeliveryOptions<R> {
  /** The outbox: `get()` once its code is loaded (else undefined), `load()` fetches it first. */
  readonly outbox: Lazy<RecordOutbox<R>>;
  /** Told what happened to the record (fire the widget's events here). */
  readonly onNews?: (news: DeliveryNews) => void;
  /**
   * Opens the outbox once the page is idle after the host appears: an outbox replays what earlier
   * pages left unsent when it opens, and a hand-over later only has to write one record.
   */
  readonly openWhenIdle?: boolean;
}

const PENDING: ReadonlySet<DeliveryPhase> = new Set(['saving', 'sending', 'retrying', 'queued-offline']);

/**
 * Hands a record a widget entered (a survey response, a wrap-up, a ticket) to the IndexedDB outbox and
 * follows it until the server acknowledges it: the phase to show, the reason of the last failure,
 * when the next attempt is due, and news for the widget's events. The outbox never loses or doubles
 * a record (it is stored before it is sent, keyed by its id); the controller never reports one twice.
 */
export class OutboxDeliveryController<R> implements ReactiveController {
  private currentPhase: DeliveryPhase = 'idle';
  private currentId: string | undefined;
  private lastError: OutboxError | undefined;
  private retryAt: number | undefined;
  private queuedReported = false;
  /** Whether the outbox has reported on the current record since it was handed over. */
  private statusSeen = false;
  private unsubscribe: (() => void) | undefined;
  private cancelIdle: (() => void) | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: OutboxDeliveryOptions<R>,
  ) {
    host.addController(this);
  }

  /** Where the current record is. */
  get phase(): DeliveryPhase {
    return this.currentPhase;
  }

  /** The id of the record handed over last (kept after `failed`, so a retry keeps its id). */
  get recordId(): string | undefined {
    return this.currentId;
  }

  /** Why the last attempt failed (while `retrying`, `queued-offline` or `failed`). */
  get failure(): OutboxError | undefined {
    return this.lastError;
  }

  /** When the outbox tries again (epoch ms), while `retrying`. */
  get nextRetryAt(): number | undefined {
    return this.retryAt;
  }

  /** Whether the record is on its way: stored or being stored, not yet acknowledged. */
  get pending(): boolean {
    return PENDING.has(this.currentPhase);
  }

  /** Whether a record is out of the host's hands (anything but `idle` and `failed`). */
  get handedOver(): boolean {
    return this.currentPhase !== 'idle' && this.currentPhase !== 'failed';
  }

  /** Whole seconds until the next attempt while `retrying` (0 when due), else undefined: a countdown. */
  retryIn(now: number = Date.now()): number | undefined {
    if (this.currentPhase !== 'retrying' || this.retryAt === undefined) return undefined;
    return Math.max(0, Math.ceil((this.retryAt - now) / 1000));
  }

  /**
   * Hands `record` to the outbox and follows it. Resolves true once the outbox has stored it (it is
   * safe from then on), false when this device could not store it (phase `failed`, news `failed`) or
   * the controller was reset while the outbox's code loaded.
   */
  async deliver(recordId: string, record: R): Promise<boolean> {
    this.stopFollowing();
    this.currentId = recordId;
    this.queuedReported = false;
    this.statusSeen = false;
    this.lastError = undefined;
    this.retryAt = undefined;
    try {
      let outbox = this.options.outbox.get();
      if (!outbox) {
        this.setPhase('saving');
        outbox = await this.options.outbox.load();
        if (this.currentId !== recordId) return false;
      }
      // On its way from here: the outbox writes the record to IndexedDB before it POSTs anything, so
      // `sending` shows now rather than after the write; should the write fail, the phase becomes
      // `failed` and the record is the host's again. The promise still waits for the write.
      this.setPhase('sending');
      this.follow(recordId, outbox);
      const stored = await outbox.enqueue(record);
      // The subscription has normally seen a status already; this one counts only if it has not.
      if (!this.statusSeen) this.apply(outbox.statusOf(recordId) ?? stored);
      return true;
    } catch (error) {
      if (this.currentId !== recordId) return false;
      this.stopFollowing();
      this.lastError = { code: 'storage', message: error instanceof Error ? error.message : String(error) };
      this.setPhase('failed');
      this.options.onNews?.({ kind: 'failed', recordId, error: this.lastError });
      return false;
    }
  }

  /** Asks the outbox to try the waiting records now (Retry now while `retrying` or `queued-offline`). */
  retryNow(): void {
    this.outboxNow()
      .then((outbox) => outbox.flush())
      .catch(ignore);
  }

  /** Back to `idle` after `failed`: the host took the record back to change it (its id is kept until the next hand-over). */
  clearFailure(): void {
    if (this.currentPhase === 'failed') this.setPhase('idle');
  }

  /** Forgets the record (it stays in the outbox, which delivers it): back to `idle`. */
  reset(): void {
    this.stopFollowing();
    this.currentId = undefined;
    this.lastError = undefined;
    this.retryAt = undefined;
    this.setPhase('idle');
  }

  hostConnected(): void {
    this.connected = true;
    // Moved in the page while a record was on its way: follow it again.
    const recordId = this.currentId;
    if (recordId && !this.unsubscribe && this.pending) {
      this.outboxNow().then((outbox) => {
        if (this.connected && !this.unsubscribe && this.currentId === recordId && this.pending)
          this.follow(recordId, outbox);
      }, ignore);
    }
    if (this.options.openWhenIdle && !this.cancelIdle) {
      this.cancelIdle = whenIdle(() => {
        this.cancelIdle = undefined;
        if (this.connected) this.outboxNow().catch(ignore); // tried again at the hand-over
      });
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stopFollowing();
    this.cancelIdle?.();
    this.cancelIdle = undefined;
  }

  private outboxNow(): Promise<RecordOutbox<R>> {
    const ready = this.options.outbox.get();
    return ready ? Promise.resolve(ready) : this.options.outbox.load();
  }

  private setPhase(phase: DeliveryPhase): void {
    this.currentPhase = phase;
    this.host.requestUpdate();
  }

  private follow(recordId: string, outbox: RecordOutbox<R>): void {
    this.stopFollowing();
    this.unsubscribe = outbox.subscribe((status) => {
      if (status.responseId !== recordId) return;
      this.statusSeen = true;
      this.apply(status);
    });
  }

  private stopFollowing(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private apply(status: DeliveryStatus): void {
    if (status.responseId !== this.currentId) return;
    const recordId = status.responseId;
    switch (status.state) {
      case 'queued':
      case 'sending':
        // "queued" while another tab sends it, or just stored: either way it is on its way.
        if (this.pending) this.setPhase('sending');
        break;
      case 'sent': {
        const first = this.currentPhase !== 'sent';
        this.stopFollowing();
        this.retryAt = undefined;
        this.setPhase('sent');
        if (first) this.options.onNews?.({ kind: 'sent', recordId });
        break;
      }
      case 'queued-offline':
      case 'retrying':
        if (status.error) this.lastError = status.error;
        this.retryAt = status.state === 'retrying' ? status.nextRetryAt : undefined;
        this.setPhase(status.state);
        if (!this.queuedReported) {
          this.queuedReported = true;
          this.options.onNews?.({ kind: 'queued', recordId });
        }
        if (status.state === 'retrying')
          this.options.onNews?.({ kind: 'retrying', recordId, error: status.error });
        break;
    }
  }
}

/** Nothing to do: a failure handled elsewhere (tried again later). */
function ignore(): void {
  // nothing
}

/** Runs `callback` when the page is idle (at most 2 s later); returns the function that cancels it. */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 50);
  return () => clearTimeout(handle);
}

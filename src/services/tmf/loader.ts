import {
  CUSTOMER_SECTIONS,
  emptyCustomer360,
  type Customer360,
  type CustomerSection,
  type CustomerSectionData,
  type InteractionSummary,
} from './customer360.js';
import type { TransportRetryNotice } from '../transport.js';
import type { CustomerDataSource } from './data-source.js';
import type { DataIssue, Lenient } from './lenient.js';

/** Where a section is: not asked for, loading, loaded (with or without content), or failed. */
export type SectionStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** The loaded interaction history: the pages read so far and the total. */
export interface LoadedInteractions {
  /** Interactions read so far, newest first. */
  items: InteractionSummary[];
  /** How many exist in all. */
  total: number;
}

/** What the loader holds per section. */
export type LoaderSectionData = Omit<CustomerSectionData, 'interactions'> & {
  interactions: LoadedInteractions;
};

/** A section whose request failed and is being tried again on its own. */
export interface SectionRetry {
  /** Why the latest attempt failed (usually a `TransportError`: its `url`, `status`, `attempts`). */
  readonly error: Error;
  /** Attempts of this load that failed so far (the transport's own retries included). */
  readonly failures: number;
  /** When the next attempt starts (the loader's clock), or undefined while it runs. */
  readonly nextAt: number | undefined;
}

/** The state of one section. */
export interface SectionState<T> {
  /** Where the section is. */
  readonly status: SectionStatus;
  /** The data (also while revalidating cached data, see `stale`). */
  readonly data: T | undefined;
  /** Data problems that did not stop the section (fields repaired or dropped). */
  readonly issues: readonly DataIssue[];
  /** Why the last request failed (usually a `TransportError`); with `data` when revalidation failed. */
  readonly error: Error | undefined;
  /** True while `data` comes from the cache and has not been confirmed by a fresh request. */
  readonly stale: boolean;
  /** True once a request (loading, or revalidating stale data) has taken longer than `slowAfterMs`. */
  readonly slow: boolean;
  /** Set while failed requests are tried again automatically (with backoff); undefined otherwise. */
  readonly retry: SectionRetry | undefined;
}

/** Every section's state for the current customer. */
export interface CustomerLoaderSnapshot {
  /** The customer the states belong to. */
  readonly customerId: string | undefined;
  /** State per section. */
  readonly sections: { readonly [S in CustomerSection]: SectionState<LoaderSectionData[S]> };
  /** True when no section is loading. */
  readonly settled: boolean;
}

/** Called with the new snapshot and the section that changed (undefined: several or the customer). */
export type CustomerLoaderListener = (
  snapshot: CustomerLoaderSnapshot,
  section: CustomerSection | undefined,
) => void;

/** Settings of a loader. */
export interface CustomerLoaderOptions {
  /** How many customers the cache keeps (least recently used goes first). Default 10. */
  cacheSize?: number;
  /** Interactions per page. Default 50. */
  interactionPageSize?: number;
  /** Cached data younger than this is served without revalidating. Default 0 (always revalidate). */
  freshForMs?: number;
  /** Which sections to load. Default all. */
  sections?: readonly CustomerSection[];
  /** Clock for cache ages; injectable for tests. */
  now?: () => number;
  /** A section whose request has not answered after this many ms is marked `slow`. Default 2,000. */
  slowAfterMs?: number;
  /** How many times a section whose request failed with a retryable error is loaded again on its own. Default 5. */
  autoRetries?: number;
  /** Wait before the first automatic retry, in ms; doubles each time. Default 5,000. */
  retryDelayMs?: number;
  /** Upper bound of the wait between automatic retries, in ms. Default 60,000. */
  maxRetryDelayMs?: number;
}

interface CacheEntry {
  value: unknown;
  issues: DataIssue[];
  at: number;
}

type CustomerCache = Partial<Record<CustomerSection, CacheEntry>>;

const IDLE: SectionState<never> = Object.freeze({
  status: 'idle',
  data: undefined,
  issues: [],
  error: undefined,
  stale: false,
  slow: false,
  retry: undefined,
});

/** Whether trying the same request again may help: what the error says (`TransportError.retryable`). */
function isRetryable(error: Error): boolean {
  return (error as Error & { retryable?: unknown }).retryable === true;
}

function statusOf(section: CustomerSection, value: unknown): SectionStatus {
  if (value === undefined || value === null) return 'empty';
  if (section === 'interactions') return (value as LoadedInteractions).items.length === 0 ? 'empty' : 'ready';
  return Array.isArray(value) && value.length === 0 ? 'empty' : 'ready';
}

function idleSections(): CustomerLoaderSnapshot['sections'] {
  return Object.fromEntries(
    CUSTOMER_SECTIONS.map((section) => [section, IDLE]),
  ) as unknown as CustomerLoaderSnapshot['sections'];
}

/**
 * Loads a customer's sections in parallel from a `CustomerDataSource` and reports each
 * section's state through `subscribe`. Switching customer aborts every request in flight; a
 * per-customer LRU cache serves known data at once while it is revalidated in the background
 * (stale-while-revalidate). No DOM: a widget, a controller or a test can drive it.
 */
export class CustomerLoader {
  private readonly source: CustomerDataSource;
  private readonly cacheSize: number;
  private readonly pageSize: number;
  private readonly freshForMs: number;
  private readonly sections: readonly CustomerSection[];
  private readonly now: () => number;
  private readonly slowAfterMs: number;
  private readonly autoRetries: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly cache = new Map<string, CustomerCache>();
  /** Timers per section: the `slow` mark and the next automatic retry. */
  private readonly timers = new Map<CustomerSection, Array<ReturnType<typeof setTimeout>>>();
  /**
   * Automatic retries by the time they are due: sections that failed together are retried together
   * (one timer), so a data source can still serve them with one request (TMF629 feeds four).
   */
  private readonly dueRetries = new Map<
    number,
    { timer: ReturnType<typeof setTimeout>; starts: Map<CustomerSection, () => void> }
  >();
  /** Automatic retries made so far for the current load of a section. */
  private readonly rounds = new Map<CustomerSection, number>();
  private readonly listeners = new Set<CustomerLoaderListener>();
  private readonly controllers = new Map<CustomerSection | 'more-interactions', AbortController>();
  private readonly tasks = new Set<Promise<void>>();
  private current: CustomerLoaderSnapshot = {
    customerId: undefined,
    sections: idleSections(),
    settled: true,
  };
  private disposed = false;

  constructor(source: CustomerDataSource, options: CustomerLoaderOptions = {}) {
    this.source = source;
    this.cacheSize = Math.max(0, options.cacheSize ?? 10);
    this.pageSize = Math.max(1, options.interactionPageSize ?? 50);
    this.freshForMs = Math.max(0, options.freshForMs ?? 0);
    this.sections = options.sections ?? CUSTOMER_SECTIONS;
    this.now = options.now ?? Date.now;
    this.slowAfterMs = Math.max(0, options.slowAfterMs ?? 2_000);
    this.autoRetries = Math.max(0, options.autoRetries ?? 5);
    this.retryDelayMs = Math.max(0, options.retryDelayMs ?? 5_000);
    this.maxRetryDelayMs = Math.max(this.retryDelayMs, options.maxRetryDelayMs ?? 60_000);
  }

  /** The current states (a new object after every change). */
  get snapshot(): CustomerLoaderSnapshot {
    return this.current;
  }

  /** The customer being shown. */
  get customerId(): string | undefined {
    return this.current.customerId;
  }

  /** How many requests are in flight. */
  get pendingRequests(): number {
    return this.controllers.size;
  }

  /** Customer ids in the cache, least recently used first. */
  get cachedCustomerIds(): string[] {
    return [...this.cache.keys()];
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: CustomerLoaderListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Shows `customerId`: aborts everything in flight for the previous customer, serves cached
   * sections at once (marked `stale`) and loads or revalidates every section in parallel.
   * The same id again is a no-op unless `force`; undefined clears to idle.
   */
  load(customerId: string | undefined, options: { force?: boolean } = {}): void {
    if (this.disposed || (customerId === this.current.customerId && !options.force)) return;
    this.abortAll();
    if (customerId === undefined || customerId === '') {
      this.current = { customerId: undefined, sections: idleSections(), settled: true };
      this.emit(undefined);
      return;
    }
    const cached = this.touch(customerId);
    const sections = { ...idleSections() } as Record<CustomerSection, SectionState<unknown>>;
    this.current = { customerId, sections: sections as CustomerLoaderSnapshot['sections'], settled: true };
    for (const section of this.sections) this.start(section, cached?.[section], false);
    this.current = { ...this.current, settled: this.controllers.size === 0 };
    this.emit(undefined);
  }

  /**
   * Loads one section again now (e.g. the retry button of a failed section), keeping its data meanwhile;
   * a pending automatic retry is replaced by this one.
   */
  retry(section: CustomerSection): void {
    if (this.disposed || this.current.customerId === undefined || !this.sections.includes(section)) return;
    const state = this.current.sections[section];
    const keep =
      state.data === undefined ? undefined : { value: state.data, issues: [...state.issues], at: -Infinity };
    this.start(section, keep, true);
  }

  /** Revalidates every section of the current customer. */
  refresh(): void {
    for (const section of this.sections) this.retry(section);
  }

  /**
   * Reads the next page of the interaction history and appends it. Resolves to false when there
   * is nothing more to read (or a page is already being read); rejects with the request's error.
   */
  async loadMoreInteractions(): Promise<boolean> {
    const customerId = this.current.customerId;
    const state = this.current.sections.interactions;
    const loaded = state.data;
    if (this.disposed || customerId === undefined || !loaded || loaded.items.length >= loaded.total)
      return false;
    if (this.controllers.has('more-interactions') || this.controllers.has('interactions')) return false;
    const controller = new AbortController();
    this.controllers.set('more-interactions', controller);
    try {
      const page = await this.source.interactions(customerId, {
        signal: controller.signal,
        offset: loaded.items.length,
        limit: this.pageSize,
      });
      if (controller.signal.aborted) return false;
      const data: LoadedInteractions = {
        items: [...loaded.items, ...page.value.items],
        total: page.value.total,
      };
      const issues = [...state.issues, ...page.issues];
      this.store(customerId, 'interactions', { value: data, issues, at: this.now() });
      this.setSection('interactions', { ...state, data, issues, status: statusOf('interactions', data) });
      return page.value.items.length > 0;
    } finally {
      if (this.controllers.get('more-interactions') === controller)
        this.controllers.delete('more-interactions');
    }
  }

  /** Resolves when no request is in flight (tests, benchmarks). */
  async whenSettled(): Promise<void> {
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks]);
  }

  /** The loaded sections as a Customer360 (sections not loaded are empty). */
  toCustomer360(): Customer360 {
    return snapshotToCustomer360(this.current);
  }

  /** Aborts everything, drops the cache and the listeners; the loader cannot be used again. */
  dispose(): void {
    this.abortAll();
    this.disposed = true;
    this.cache.clear();
    this.listeners.clear();
  }

  private abortAll(): void {
    for (const controller of this.controllers.values())
      controller.abort(new DOMException('Customer changed', 'AbortError'));
    this.controllers.clear();
    for (const section of [...this.timers.keys()]) this.clearTimers(section);
    for (const due of this.dueRetries.values()) clearTimeout(due.timer);
    this.dueRetries.clear();
    this.rounds.clear();
  }

  private clearTimers(section: CustomerSection): void {
    for (const timer of this.timers.get(section) ?? []) clearTimeout(timer);
    this.timers.delete(section);
    for (const [at, due] of this.dueRetries) {
      if (!due.starts.delete(section) || due.starts.size > 0) continue;
      clearTimeout(due.timer);
      this.dueRetries.delete(at);
    }
  }

  /** Starts `section` again at `at` (the loader's clock), with the others due at the same time. */
  private scheduleRetry(section: CustomerSection, at: number, start: () => void): void {
    let due = this.dueRetries.get(at);
    if (!due) {
      const group = {
        starts: new Map<CustomerSection, () => void>(),
        timer: setTimeout(() => {
          this.dueRetries.delete(at);
          for (const run of [...group.starts.values()]) run();
        }, at - this.now()),
      };
      due = group;
      this.dueRetries.set(at, due);
    }
    due.starts.set(section, start);
  }

  private addTimer(section: CustomerSection, delay: number, callback: () => void): void {
    const timer = setTimeout(callback, delay);
    this.timers.set(section, [...(this.timers.get(section) ?? []), timer]);
  }

  /** The cache entry of a customer, made the most recently used. */
  private touch(customerId: string): CustomerCache | undefined {
    const entry = this.cache.get(customerId);
    if (entry) {
      this.cache.delete(customerId);
      this.cache.set(customerId, entry);
    }
    return entry;
  }

  private store(customerId: string, section: CustomerSection, entry: CacheEntry): void {
    if (this.cacheSize === 0) return;
    const cached = this.touch(customerId) ?? {};
    cached[section] = entry;
    this.cache.set(customerId, cached);
    while (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
  }

  private call(
    section: CustomerSection,
    customerId: string,
    signal: AbortSignal,
    onRetry: (notice: TransportRetryNotice) => void,
  ): Promise<Lenient<unknown>> {
    if (section === 'interactions') {
      return this.source
        .interactions(customerId, { signal, onRetry, offset: 0, limit: this.pageSize })
        .then((page) => ({
          value: { items: page.value.items, total: page.value.total } satisfies LoadedInteractions,
          issues: page.issues,
        }));
    }
    return (
      this.source[section] as (
        id: string,
        request: { signal: AbortSignal; onRetry: (notice: TransportRetryNotice) => void },
      ) => Promise<Lenient<unknown>>
    ).call(this.source, customerId, { signal, onRetry });
  }

  /**
   * Requests a section. `failures` > 0: an automatic retry after that many failed attempts (the
   * section keeps showing why, and that it is being tried again).
   */
  private start(
    section: CustomerSection,
    cached: CacheEntry | undefined,
    notify: boolean,
    failures = 0,
  ): void {
    const customerId = this.current.customerId!;
    this.controllers.get(section)?.abort(new DOMException('Superseded', 'AbortError'));
    if (section === 'interactions') this.controllers.get('more-interactions')?.abort();
    this.clearTimers(section);
    if (failures === 0) this.rounds.delete(section);
    const previous = this.current.sections[section];
    const showCached = (stale: boolean): SectionState<unknown> => ({
      status: statusOf(section, cached!.value),
      data: cached!.value,
      issues: cached!.issues,
      error: undefined,
      stale,
      slow: false,
      retry: undefined,
    });
    if (cached && this.now() - cached.at < this.freshForMs) {
      this.setSection(section, showCached(false), notify);
      return;
    }
    const controller = new AbortController();
    this.controllers.set(section, controller);
    // An automatic retry still says why it is needed (and keeps stale data with its error).
    const retry = failures > 0 && previous.retry ? { ...previous.retry, nextAt: undefined } : undefined;
    this.setSection(
      section,
      cached
        ? { ...showCached(true), error: retry ? previous.error : undefined, retry }
        : {
            status: 'loading',
            data: undefined,
            issues: [],
            error: undefined,
            stale: false,
            slow: false,
            retry,
          },
      notify,
    );
    if (!retry) {
      // Loading, or revalidating saved data: past this, the agent is told it takes longer than usual.
      this.addTimer(section, this.slowAfterMs, () => {
        if (this.controllers.get(section) === controller)
          this.setSection(section, { ...this.current.sections[section], slow: true });
      });
    }
    let attemptFailures = failures;
    const onRetry = ({ error, delayMs }: TransportRetryNotice): void => {
      if (controller.signal.aborted) return;
      attemptFailures += 1;
      const state = this.current.sections[section];
      this.setSection(section, {
        ...state,
        retry: { error, failures: attemptFailures, nextAt: this.now() + delayMs },
      });
    };
    let task: Promise<void>;
    try {
      task = this.call(section, customerId, controller.signal, onRetry).then(
        (result) => {
          if (controller.signal.aborted) return;
          this.controllers.delete(section);
          this.clearTimers(section);
          this.rounds.delete(section);
          this.store(customerId, section, { value: result.value, issues: result.issues, at: this.now() });
          this.setSection(section, {
            status: statusOf(section, result.value),
            data: result.value,
            issues: result.issues,
            error: undefined,
            stale: false,
            slow: false,
            retry: undefined,
          });
        },
        (error: unknown) => this.fail(section, controller, error, attemptFailures + 1),
      );
    } catch (error) {
      // A data source that throws instead of rejecting is still one failed section.
      task = Promise.resolve().then(() => this.fail(section, controller, error, attemptFailures + 1));
    }
    const tracked = task.finally(() => this.tasks.delete(tracked));
    this.tasks.add(tracked);
  }

  /** A section's request failed: keep its data if any, and try again later when that may help. */
  private fail(
    section: CustomerSection,
    controller: AbortController,
    error: unknown,
    failures: number,
  ): void {
    if (controller.signal.aborted) return;
    this.controllers.delete(section);
    this.clearTimers(section);
    const previous = this.current.sections[section];
    const failure = error instanceof Error ? error : new Error(String(error));
    const rounds = this.rounds.get(section) ?? 0;
    let retry: SectionRetry | undefined;
    if (isRetryable(failure) && rounds < this.autoRetries) {
      const delay = Math.min(this.maxRetryDelayMs, this.retryDelayMs * 2 ** rounds);
      const nextAt = this.now() + delay;
      retry = { error: failure, failures, nextAt };
      this.rounds.set(section, rounds + 1);
      this.scheduleRetry(section, nextAt, () => {
        const state = this.current.sections[section];
        this.start(
          section,
          state.data === undefined
            ? undefined
            : { value: state.data, issues: [...state.issues], at: -Infinity },
          true,
          failures,
        );
      });
    }
    this.setSection(
      section,
      previous.data === undefined
        ? {
            status: 'error',
            data: undefined,
            issues: [],
            error: failure,
            stale: false,
            slow: false,
            retry,
          }
        : { ...previous, error: failure, stale: true, slow: false, retry },
    );
  }

  private setSection(section: CustomerSection, state: SectionState<unknown>, notify = true): void {
    this.current = {
      customerId: this.current.customerId,
      sections: { ...this.current.sections, [section]: state },
      settled: this.controllers.size === 0,
    };
    if (notify) this.emit(section);
  }

  private emit(section: CustomerSection | undefined): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(this.current, section);
      } catch (error) {
        // One failing listener must not starve the others or break loading.
        console.error(error);
      }
    }
  }
}

/** A snapshot's loaded sections as a Customer360 (sections not loaded are empty). */
export function snapshotToCustomer360(snapshot: CustomerLoaderSnapshot): Customer360 {
  const customer = emptyCustomer360();
  const { sections } = snapshot;
  customer.profile = sections.profile.data;
  customer.products = sections.products.data ?? [];
  customer.usage = sections.usage.data ?? [];
  customer.bills = sections.bills.data ?? [];
  customer.tickets = sections.tickets.data ?? [];
  customer.interactions = sections.interactions.data?.items ?? [];
  customer.interactionTotal = sections.interactions.data?.total ?? 0;
  customer.satisfaction = sections.satisfaction.data ?? [];
  customer.risk = sections.risk.data;
  customer.offers = sections.offers.data ?? [];
  return customer;
}

import {
  Transport,
  TransportError,
  type TransportOptions,
  type TransportResponse,
  type TransportRetryNotice,
} from '../transport.js';
import type {
  BillSummary,
  CustomerProfile,
  InteractionSummary,
  Offer,
  ProductSummary,
  RiskAssessment,
  SatisfactionEntry,
  TicketSummary,
  UsageBucket,
} from './customer360.js';
import type { DataIssue, Lenient } from './lenient.js';
import {
  normaliseCustomer,
  normaliseList,
  normaliseOffers,
  normaliseRisk,
  normaliseSatisfaction,
  type TmfVersion,
} from './normalise.js';

/** What every section call receives. */
export interface SectionRequest {
  /** Aborts the call (customer switched, retry, dispose). */
  signal: AbortSignal;
  /** Optional: tell of each failed attempt the source retries itself, so the widget can say so. */
  onRetry?: (notice: TransportRetryNotice) => void;
}

/** One page of the interaction history. */
export interface InteractionRequest extends SectionRequest {
  /** Index of the first interaction (0 = newest). */
  offset: number;
  /** Page size. */
  limit: number;
}

/** A page of interactions, newest first. */
export interface InteractionPage {
  /** The interactions of this page. */
  items: InteractionSummary[];
  /** How many exist in all. */
  total: number;
  /** Index of `items[0]`. */
  offset: number;
}

/**
 * Where a Customer360 comes from, one call per section so each loads, fails and retries on its
 * own. Calls reject with a `TransportError` (or any Error) on failure, and with code `aborted`
 * when their signal aborts. Data problems that do not stop a section are returned as `issues`.
 * A host with another API implements this interface.
 */
export interface CustomerDataSource {
  /** Identity, tier, lifecycle, tenure, status, contact media, extensions. */
  profile(customerId: string, request: SectionRequest): Promise<Lenient<CustomerProfile>>;
  /** Plan and products. */
  products(customerId: string, request: SectionRequest): Promise<Lenient<ProductSummary[]>>;
  /** Usage buckets of the current cycle. */
  usage(customerId: string, request: SectionRequest): Promise<Lenient<UsageBucket[]>>;
  /** Bills, newest first. */
  bills(customerId: string, request: SectionRequest): Promise<Lenient<BillSummary[]>>;
  /** Trouble tickets and complaints. */
  tickets(customerId: string, request: SectionRequest): Promise<Lenient<TicketSummary[]>>;
  /** One page of the interaction history. */
  interactions(customerId: string, request: InteractionRequest): Promise<Lenient<InteractionPage>>;
  /** Satisfaction answers, oldest first. */
  satisfaction(customerId: string, request: SectionRequest): Promise<Lenient<SatisfactionEntry[]>>;
  /** Churn / port-out risk (undefined when unknown). */
  risk(customerId: string, request: SectionRequest): Promise<Lenient<RiskAssessment | undefined>>;
  /** Next best offers. */
  offers(customerId: string, request: SectionRequest): Promise<Lenient<Offer[]>>;
}

/** Settings of the TM Forum data source. */
export interface TmfCustomerDataSourceOptions {
  /** The HTTP client (e.g. the agent session's); `apiBase` overrides its base URL. */
  transport?: Transport;
  /** Base URL the `/tmf-api/…` paths are appended to, e.g. `https://crm.example` or `/sandbox/x`. */
  apiBase?: string;
  /** Settings for a transport created here (when `transport` is not given). */
  transportOptions?: TransportOptions;
  /** TMF major version to call (default `v4`). Both are read either way. */
  version?: TmfVersion;
  /** Page size of list calls other than interactions (default 100). */
  listLimit?: number;
}

const PATHS = {
  customer: 'customerManagement/{v}/customer',
  individual: 'partyManagement/{v}/individual',
  product: 'productInventory/{v}/product',
  usage: 'usageManagement/{v}/usageConsumptionReport',
  bill: 'customerBillManagement/{v}/customerBill',
  ticket: 'troubleTicket/{v}/troubleTicket',
  interaction: 'partyInteraction/{v}/partyInteraction',
} as const;

interface SharedFetch {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  settled: boolean;
  /** The retry listeners of the callers still waiting. */
  retryListeners: Set<(notice: TransportRetryNotice) => void>;
  /**
   * Whether a caller may still join: only those of the same turn (the loader asks for every section
   * at once). A later caller — an agent's Retry, a retry after a failure — gets a request of its own,
   * never one that was sent before and may be stuck.
   */
  joinable: boolean;
}

function tellEach(
  listeners: Iterable<(notice: TransportRetryNotice) => void>,
  notice: TransportRetryNotice,
): void {
  for (const listener of [...listeners]) {
    try {
      listener(notice);
    } catch (error) {
      console.error(error);
    }
  }
}

function abortError(url: string, signal: AbortSignal): TransportError {
  return new TransportError('aborted', `Request to ${url} was cancelled`, {
    url,
    attempts: 0,
    cause: signal.reason,
  });
}

/**
 * The default data source: the TM Forum Open APIs (TMF629/632/637/677/678/621/683) of the
 * reference backend or any compatible BSS, v4 or v5. Profile, satisfaction, risk and offers all
 * come from the TMF629 customer, so calls made together share one request while any of them waits.
 */
export class TmfCustomerDataSource implements CustomerDataSource {
  /** The TMF version called. */
  readonly version: TmfVersion;
  private readonly transport: Transport;
  private readonly listLimit: number;
  private readonly sharedCustomers = new Map<string, SharedFetch>();

  constructor(options: TmfCustomerDataSourceOptions = {}) {
    this.version = options.version ?? 'v4';
    this.listLimit = options.listLimit ?? 100;
    const base = options.transport ?? new Transport(options.transportOptions);
    this.transport = options.apiBase === undefined ? base : base.with({ baseUrl: options.apiBase });
  }

  /** The path of a TMF collection (or one resource of it) for this version. */
  path(resource: keyof typeof PATHS, id?: string): string {
    const collection = PATHS[resource].replace('{v}', this.version);
    return `/tmf-api/${collection}${id === undefined ? '' : `/${encodeURIComponent(id)}`}`;
  }

  private list(
    resource: keyof typeof PATHS,
    customerId: string,
    { signal, onRetry }: SectionRequest,
    page: { offset: number; limit: number } = { offset: 0, limit: this.listLimit },
  ): Promise<TransportResponse<unknown>> {
    const query = new URLSearchParams({
      'relatedParty.id': customerId,
      offset: String(page.offset),
      limit: String(page.limit),
    });
    return this.transport.get<unknown>(`${this.path(resource)}?${query}`, { signal, onRetry });
  }

  /** The TMF629 customer, one request shared by every caller still waiting for it. */
  private customer(customerId: string, { signal, onRetry }: SectionRequest): Promise<unknown> {
    const url = this.transport.url(this.path('customer', customerId));
    if (signal.aborted) return Promise.reject(abortError(url, signal));
    let shared = this.sharedCustomers.get(customerId);
    if (!shared || !shared.joinable) {
      const controller = new AbortController();
      const retryListeners = new Set<(notice: TransportRetryNotice) => void>();
      const entry: SharedFetch = {
        controller,
        users: 0,
        settled: false,
        retryListeners,
        joinable: true,
        promise: this.transport
          .get<unknown>(this.path('customer', customerId), {
            signal: controller.signal,
            onRetry: (notice) => tellEach(retryListeners, notice),
          })
          .then((response) => response.data)
          .finally(() => {
            entry.settled = true;
            if (this.sharedCustomers.get(customerId) === entry) this.sharedCustomers.delete(customerId);
          }),
      };
      entry.promise.catch(() => undefined);
      queueMicrotask(() => (entry.joinable = false));
      this.sharedCustomers.set(customerId, entry);
      shared = entry;
    }
    const entry = shared;
    entry.users += 1;
    if (onRetry) entry.retryListeners.add(onRetry);
    return new Promise((resolve, reject) => {
      let done = false;
      const release = (): void => {
        done = true;
        signal.removeEventListener('abort', onAbort);
        if (onRetry) entry.retryListeners.delete(onRetry);
        entry.users -= 1;
        if (entry.users === 0 && !entry.settled) {
          entry.controller.abort(signal.reason);
          if (this.sharedCustomers.get(customerId) === entry) this.sharedCustomers.delete(customerId);
        }
      };
      const onAbort = (): void => {
        if (done) return;
        release();
        reject(abortError(url, signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (data) => {
          if (done) return;
          release();
          resolve(data);
        },
        (error: unknown) => {
          if (done) return;
          release();
          reject(error);
        },
      );
    });
  }

  async profile(customerId: string, request: SectionRequest): Promise<Lenient<CustomerProfile>> {
    const { signal, onRetry } = request;
    const customer = await this.customer(customerId, request);
    const party = (customer as { engagedParty?: { id?: unknown } } | null)?.engagedParty;
    let individual: unknown;
    const issues: DataIssue[] = [];
    if (typeof party?.id === 'string') {
      try {
        individual = (
          await this.transport.get<unknown>(this.path('individual', party.id), { signal, onRetry })
        ).data;
      } catch (error) {
        // The customer alone is enough for a profile: say what is missing instead of failing.
        if ((error as TransportError).code === 'aborted') throw error;
        issues.push({
          path: 'profile.identity',
          code: 'unavailable',
          message: `the individual ${party.id} could not be loaded: ${(error as Error).message}`,
        });
      }
    }
    const result = normaliseCustomer(customer, individual);
    if (!result.value) {
      const url = this.transport.url(this.path('customer', customerId));
      throw new TransportError('parse', `${url} did not answer with a TMF629 Customer`, {
        url,
        status: 200,
        attempts: 1,
        cause: result.issues,
      });
    }
    return { value: result.value, issues: [...issues, ...result.issues] };
  }

  async satisfaction(customerId: string, request: SectionRequest): Promise<Lenient<SatisfactionEntry[]>> {
    return normaliseSatisfaction(await this.customer(customerId, request));
  }

  async risk(customerId: string, request: SectionRequest): Promise<Lenient<RiskAssessment | undefined>> {
    return normaliseRisk(await this.customer(customerId, request));
  }

  async offers(customerId: string, request: SectionRequest): Promise<Lenient<Offer[]>> {
    return normaliseOffers(await this.customer(customerId, request));
  }

  private async readList<S extends 'products' | 'usage' | 'bills' | 'tickets'>(
    name: S,
    resource: keyof typeof PATHS,
    customerId: string,
    request: SectionRequest,
  ) {
    const response = await this.list(resource, customerId, request);
    this.expectList(response, resource);
    return normaliseList(name, response.data);
  }

  private expectList(response: TransportResponse<unknown>, resource: string): void {
    if (Array.isArray(response.data)) return;
    const url = this.transport.url(this.path(resource as keyof typeof PATHS));
    throw new TransportError('parse', `${url} did not answer with a list`, {
      url,
      status: response.status,
      attempts: response.attempts,
    });
  }

  products(customerId: string, request: SectionRequest): Promise<Lenient<ProductSummary[]>> {
    return this.readList('products', 'product', customerId, request);
  }

  usage(customerId: string, request: SectionRequest): Promise<Lenient<UsageBucket[]>> {
    return this.readList('usage', 'usage', customerId, request);
  }

  bills(customerId: string, request: SectionRequest): Promise<Lenient<BillSummary[]>> {
    return this.readList('bills', 'bill', customerId, request);
  }

  tickets(customerId: string, request: SectionRequest): Promise<Lenient<TicketSummary[]>> {
    return this.readList('tickets', 'ticket', customerId, request);
  }

  async interactions(customerId: string, request: InteractionRequest): Promise<Lenient<InteractionPage>> {
    const response = await this.list('interaction', customerId, request, request);
    this.expectList(response, 'interaction');
    const parsed = normaliseList('interactions', response.data);
    const header = Number(response.headers.get('x-total-count'));
    const total = Number.isInteger(header) && header >= 0 ? header : request.offset + parsed.value.length;
    return {
      value: {
        items: parsed.value,
        total: Math.max(total, request.offset + parsed.value.length),
        offset: request.offset,
      },
      issues: parsed.issues,
    };
  }
}

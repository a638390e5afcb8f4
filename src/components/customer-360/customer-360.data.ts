// Where the 360's customer comes from: pushed data read at once, or the sections pulled from a data
// source, each through a @lit/task run (the latest run wins; a new customer aborts the last one's
// requests). The per-section states — loading, slow, retried with backoff, saved data being updated —
// are the CustomerLoader's (a public, tested service); this controller binds it to the element.
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CxCustomerLoadErrorEvent } from '../../events/cx-customer-load-error.js';
import { CxCustomerLoadEvent } from '../../events/cx-customer-load.js';
import type { CxErrorDetail } from '../../events/cx-error.js';
import type { EventQueueController } from '../../internal/controllers/event-queue.js';
import {
  CUSTOMER_SECTIONS,
  emptyCustomer360,
  parseCustomer360,
  type Customer360,
  type CustomerSection,
} from '../../services/tmf/customer360.js';
import { TmfCustomerDataSource, type CustomerDataSource } from '../../services/tmf/data-source.js';
import type { DataIssue } from '../../services/tmf/lenient.js';
import {
  CustomerLoader,
  snapshotToCustomer360,
  type CustomerLoaderSnapshot,
  type SectionRetry,
  type SectionStatus,
} from '../../services/tmf/loader.js';
import type { TmfVersion } from '../../services/tmf/normalise.js';
import type { Transport } from '../../services/transport.js';
import { errorFacts } from './section-state.js';

/** One section as the widget shows it. */
export interface SectionView {
  readonly status: SectionStatus;
  readonly error: Error | undefined;
  readonly stale: boolean;
  readonly slow: boolean;
  readonly retry: SectionRetry | undefined;
  readonly issues: readonly DataIssue[];
}

/** What the widget shows: the customer (sections not loaded are empty), each section's state, the invalid fields. */
export interface CustomerView {
  readonly customer: Customer360;
  readonly sections: Readonly<Record<CustomerSection, SectionView>>;
  /** Paths of the fields the data got wrong. */
  readonly invalid: ReadonlySet<string>;
}

/** Where pulled data comes from. */
export interface PullSource {
  readonly customerId: string | undefined;
  /** A host's own data source (used instead of the TM Forum APIs). */
  readonly own: CustomerDataSource | undefined;
  readonly apiBase: string | undefined;
  readonly transport: Transport | undefined;
  readonly version: TmfVersion;
}

/** How the 360 plugs the controller in. */
export interface Customer360DataOptions {
  /** The pushed data; undefined or null: pull. */
  data(): unknown;
  /** Where to pull from. */
  source(): PullSource;
  /** The widget's event queue (events go out after the update that caused them). */
  readonly events: EventQueueController;
  /** An event detail as a host may log it (personal values masked). */
  safeDetail<T extends object>(detail: T): T;
  /** Another customer is on screen (or none): per-customer state goes. */
  switched(customerId: string | undefined): void;
  /** What to show now (a new object on every change). */
  show(view: CustomerView): void;
}

const readySection = (status: SectionStatus, issues: readonly DataIssue[] = []): SectionView => ({
  status,
  error: undefined,
  stale: false,
  slow: false,
  retry: undefined,
  issues,
});

function idleSections(): Record<CustomerSection, SectionView> {
  return Object.fromEntries(CUSTOMER_SECTIONS.map((section) => [section, readySection('idle')])) as Record<
    CustomerSection,
    SectionView
  >;
}

/** Nothing to show: no customer. */
export const IDLE_VIEW: CustomerView = {
  customer: emptyCustomer360(),
  sections: idleSections(),
  invalid: new Set(),
};

function hasContent(customer: Customer360, section: CustomerSection): boolean {
  const value = customer[section];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** Whether a host's value implements every section of `CustomerDataSource`. */
export function isDataSource(value: unknown): value is CustomerDataSource {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return CUSTOMER_SECTIONS.every((section) => typeof candidate[section] === 'function');
}

/** The data of the 360: loads, reports and shows; see the file comment. */
export class Customer360Data implements ReactiveController {
  /** Loads what `sync()` found asked for: pushed data at once, pulled data through the loader. */
  private readonly load: Task<readonly unknown[], void>;
  /** The next page of the interaction history. */
  private readonly more: Task<readonly [CustomerLoader], boolean>;
  private loadArgs: readonly unknown[] | undefined;
  private loader: CustomerLoader | undefined;
  private loaderKey: unknown[] = [];
  private unsubscribe: (() => void) | undefined;
  private shownCustomerId: string | undefined;
  /** Counts customer switches: a page asked for under an earlier customer says nothing now. */
  private switches = 0;
  private moreFor = -1;
  /** Bumped when the element is connected again: its loader was disposed, so load again. */
  private connections = 0;
  private readonly reportedIssues = new WeakSet<readonly DataIssue[]>();
  private readonly reportedErrors = new WeakSet<Error>();
  private readonly loadedSinceSettle = new Set<CustomerSection>();
  private sections: Record<CustomerSection, SectionView> = idleSections();
  private customer: Customer360 = IDLE_VIEW.customer;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: Customer360DataOptions,
  ) {
    host.addController(this);
    this.load = new Task(host, {
      autoRun: false,
      task: (args: readonly unknown[]) => this.run(args),
    });
    this.more = new Task(host, {
      autoRun: false,
      task: ([loader]: readonly [CustomerLoader]) => loader.loadMoreInteractions(),
    });
  }

  /** The customer on screen: the one asked for (pulled), or the profile's id (pushed; '' without one). */
  get customerId(): string | undefined {
    return this.shownCustomerId;
  }

  /** How many requests of the pulled data are in flight (0 when pushed). */
  get pendingRequests(): number {
    return this.loader?.pendingRequests ?? 0;
  }

  /** True while the next page of the history is being read for this customer. */
  get loadingMore(): boolean {
    return this.more.status === TaskStatus.PENDING && this.moreFor === this.switches;
  }

  /** Why the last page of the history for this customer could not be read, if it could not. */
  get moreError(): Error | undefined {
    if (this.more.status !== TaskStatus.ERROR || this.moreFor !== this.switches) return undefined;
    const error = this.more.error;
    return error instanceof Error ? error : new Error(String(error));
  }

  /** Resolves when no request is in flight. */
  whenSettled(): Promise<void> {
    return this.loader?.whenSettled() ?? Promise.resolve();
  }

  /** Loads a failed (or stale) section again; pulled data only. */
  retry(section: CustomerSection): void {
    this.loader?.retry(section);
  }

  /** Reads the next page of the history (pulled data, while there is more and none is being read). */
  loadMore(): void {
    const loader = this.loader;
    if (!loader || this.loadingMore || this.sections.interactions.status !== 'ready') return;
    if (this.customer.interactions.length >= this.customer.interactionTotal) return;
    this.moreFor = this.switches;
    void this.more.run([loader]);
  }

  /** The soonest automatic retry of any section, while one is counted down. */
  nextRetryAt(): number | undefined {
    let soonest: number | undefined;
    for (const section of CUSTOMER_SECTIONS) {
      const at = this.sections[section].retry?.nextAt;
      if (at !== undefined && (soonest === undefined || at < soonest)) soonest = at;
    }
    return soonest;
  }

  /**
   * Called first thing in the host's `willUpdate`: when what the properties ask for changed (other
   * pushed data, another customer or source), a new run of the task shows it, within this update.
   */
  sync(): void {
    const data = this.options.data();
    let args: readonly unknown[];
    if (data !== undefined && data !== null) args = ['pushed', data];
    else {
      const { customerId, own, apiBase, transport, version } = this.options.source();
      args = [
        'pulled',
        customerId,
        own,
        own ? undefined : apiBase,
        own ? undefined : transport,
        own ? undefined : version,
        this.connections,
      ];
    }
    const previous = this.loadArgs;
    if (
      previous &&
      previous.length === args.length &&
      previous.every((arg, index) => Object.is(arg, args[index]))
    )
      return;
    this.loadArgs = args;
    // The task function runs at once (a Task calls it before its first await): the view is set now.
    void this.load.run(args);
  }

  hostConnected(): void {
    if (this.loadArgs === undefined) return;
    this.connections += 1;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.disposeLoader();
  }

  private run(args: readonly unknown[]): Promise<void> | void {
    if (args[0] === 'pushed') {
      this.disposeLoader();
      this.showPushed(args[1]);
      return;
    }
    const [, customerId, own, apiBase, transport, version] = args as [
      string,
      string | undefined,
      CustomerDataSource | undefined,
      string | undefined,
      Transport | undefined,
      TmfVersion | undefined,
    ];
    const key = [own, apiBase, transport, version];
    if (!this.loader || key.some((part, index) => part !== this.loaderKey[index])) {
      this.disposeLoader();
      if (customerId === undefined) {
        this.showIdle();
        return;
      }
      const source = own ?? new TmfCustomerDataSource({ transport, apiBase, version });
      this.loader = new CustomerLoader(source);
      this.loaderKey = key;
      this.unsubscribe = this.loader.subscribe((snapshot, section) => this.applySnapshot(snapshot, section));
    }
    this.loader.load(customerId);
    return this.loader.whenSettled();
  }

  private error(error: Omit<CxErrorDetail, 'source'>): void {
    this.options.events.error(error);
  }

  /** A new customer on screen: the host drops what belonged to the last one. */
  private switchCustomer(customerId: string | undefined): void {
    if (customerId === this.shownCustomerId) return;
    this.shownCustomerId = customerId;
    this.switches += 1;
    this.options.switched(customerId);
  }

  private show(customer: Customer360, invalid: ReadonlySet<string>): void {
    this.customer = customer;
    this.options.show({ customer, sections: this.sections, invalid });
  }

  private showIdle(): void {
    this.switchCustomer(undefined);
    this.sections = idleSections();
    this.show(emptyCustomer360(), new Set());
  }

  private showPushed(input: unknown): void {
    const { value, issues } = parseCustomer360(input);
    this.switchCustomer(value.profile?.id ?? '');
    const byRoot = new Map<string, DataIssue[]>();
    for (const issue of issues) {
      const root = issue.path.split('.')[0];
      byRoot.set(root, [...(byRoot.get(root) ?? []), issue]);
    }
    this.sections = Object.fromEntries(
      CUSTOMER_SECTIONS.map((section) => [
        section,
        readySection(hasContent(value, section) ? 'ready' : 'empty', byRoot.get(section) ?? []),
      ]),
    ) as Record<CustomerSection, SectionView>;
    this.show(value, new Set(issues.map((issue) => issue.path)));
    for (const issue of issues) this.reportIssue(issue);
    if (!value.profile && !issues.some((issue) => issue.path === '')) {
      this.error({
        code: 'invalid-data',
        path: 'data',
        message: 'data has no profile (with an id): there is no customer to show',
      });
    }
    this.options.events.queue(
      new CxCustomerLoadEvent(
        this.options.safeDetail({ customerId: value.profile?.id ?? '', sections: [...CUSTOMER_SECTIONS] }),
      ),
    );
  }

  private reportIssue(issue: DataIssue): void {
    this.error({
      code: issue.code === 'unknown-value' ? 'unknown-value' : 'invalid-data',
      // The whole value (not a field of it) is named by the property it came through.
      path: issue.path || 'data',
      message: `${issue.path || 'data'}: ${issue.message}`,
      severity: issue.code === 'too-long' ? 'warning' : 'error',
    });
  }

  private disposeLoader(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.loader?.dispose();
    this.loader = undefined;
    this.loaderKey = [];
    this.loadedSinceSettle.clear();
  }

  /** A failed section: the technical detail goes to the host; the agent reads the plain words of the section. */
  private reportFailure(
    customerId: string,
    section: CustomerSection,
    failure: Error,
    retry: SectionRetry | undefined,
  ): void {
    const error = errorFacts(failure);
    const nextAt = retry?.nextAt;
    const retryInMs = nextAt === undefined ? undefined : Math.max(0, nextAt - Date.now());
    this.options.events.queue(
      new CxCustomerLoadErrorEvent(
        this.options.safeDetail({
          customerId,
          section,
          error,
          ...(retryInMs === undefined ? {} : { retryInMs }),
        }),
      ),
    );
    this.error({
      code: 'load-failed',
      path: section,
      message: `${section} of ${customerId} could not be loaded: ${error.message}${
        retryInMs === undefined ? '' : ` (trying again in ${Math.round(retryInMs)} ms)`
      }`,
      severity: retry ? 'warning' : 'error',
    });
  }

  private applySnapshot(snapshot: CustomerLoaderSnapshot, changedSection: CustomerSection | undefined): void {
    const customerId = snapshot.customerId;
    if (customerId !== this.shownCustomerId) this.loadedSinceSettle.clear();
    if (customerId === undefined) {
      this.showIdle();
      return;
    }
    this.switchCustomer(customerId);
    const sections = {} as Record<CustomerSection, SectionView>;
    const invalid = new Set<string>();
    for (const section of CUSTOMER_SECTIONS) {
      const entry = snapshot.sections[section];
      const { status, error, stale, slow, retry, issues } = entry;
      sections[section] = { status, error, stale, slow, retry, issues };
      for (const issue of issues) invalid.add(issue.path);
      if (issues.length > 0 && !this.reportedIssues.has(issues)) {
        this.reportedIssues.add(issues);
        for (const issue of issues) this.reportIssue(issue);
      }
      if (error && !this.reportedErrors.has(error)) {
        this.reportedErrors.add(error);
        this.reportFailure(customerId, section, error, retry);
      }
      const done = (status === 'ready' || status === 'empty') && !stale && !error;
      if (done && (changedSection === section || changedSection === undefined))
        this.loadedSinceSettle.add(section);
    }
    this.sections = sections;
    this.show(snapshotToCustomer360(snapshot), invalid);
    if (snapshot.settled && this.loadedSinceSettle.size > 0) {
      const loaded = CUSTOMER_SECTIONS.filter((section) => this.loadedSinceSettle.has(section));
      this.loadedSinceSettle.clear();
      this.options.events.queue(
        new CxCustomerLoadEvent(this.options.safeDetail({ customerId, sections: loaded })),
      );
    }
  }
}

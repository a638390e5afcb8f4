import { consume, provide } from '@lit/context';
import { virtualize, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { agentSessionContext, type AgentSession } from '../../context/agent-session.js';
import { customerContext } from '../../context/customer.js';
import { CxCustomerActionEvent } from '../../events/cx-customer-action.js';
import { CxCustomerLoadErrorEvent } from '../../events/cx-customer-load-error.js';
import { CxCustomerLoadEvent } from '../../events/cx-customer-load.js';
import { CxCustomerOfferDecisionEvent } from '../../events/cx-customer-offer-decision.js';
import { CxCustomerPiiRevealEvent } from '../../events/cx-customer-pii-reveal.js';
import { CxErrorEvent, type CxErrorDetail } from '../../events/cx-error.js';
import type { CxEvent } from '../../events/cx-event.js';
import { announce } from '../../internal/announcer.js';
import { codeLabel } from '../../internal/code-terms.js';
import { CxElement } from '../../internal/cx-element.js';
import { cssVars } from '../../internal/css-vars.js';
import { checkChangedSettings } from '../../internal/property-check.js';
import { LocalizeController } from '../../internal/localize.js';
import { PiiRevealController, piiRevealStyles, type PiiRevealWords } from '../../internal/pii-reveal.js';
import {
  maskPii,
  piiValue,
  readPiiFields,
  redactDeep,
  redactText,
  type PiiKind,
  type PiiMatch,
} from '../../services/pii/index.js';
import {
  DEFAULT_ALERT_RULES,
  evaluateAlerts,
  type AlertRules,
  type CustomerAlert,
} from '../../services/tmf/alerts.js';
import {
  CUSTOMER_SECTIONS,
  SATISFACTION_SCALES,
  emptyCustomer360,
  parseCustomer360,
  type Customer360,
  type CustomerSection,
  type InteractionSummary,
  type MaskedValue,
  type Offer,
  type TicketSummary,
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
import {
  customer360En,
  customer360ZhCN,
  type Customer360CodeFamily,
  type Customer360Tab,
} from '../../translations/customer-360.js';
import { formatDate, formatLanguage, formatMoney, formatNumber, tenure } from './customer-360.format.js';
import { personalStyles } from './customer-360.personal.styles.js';
import { CUSTOMER_360_SETTINGS, usableAlertRules } from './customer-360.settings.js';
import { FeedFocusController } from './feed-focus.js';
import {
  RetryCountdownController,
  displayState,
  errorFacts,
  renderErrorDetails,
  renderSectionState,
  type SectionDisplayState,
} from './section-state.js';
import { styles } from './customer-360.styles.js';

// The widget brings its own words to the shipped languages (a page without it does not carry them).
/** This widget's terms, registered by its localize controller when the first element is created. */
const TERMS = { en: customer360En, 'zh-cn': customer360ZhCN };

/** The tabs, in order; each shows the section of the same name. */
const TABS: readonly Customer360Tab[] = [
  'products',
  'usage',
  'bills',
  'tickets',
  'interactions',
  'satisfaction',
  'offers',
];
const OPEN_TICKET_STATUSES = new Set(['acknowledged', 'pending', 'held', 'inProgress']);
const REJECT_REASONS = [
  'not-interested',
  'too-expensive',
  'already-has',
  'call-back-later',
  'no-consent',
  'other',
];
/** Below this width (px) `layout="auto"` shows disclosures instead of tabs. */
const NARROW_PX = 520;
/** Load the next history page when the rendered range comes this close to the end of what is loaded. */
const LOAD_AHEAD = 10;
const STORAGE_PREFIX = 'cx-desk/customer-360/tab/';
const EMPTY_FEED: InteractionSummary[] = [];
const EMPTY_CHANNELS: string[] = [];

/** One section as the widget shows it. */
interface SectionView {
  status: SectionStatus;
  error: Error | undefined;
  stale: boolean;
  slow: boolean;
  retry: SectionRetry | undefined;
  issues: readonly DataIssue[];
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

function hasContent(customer: Customer360, section: CustomerSection): boolean {
  const value = customer[section];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

function isDataSource(value: unknown): value is CustomerDataSource {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return CUSTOMER_SECTIONS.every((section) => typeof candidate[section] === 'function');
}

/**
 * @tag cx-customer-360
 * @summary The subscriber at a glance: identity (masked until revealed), tier, lifecycle, tenure, status,
 * alert badges that say why, and tabs for plan, usage, bills, open tickets with their SLA, interaction
 * history, satisfaction and next best offers. Data is pushed (`data`) or pulled from the TM Forum APIs.
 *
 * @slot - Companion widgets (script prompter, survey) that consume the customer through `customerContext`.
 *
 * @fires {CxCustomerLoadEvent} cx-customer-load - Sections finished loading (pulled, when no request is left) or were set (pushed).
 * @fires {CxCustomerLoadErrorEvent} cx-customer-load-error - A section failed to load (address, status, attempts in the detail; `retryInMs` when it is tried again on its own); it shows plain words and a Retry button, the rest keeps working.
 * @fires {CxCustomerPiiRevealEvent} cx-customer-pii-reveal - The agent asked to see a masked value (its kind, where, its masked form); cancelable (`preventDefault()` denies).
 * @fires {CxCustomerActionEvent} cx-customer-action - The agent chose call, SMS, e-mail or new ticket; the host carries it out (full values from `detail.rawPayload()`).
 * @fires {CxCustomerOfferDecisionEvent} cx-customer-offer-decision - The agent recorded an offer as accepted or rejected (with a reason).
 * @fires {CxErrorEvent} cx-error - A field of the data is invalid (`invalid-data`, shown marked, the rest renders), a section could not be loaded (`load-failed`), or a property / attribute is unusable (`invalid-property`, naming it and what it accepts; the default is used).
 *
 * @cssprop [--cx-customer-360-accent-color] - Accent of the selected tab and the meters.
 * @cssprop [--cx-customer-360-feed-height] - Height of the interaction history (default 420px; 320px in narrow layouts).
 * @cssprop [--cx-customer-360-meter-track-color] - Background of the usage meters.
 * @cssprop [--cx-customer-360-invalid-color] - Colour of the marks on invalid fields.
 * @cssprop [--cx-customer-360-state-loading-color] - Icon and edge of a loading section (default: the info colour).
 * @cssprop [--cx-customer-360-state-slow-color] - …of a section still loading after 2 s (default: the warning colour).
 * @cssprop [--cx-customer-360-state-retrying-color] - …of a failed section being tried again (default: between warning and danger).
 * @cssprop [--cx-customer-360-state-stale-color] - …of saved data that could not be updated (default: between info and danger).
 * @cssprop [--cx-customer-360-state-error-color] - …of a failed section (default: the danger colour).
 * @cssprop [--cx-customer-360-state-empty-color] - …of an empty section (default: the muted text colour).
 *
 * @csspart base - The whole panel.
 * @csspart header - Identity, facts, alerts and actions.
 * @csspart name - The customer's name.
 * @csspart facts - The list of identity facts.
 * @csspart tier - The tier badge.
 * @csspart alerts - The list of alert badges.
 * @csspart alert - One alert badge (also `alert-critical`, `alert-warning`, `alert-info`).
 * @csspart actions - The action buttons.
 * @csspart tabs - The tab list.
 * @csspart tab - One tab (also `tab-selected`).
 * @csspart panel - A tab panel or disclosure body.
 * @csspart skeleton - A section's loading state (also still loading) with its placeholder.
 * @csspart error - A section's failure (also while it is tried again) with its Retry button.
 * @csspart stale - The note above saved data that is still being updated or could not be.
 * @csspart empty - A section's empty state.
 * @csspart state-icon - The icon of a section's state.
 * @csspart error-detail - The "Technical details" disclosure of a failure (address, status, attempts).
 * @csspart meter - A usage meter.
 * @csspart feed - The interaction history feed.
 * @csspart interaction - One interaction article.
 * @csspart offer - One offer.
 * @csspart invalid - The mark on an invalid field.
 */
export class CxCustomer360 extends CxElement {
  static override tagName = 'cx-customer-360';
  static override styles = [styles, piiRevealStyles, personalStyles];

  /** A Customer360 pushed by the host (property only); read leniently: bad fields are marked, never thrown. */
  @property({ attribute: false }) data: unknown;

  /** The customer to load (pulled); default: the agent session's customer. */
  @property({ attribute: 'customer-id' }) customerId: string | undefined;

  /** Base URL of the TM Forum APIs (`/tmf-api/…` is appended); default: the agent session's transport. */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;

  /** TM Forum API version to call, `v4` (default) or `v5`; both shapes are read either way. */
  @property({ attribute: 'tmf-version' }) tmfVersion: TmfVersion = 'v4';

  /** A host's own data source (property only), used instead of the TM Forum one. */
  @property({ attribute: false }) dataSource: CustomerDataSource | undefined;

  /** Keys the remembered tab; default: the agent session's agent. */
  @property({ attribute: 'agent-id' }) agentId: string | undefined;

  /** `tabs`, `disclosures`, or `auto` (default: disclosures below 520 px wide). */
  @property() layout: 'auto' | 'tabs' | 'disclosures' = 'auto';

  /** IANA time zone for dates; default: the agent's. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** Overrides of the alert thresholds (property only), e.g. `{ portOutScore: 0.5 }`. */
  @property({ attribute: false }) alertRules: Partial<AlertRules> | undefined;

  /**
   * More personal fields (property only), `view-model path → kind` (`phone`, `idNumber`, `email`,
   * `account`, `address`), added to the documented default set `DEFAULT_PII_FIELDS`, e.g.
   * `{ 'tickets[].extensions.x-callback': 'phone', 'offers[].description': 'address' }`. A personal
   * field is shown masked until an audited reveal; personal `extensions` fields are listed on their
   * card. Every other text is searched for phone numbers, ID numbers, e-mail and account numbers.
   * An unusable value is reported with `cx-error`; its usable entries still apply.
   */
  @property({ attribute: false }) piiFields: Record<string, PiiKind> | undefined;

  /**
   * The customer's name as the page already knows it (its customer record, the call's IVR): shown in
   * the header while the profile loads, and if it cannot be loaded.
   */
  @property({ attribute: 'customer-name' }) customerName: string | undefined;

  @consume({ context: agentSessionContext, subscribe: true })
  @state()
  private session: AgentSession | undefined;

  /** The customer provided to descendants through `customerContext`. */
  @provide({ context: customerContext })
  protected providedCustomer: Customer360 | undefined;

  @state() private customer: Customer360 = emptyCustomer360();
  @state() private sections: Record<CustomerSection, SectionView> = idleSections();
  @state() private selectedTab: Customer360Tab = 'products';
  @state() private openDisclosures = new Set<Customer360Tab>();
  @state() private narrow = false;
  @state() private decisions = new Map<string, 'accept' | 'reject'>();
  @state() private rejecting: string | undefined;
  @state() private channelFilter = '';
  @state() private loadingMore = false;
  @state() private moreError: Error | undefined;
  /** True for one update after a customer or filter change: the old feed goes, a new one follows. */
  @state() private feedParked = false;

  private readonly localize = new LocalizeController(this, TERMS);
  /** Every personal value on screen: masked, revealed everywhere at once after an audited reveal. */
  private readonly pii = new PiiRevealController(this, {
    words: () => this.revealWords(),
    lang: () => this.localize.lang(),
    event: ({ match, path }) =>
      new CxCustomerPiiRevealEvent({
        customerId: this.shownCustomerId ?? '',
        field: match.kind,
        path,
        masked: match.masked,
      }),
  });
  /** The alert rules of the host that are usable (checked when set). */
  private checkedAlertRules: Partial<AlertRules> | undefined;
  /** "Trying again in N s": re-rendered while a countdown is shown. */
  private readonly retryCountdown = new RetryCountdownController(this, () => this.nextRetryAt());
  /** Keys of the history feed; keeps focus in it when the virtualizer recycles the focused article. */
  private readonly feedFocus = new FeedFocusController(this, {
    feed: () => this.renderRoot.querySelector<HTMLElement & VirtualizerHostElement>('.feed'),
    count: () => this.feedItems.length,
    articleFocused: (index) => {
      if (index >= this.feedItems.length - LOAD_AHEAD) void this.loadMore();
    },
  });
  private loader: CustomerLoader | undefined;
  private loaderKey: unknown[] = [];
  private unsubscribe: (() => void) | undefined;
  private shownCustomerId: string | undefined;
  private invalidPaths = new Set<string>();
  private pendingEvents: Array<CxEvent<object>> = [];
  private readonly reportedIssues = new WeakSet<readonly DataIssue[]>();
  private readonly reportedErrors = new WeakSet<Error>();
  private loadedSinceSettle = new Set<CustomerSection>();
  private resizeObserver: ResizeObserver | undefined;
  private measuredWidth = 0;
  private alertsFor: Customer360 | undefined;
  private alerts: CustomerAlert[] = [];
  private feedFor: { items: InteractionSummary[]; filter: string } | undefined;
  private feedItems: InteractionSummary[] = [];
  private channelsFor: InteractionSummary[] | undefined;
  private channels: string[] = [];
  private storedTabKey: string | undefined;

  /** The customer shown (sections not loaded yet are empty). */
  get value(): Customer360 {
    return this.customer;
  }

  /** How many requests of the pulled data are in flight (0 when pushed). */
  get pendingRequests(): number {
    return this.loader?.pendingRequests ?? 0;
  }

  /** Resolves when no request of the pulled data is in flight and the widget has rendered. */
  async whenLoaded(): Promise<void> {
    await this.updateComplete;
    await this.loader?.whenSettled();
    await this.updateComplete;
  }

  /** Loads a failed (or stale) section again; pulled data only. */
  retry(section: CustomerSection): void {
    this.loader?.retry(section);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncResizeObserver();
    // Reconnected after a disconnect: the loader was disposed, load again.
    if (this.hasUpdated) this.requestUpdate('customerId');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.disposeLoader();
  }

  /** Watches the width only while `layout="auto"` has to choose between tabs and disclosures. */
  private syncResizeObserver(): void {
    const wanted = this.isConnected && this.layout !== 'tabs' && this.layout !== 'disclosures';
    if (!wanted || typeof ResizeObserver === 'undefined') {
      this.resizeObserver?.disconnect();
      this.resizeObserver = undefined;
      return;
    }
    if (this.resizeObserver) return;
    this.resizeObserver = new ResizeObserver((entries) => {
      this.measuredWidth = entries[entries.length - 1]?.contentRect.width ?? 0;
      // Next frame: switching layout inside the observer callback resizes the observed host again
      // in the same frame ("ResizeObserver loop completed with undelivered notifications").
      requestAnimationFrame(() => {
        const narrow = this.measuredWidth > 0 && this.measuredWidth < NARROW_PX;
        if (narrow !== this.narrow) this.narrow = narrow;
      });
    });
    this.resizeObserver.observe(this);
  }

  private get effectiveCustomerId(): string | undefined {
    const own = typeof this.customerId === 'string' ? this.customerId : undefined;
    const session = typeof this.session?.customerId === 'string' ? this.session.customerId : undefined;
    const id = (own ?? session)?.trim();
    return id ? id : undefined;
  }

  private get effectiveLayout(): 'tabs' | 'disclosures' {
    if (this.layout === 'tabs' || this.layout === 'disclosures') return this.layout;
    return this.narrow ? 'disclosures' : 'tabs';
  }

  /**
   * Values a host set that the widget cannot use: each is reported once with `cx-error` (naming the
   * attribute, what it accepts and what is used instead) and replaced by that default, so nothing
   * below ever sees a wrong type.
   */
  private checkSettings(changed: PropertyValues<this>): void {
    checkChangedSettings(this, changed as Map<string, unknown>, CUSTOMER_360_SETTINGS, (path, message) =>
      this.queueError({ code: 'invalid-property', path, message }),
    );
    if (changed.has('alertRules')) {
      this.checkedAlertRules = undefined;
      if (this.alertRules !== undefined && this.alertRules !== null) {
        const { rules, bad } = usableAlertRules(this.alertRules);
        this.checkedAlertRules = rules;
        for (const key of bad) {
          this.queueError({
            code: 'invalid-property',
            path: `alertRules.${key}`,
            message: `alertRules.${key} is not a known alert threshold with a usable value; using the default`,
          });
        }
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.checkSettings(changed);
    const sessionAgent = typeof this.session?.agentId === 'string' ? this.session.agentId : undefined;
    const agent = this.agentId ?? sessionAgent ?? 'default';
    if (this.storedTabKey !== agent) {
      this.storedTabKey = agent;
      const remembered = readStorage(`${STORAGE_PREFIX}${agent}`);
      if (remembered && (TABS as readonly string[]).includes(remembered)) {
        this.selectedTab = remembered as Customer360Tab;
        this.openDisclosures = new Set([this.selectedTab]);
      } else if (this.openDisclosures.size === 0) this.openDisclosures = new Set([this.selectedTab]);
    }
    if (changed.has('alertRules')) this.alertsFor = undefined;
    if (changed.has('piiFields')) this.applyPiiFields();
    if (changed.has('dataSource') && this.dataSource !== undefined && !isDataSource(this.dataSource)) {
      this.queueError({
        code: 'invalid-property',
        path: 'dataSource',
        message: 'dataSource does not implement CustomerDataSource; using the TM Forum APIs',
      });
    }
    if (this.data !== undefined && this.data !== null) {
      if (changed.has('data')) {
        this.disposeLoader();
        this.showPushed(this.data);
      }
    } else if (
      changed.has('data') ||
      changed.has('customerId') ||
      changed.has('apiBase') ||
      changed.has('tmfVersion') ||
      changed.has('dataSource') ||
      (changed as Map<PropertyKey, unknown>).has('session')
    ) {
      this.pull();
    }
    if (this.providedCustomer !== this.customer) this.providedCustomer = this.customer;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('layout')) this.syncResizeObserver();
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const event of events) this.dispatchEvent(event);
  }

  private queueError(error: Omit<CxErrorDetail, 'source'>): void {
    this.pendingEvents.push(new CxErrorEvent(this.safeDetail({ ...error, source: CxCustomer360.tagName })));
  }

  /**
   * An event detail as a host may log it: every personal field and every phone number, ID number,
   * e-mail or account number inside its strings masked. The customer id is the host's own key and
   * stays as it was given.
   */
  private safeDetail<T extends object>(detail: T): T {
    const safe = redactDeep(detail, this.pii.fields);
    return 'customerId' in detail ? { ...safe, customerId: detail.customerId } : safe;
  }

  /** Reads the host's personal fields; an unusable value is reported and its usable entries kept. */
  private applyPiiFields(): void {
    const { fields, problem } = readPiiFields(this.piiFields);
    this.pii.fields = fields;
    this.alertsFor = undefined;
    if (problem)
      this.queueError({ code: 'invalid-property', path: 'piiFields', message: `piiFields: ${problem}` });
  }

  /** A new customer on screen: masked again, no pending decisions, the whole history. */
  private switchCustomer(customerId: string | undefined): void {
    if (customerId === this.shownCustomerId) return;
    this.shownCustomerId = customerId;
    this.releaseFeed();
    this.pii.reset();
    this.decisions = new Map();
    this.rejecting = undefined;
    this.channelFilter = '';
    this.moreError = undefined;
    this.loadingMore = false;
  }

  private showPushed(input: unknown): void {
    const { value, issues } = parseCustomer360(input);
    this.switchCustomer(value.profile?.id ?? '');
    this.customer = value;
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
    this.invalidPaths = new Set(issues.map((issue) => issue.path));
    for (const issue of issues) this.queueIssue(issue);
    if (!value.profile && !issues.some((issue) => issue.path === '')) {
      this.queueError({
        code: 'invalid-data',
        path: 'data',
        message: 'data has no profile (with an id): there is no customer to show',
      });
    }
    this.pendingEvents.push(
      new CxCustomerLoadEvent(
        this.safeDetail({ customerId: value.profile?.id ?? '', sections: [...CUSTOMER_SECTIONS] }),
      ),
    );
  }

  private queueIssue(issue: DataIssue): void {
    this.queueError({
      code: issue.code === 'unknown-value' ? 'unknown-value' : 'invalid-data',
      // The whole value (not a field of it) is named by the property it came through.
      path: issue.path || 'data',
      message: `${issue.path || 'data'}: ${issue.message}`,
      severity: issue.code === 'too-long' ? 'warning' : 'error',
    });
  }

  /** Pulled data: (re)creates the loader when its source changed and loads the current customer. */
  private pull(): void {
    const customerId = this.effectiveCustomerId;
    const own = isDataSource(this.dataSource) ? this.dataSource : undefined;
    const transport = this.apiBase === undefined ? this.session?.services.transport : undefined;
    const version: TmfVersion = this.tmfVersion === 'v5' ? 'v5' : 'v4';
    const key = [own, own ? undefined : this.apiBase, own ? undefined : transport, own ? undefined : version];
    if (!this.loader || key.some((part, index) => part !== this.loaderKey[index])) {
      this.disposeLoader();
      if (customerId === undefined) {
        this.showIdle();
        return;
      }
      const source = own ?? new TmfCustomerDataSource({ transport, apiBase: this.apiBase, version });
      this.loader = new CustomerLoader(source);
      this.loaderKey = key;
      this.unsubscribe = this.loader.subscribe((snapshot, section) => this.applySnapshot(snapshot, section));
    }
    if (customerId === undefined) {
      this.loader.load(undefined);
      return;
    }
    this.loader.load(customerId);
  }

  private showIdle(): void {
    this.switchCustomer(undefined);
    this.customer = emptyCustomer360();
    this.sections = idleSections();
    this.invalidPaths = new Set();
  }

  private disposeLoader(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.loader?.dispose();
    this.loader = undefined;
    this.loaderKey = [];
    this.loadedSinceSettle.clear();
  }

  private applySnapshot(snapshot: CustomerLoaderSnapshot, changedSection: CustomerSection | undefined): void {
    const customerId = snapshot.customerId;
    if (customerId !== this.shownCustomerId) this.loadedSinceSettle.clear();
    this.switchCustomer(customerId);
    if (customerId === undefined) {
      this.showIdle();
      return;
    }
    this.customer = snapshotToCustomer360(snapshot);
    const sections = {} as Record<CustomerSection, SectionView>;
    const invalid = new Set<string>();
    for (const section of CUSTOMER_SECTIONS) {
      const entry = snapshot.sections[section];
      sections[section] = {
        status: entry.status,
        error: entry.error,
        stale: entry.stale,
        slow: entry.slow,
        retry: entry.retry,
        issues: entry.issues,
      };
      for (const issue of entry.issues) invalid.add(issue.path);
      if (entry.issues.length > 0 && !this.reportedIssues.has(entry.issues)) {
        this.reportedIssues.add(entry.issues);
        for (const issue of entry.issues) this.queueIssue(issue);
      }
      if (entry.error && !this.reportedErrors.has(entry.error)) {
        this.reportedErrors.add(entry.error);
        // The technical detail goes to the host; the agent reads the plain words of the section.
        const error = errorFacts(entry.error);
        const nextAt = entry.retry?.nextAt;
        const retryInMs = nextAt === undefined ? undefined : Math.max(0, nextAt - Date.now());
        this.pendingEvents.push(
          new CxCustomerLoadErrorEvent(
            this.safeDetail({
              customerId,
              section,
              error,
              ...(retryInMs === undefined ? {} : { retryInMs }),
            }),
          ),
        );
        this.queueError({
          code: 'load-failed',
          path: section,
          message: `${section} of ${customerId} could not be loaded: ${error.message}${
            retryInMs === undefined ? '' : ` (trying again in ${Math.round(retryInMs)} ms)`
          }`,
          severity: entry.retry ? 'warning' : 'error',
        });
      }
      const done = (entry.status === 'ready' || entry.status === 'empty') && !entry.stale && !entry.error;
      if (done && (changedSection === section || changedSection === undefined))
        this.loadedSinceSettle.add(section);
    }
    this.sections = sections;
    this.invalidPaths = invalid;
    if (snapshot.settled && this.loadedSinceSettle.size > 0) {
      const loaded = CUSTOMER_SECTIONS.filter((section) => this.loadedSinceSettle.has(section));
      this.loadedSinceSettle.clear();
      this.pendingEvents.push(new CxCustomerLoadEvent(this.safeDetail({ customerId, sections: loaded })));
    }
  }

  // -------------------------------------------------------------------------------------------
  // Handlers

  private selectTab(tab: Customer360Tab, focus: boolean): void {
    this.selectedTab = tab;
    writeStorage(`${STORAGE_PREFIX}${this.storedTabKey ?? 'default'}`, tab);
    if (focus) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
    }
  }

  private handleTabKeydown(event: KeyboardEvent): void {
    const index = TABS.indexOf(this.selectedTab);
    const rtl = this.localize.dir() === 'rtl';
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = index + (rtl ? -1 : 1);
    else if (event.key === 'ArrowLeft') next = index + (rtl ? 1 : -1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    this.selectTab(TABS[(next + TABS.length) % TABS.length], true);
  }

  private toggleDisclosure(tab: Customer360Tab): void {
    const open = new Set(this.openDisclosures);
    if (open.has(tab)) open.delete(tab);
    else {
      open.add(tab);
      this.selectedTab = tab;
      writeStorage(`${STORAGE_PREFIX}${this.storedTabKey ?? 'default'}`, tab);
    }
    this.openDisclosures = open;
  }

  /** The words of masked values and their reveal, in the agent's language. */
  private revealWords(): PiiRevealWords {
    const term = this.localize;
    return {
      kind: (kind) => term.term('c360PiiKind', kind),
      revealShort: term.term('c360RevealShort'),
      hideShort: term.term('c360HideShort'),
      reveal: (label) => term.term('c360Reveal', label),
      hide: (label) => term.term('c360Hide', label),
      denied: (label) => term.term('c360RevealDenied', label),
      revealed: (label, value) => term.term('c360Revealed', label, value),
    };
  }

  /**
   * Asks the host to carry out an action. The detail's `payload` has the masked values (what a log
   * may keep); the full ones come from `rawPayload()`, so that printing the detail never prints them.
   */
  private handleAction(action: string, personal: Record<string, { kind: PiiKind; raw: string }> = {}): void {
    const payload: Record<string, string> = {};
    const raw: Record<string, string> = {};
    for (const [key, value] of Object.entries(personal)) {
      payload[key] = maskPii(value.kind, value.raw);
      raw[key] = value.raw;
    }
    Object.freeze(raw);
    this.dispatchEvent(
      new CxCustomerActionEvent(
        this.safeDetail({
          action,
          customerId: this.shownCustomerId ?? '',
          payload,
          rawPayload: () => raw,
        }),
      ),
    );
  }

  private decide(offer: Offer, decision: 'accept' | 'reject', reason?: string): void {
    this.decisions = new Map(this.decisions).set(offer.id, decision);
    this.rejecting = undefined;
    this.focusInOffer(offer, '.decision');
    this.dispatchEvent(
      new CxCustomerOfferDecisionEvent(
        this.safeDetail({
          customerId: this.shownCustomerId ?? '',
          offerId: offer.id,
          decision,
          ...(reason ? { reason } : {}),
        }),
      ),
    );
    const index = this.customer.offers.indexOf(offer);
    announce(
      this.localize.term(
        'c360Labelled',
        offer.name ? this.pii.plain(offer.name, `offers.${index}.name`) : offer.id,
        this.localize.term('c360Decided', decision),
      ),
      'polite',
      this.localize.lang(),
    );
  }

  /**
   * Focus follows the agent's decision: the buttons that had it are replaced, and a focus left on a
   * removed element falls to <body> (the next Tab would leave the widget).
   */
  private focusInOffer(offer: Offer, selector: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(`li[data-offer="${CSS.escape(offer.id)}"] ${selector}`)
        ?.focus(),
    );
  }

  private cancelReject(offer: Offer): void {
    this.rejecting = undefined;
    this.focusInOffer(offer, '[data-decision="reject"]');
  }

  private handleConfirmReject(offer: Offer, event: Event): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const reason = (form.elements.namedItem('reason') as HTMLSelectElement | null)?.value ?? '';
    this.decide(offer, 'reject', reason);
  }

  private startReject(offer: Offer): void {
    this.rejecting = offer.id;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLSelectElement>('.reject-form select')?.focus(),
    );
  }

  private handleChannelFilter(event: Event): void {
    this.releaseFeed();
    this.channelFilter = (event.target as HTMLSelectElement).value;
  }

  /**
   * A new customer or filter gets a new feed: one virtualizer reused for another history left stray
   * part markers in its host at every switch (@lit-labs/virtualizer 2.1). The feed is left out of one
   * update, so Lit disconnects the old virtualizer and lets it go (swapping it under `keyed()` did not:
   * keyed skips the disconnection of async directives), and comes back in the next, a microtask later.
   */
  private releaseFeed(): void {
    if (!this.hasUpdated || this.feedParked) return;
    this.feedFocus.reset();
    this.feedParked = true;
    void this.updateComplete.then(() => {
      this.feedParked = false;
    });
  }

  private handleRangeChanged(event: Event): void {
    const { last } = event as Event & { last: number };
    if (last >= this.feedItems.length - LOAD_AHEAD) void this.loadMore();
  }

  private async loadMore(): Promise<void> {
    const loader = this.loader;
    const history = this.sections.interactions;
    if (!loader || this.loadingMore || history.status !== 'ready') return;
    if (this.customer.interactions.length >= this.customer.interactionTotal) return;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      await loader.loadMoreInteractions();
    } catch (error) {
      if (loader === this.loader) this.moreError = error instanceof Error ? error : new Error(String(error));
    } finally {
      if (loader === this.loader) this.loadingMore = false;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Rendering helpers

  private get locale(): string {
    return this.localize.lang();
  }

  private isInvalid(path: string): boolean {
    if (this.invalidPaths.size === 0) return false;
    if (this.invalidPaths.has(path)) return true;
    for (const candidate of this.invalidPaths) if (candidate.startsWith(`${path}.`)) return true;
    return false;
  }

  /** The mark next to a field the data got wrong (text, so it reaches screen readers and forced colours). */
  private invalidMark(path: string): TemplateResult | typeof nothing {
    return this.isInvalid(path)
      ? html`<span class="invalid-mark" part="invalid">(${this.localize.term('c360Invalid')})</span>`
      : nothing;
  }

  private date(iso: string | undefined, withTime = false): string {
    return iso ? formatDate(this.locale, iso, this.timeZone, withTime) : this.localize.term('c360Unknown');
  }

  private money(amount: { value: number; unit: string } | undefined): string {
    return amount ? formatMoney(this.locale, amount.value, amount.unit) : this.localize.term('c360Unknown');
  }

  /** A backend code as words in the agent's language (a readable form, and one warning, when unknown). */
  private code(family: Customer360CodeFamily, code: string): string {
    return codeLabel(
      CxCustomer360.tagName,
      family,
      code,
      this.locale,
      this.localize.term('c360Code', family, code),
    );
  }

  /** A code as a labelled chip text, e.g. "Severity: Major". */
  private labelledCode(label: string, family: Customer360CodeFamily, code: string): string {
    return this.localize.term('c360Labelled', label, this.code(family, code));
  }

  /**
   * The personal fields of a record's `extensions` (the default set and the host's additions), each
   * labelled and masked; other extensions are not shown.
   */
  private personalExtensions(
    base: string,
    extensions: Record<string, unknown> | undefined,
  ): Array<{ label: string; value: TemplateResult; key: string }> {
    if (!extensions) return [];
    const fields: Array<{ label: string; value: TemplateResult; key: string }> = [];
    for (const [name, value] of Object.entries(extensions)) {
      if ((typeof value !== 'string' || value === '') && typeof value !== 'number') continue;
      const path = `${base}.extensions.${name}`;
      const kind = this.pii.kindOf(path);
      if (!kind) continue;
      const label = this.localize.term('c360Code', 'personalField', name) || this.kindLabel(kind);
      const match = piiValue(kind, String(value));
      fields.push({ label, value: this.pii.value(match, path, { label }), key: match.key });
    }
    return fields;
  }

  /** The personal extension fields of a card, as a small description list. */
  private renderPersonalFields(
    base: string,
    extensions: Record<string, unknown> | undefined,
  ): TemplateResult | typeof nothing {
    const fields = this.personalExtensions(base, extensions);
    if (fields.length === 0) return nothing;
    return html`<dl class="personal-fields">
      ${fields.map(
        ({ label, value }) =>
          html`<div>
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>`;
  }

  /** The name of a kind of personal value, capitalised as a label. */
  private kindLabel(kind: PiiKind): string {
    const name = this.localize.term('c360PiiKind', kind);
    return name.charAt(0).toUpperCase() + name.slice(1);
  }

  private sectionName(section: CustomerSection): string {
    if (section === 'profile') return this.localize.term('c360SectionsLabel');
    if (section === 'risk') return this.localize.term('c360Alert', 'port-out-risk');
    return this.localize.term('c360Tab', section);
  }

  private currentAlerts(): CustomerAlert[] {
    if (this.alertsFor !== this.customer) {
      this.alertsFor = this.customer;
      try {
        const now = Date.now();
        const rules = this.checkedAlertRules;
        // Only contacts inside the repeat-contact window matter to the rules: hand over those, found
        // by comparing canonical ISO strings (parsed dates are UTC ISO), not 10,000 Date.parse calls.
        const days = rules?.repeatContactDays ?? DEFAULT_ALERT_RULES.repeatContactDays;
        const windowDays = Number.isFinite(days) ? Math.min(Math.max(0, days), 36_500) : 7;
        const since = new Date(now - windowDays * 86_400_000).toISOString();
        const interactions = this.customer.interactions.filter(
          (entry) => entry.date !== undefined && entry.date >= since,
        );
        this.alerts = evaluateAlerts({ ...this.customer, interactions }, { now, rules });
      } catch {
        this.alerts = [];
      }
    }
    return this.alerts;
  }

  private currentFeed(): InteractionSummary[] {
    const items = this.customer.interactions;
    if (!this.feedFor || this.feedFor.items !== items || this.feedFor.filter !== this.channelFilter) {
      this.feedFor = { items, filter: this.channelFilter };
      this.feedItems = this.channelFilter
        ? items.filter((item) => item.channel === this.channelFilter)
        : items;
    }
    return this.feedItems;
  }

  private currentChannels(): string[] {
    const items = this.customer.interactions;
    if (this.channelsFor !== items) {
      this.channelsFor = items;
      const found = new Set<string>();
      for (const item of items) if (item.channel) found.add(item.channel);
      this.channels = [...found].sort();
    }
    return this.channels;
  }

  // -------------------------------------------------------------------------------------------
  // Render

  protected override render(): TemplateResult {
    const idle = this.sections.profile.status === 'idle';
    return html`<section
        class=${classMap({ panel: true, narrow: this.effectiveLayout === 'disclosures' })}
        part="base"
        aria-label=${this.localize.term('c360RegionLabel')}
      >
        ${
          idle
            ? html`<p class="empty" part="empty">${this.localize.term('c360NoCustomer')}</p>`
            : html`${this.renderHeader()}
              ${this.effectiveLayout === 'tabs' ? this.renderTabs() : this.renderDisclosures()}`
        }
      </section>
      <slot></slot>`;
  }

  private renderHeader(): TemplateResult {
    const state = this.sections.profile;
    const profile = this.customer.profile;
    if (!profile) return this.renderPendingHeader(state);
    const identity = profile.identity;
    const name =
      identity.name || [identity.familyName, identity.givenName].filter(Boolean).join(' ') || profile.id;
    const since = profile.customerSince ? tenure(profile.customerSince, Date.now()) : undefined;
    const email = profile.contactMedia.find((medium) => medium.kind === 'email' && medium.value);
    // Each personal value once in the header: a contact medium or extension repeating one is left out.
    const shown = new Set<string>();
    if (identity.msisdn) shown.add(piiValue('phone', identity.msisdn.raw).key);
    if (identity.idNumber) shown.add(piiValue('idNumber', identity.idNumber.raw).key);
    const fact = (label: string, value: unknown, path: string) =>
      html`<div class="fact">
        <dt>${label}</dt>
        <dd>${value}${this.invalidMark(path)}</dd>
      </div>`;
    return html`<header class="header" part="header">
      <div class="identity">
        <h2 class=${classMap({ name: true, invalid: this.isInvalid('profile.identity.name') })} part="name">
          <bdi>${this.pii.text(name, 'profile.identity.name')}</bdi
          >${this.invalidMark('profile.identity.name')}
        </h2>
        ${
          profile.tier
            ? html`<span class="tier tier-${profile.tier}" part="tier"
                ><span class="visually-hidden"
                  >${this.localize.term('c360Labelled', this.localize.term('c360TierLabel'), '')}</span
                >${this.localize.term('c360Tier', profile.tier)}</span
              >`
            : this.invalidMark('profile.tier')
        }
      </div>
      <dl class="facts" part="facts">
        ${
          identity.msisdn
            ? this.renderPii(
                'profile.identity.msisdn',
                'phone',
                identity.msisdn,
                this.localize.term('c360Phone'),
              )
            : nothing
        }
        ${
          identity.idNumber
            ? this.renderPii(
                'profile.identity.idNumber',
                'idNumber',
                identity.idNumber,
                this.localize.term('c360IdNumber'),
              )
            : nothing
        }
        ${this.renderContactMedia(profile, shown)}
        ${this.personalExtensions('profile', profile.extensions)
          .filter(({ key }) => !shown.has(key) && !!shown.add(key))
          .map(
            ({ label, value }) =>
              html`<div class="fact pii">
                <dt>${label}</dt>
                <dd>${value}</dd>
              </div>`,
          )}
        ${fact(
          this.localize.term('c360StatusLabel'),
          profile.status
            ? html`<span class="status status-${profile.status}"
                >${this.localize.term('c360Status', profile.status)}</span
              >`
            : this.localize.term('c360Unknown'),
          'profile.status',
        )}
        ${fact(
          this.localize.term('c360StageLabel'),
          profile.lifecycleStage
            ? this.localize.term('c360Stage', profile.lifecycleStage)
            : this.localize.term('c360Unknown'),
          'profile.lifecycleStage',
        )}
        ${fact(
          this.localize.term('c360TenureLabel'),
          since
            ? this.localize.term('c360Tenure', since.years, since.months)
            : this.localize.term('c360Unknown'),
          'profile.customerSince',
        )}
        ${fact(
          this.localize.term('c360LanguageLabel'),
          identity.preferredLanguage
            ? formatLanguage(this.locale, identity.preferredLanguage)
            : this.localize.term('c360Unknown'),
          'profile.identity.preferredLanguage',
        )}
        ${fact(
          this.localize.term('c360ChannelLabel'),
          identity.preferredChannel
            ? this.code('channel', identity.preferredChannel)
            : this.localize.term('c360Unknown'),
          'profile.identity.preferredChannel',
        )}
        ${
          profile.contractEndDate
            ? fact(
                this.localize.term('c360ContractEndLabel'),
                this.date(profile.contractEndDate),
                'profile.contractEndDate',
              )
            : nothing
        }
      </dl>
      ${this.renderAlerts()}
      ${
        // Risk comes with the profile (one TMF629 call): only its failure needs a place of its own.
        this.sections.risk.status === 'error' && this.sections.risk.error
          ? this.renderError('risk', this.sections.risk.error)
          : nothing
      }
      <div class="actions" role="group" part="actions" aria-label=${this.localize.term('c360ActionsLabel')}>
        ${
          identity.msisdn
            ? html`<button
                  type="button"
                  @click=${() =>
                    this.handleAction('call', { number: { kind: 'phone', raw: identity.msisdn!.raw } })}
                >
                  ${this.localize.term('c360Action', 'call')}
                </button>
                <button
                  type="button"
                  @click=${() =>
                    this.handleAction('sms', { number: { kind: 'phone', raw: identity.msisdn!.raw } })}
                >
                  ${this.localize.term('c360Action', 'sms')}
                </button>`
            : nothing
        }
        ${
          email
            ? html`<button
                type="button"
                @click=${() => this.handleAction('email', { address: { kind: 'email', raw: email.value } })}
              >
                ${this.localize.term('c360Action', 'email')}
              </button>`
            : nothing
        }
        <button type="button" @click=${() => this.handleAction('open-ticket')}>
          ${this.localize.term('c360Action', 'open-ticket')}
        </button>
      </div>
    </header>`;
  }

  /** A personal fact of the header (mobile, ID number): masked, its button naming it. */
  private renderPii(path: string, kind: PiiKind, value: MaskedValue, label: string): TemplateResult {
    const match = piiValue(kind, value.raw);
    // A masked form given with the data is kept, unless it gives the value away.
    const given = value.masked && !value.masked.includes(value.raw) ? redactText(value.masked) : undefined;
    const shown: PiiMatch = given ? { ...match, masked: given } : match;
    return html`<div class="fact pii">
      <dt>${label}</dt>
      <dd>${this.pii.value(shown, path, { label, button: 'full' })}${this.invalidMark(path)}</dd>
    </div>`;
  }

  /** The contact media of the header not shown already (`shown`: keys of the values on screen), each masked. */
  private renderContactMedia(
    profile: NonNullable<Customer360['profile']>,
    shown: Set<string>,
  ): TemplateResult[] {
    const facts: TemplateResult[] = [];
    profile.contactMedia.forEach((medium, index) => {
      if (!medium.value) return;
      const kind: PiiKind =
        medium.kind === 'email' ? 'email' : medium.kind === 'postal' ? 'address' : 'phone';
      const match = piiValue(kind, medium.value);
      if (shown.has(match.key)) return;
      shown.add(match.key);
      const label = this.code('contactKind', medium.kind);
      facts.push(
        html`<div class="fact pii${kind === 'address' ? ' wide' : ''}">
          <dt>${label}</dt>
          <dd>
            ${this.pii.value(match, `profile.contactMedia.${index}.value`, { label })}${this.invalidMark(
              `profile.contactMedia.${index}`,
            )}
          </dd>
        </div>`,
      );
    });
    return facts;
  }

  private renderAlerts(): TemplateResult | typeof nothing {
    const alerts = this.currentAlerts();
    if (alerts.length === 0) return nothing;
    return html`<ul class="alerts" part="alerts" aria-label=${this.localize.term('c360AlertsLabel')}>
      ${alerts.map(
        (alert) =>
          html`<li
            class="alert ${alert.severity}"
            part="alert alert-${alert.severity}"
            data-code=${alert.code}
          >
            <strong>${this.localize.term('c360Alert', alert.code)}</strong>
            <span class="reason"
              >${this.pii.text(
                this.localize.term('c360AlertReason', alert.code, this.alertParams(alert)),
                `alerts.${alert.code}`,
              )}</span
            >
          </li>`,
      )}
    </ul>`;
  }

  /**
   * An alert's parameters in the agent's language: amounts as money, risk reasons and complaint
   * categories (codes) as their terms.
   */
  private alertParams(alert: CustomerAlert): Record<string, string | number> {
    const params = { ...alert.params };
    const { unit, reasons, categories } = params;
    if (typeof unit === 'string') {
      for (const key of ['amount', 'average', 'total']) {
        const value = params[key];
        if (typeof value === 'number') params[key] = formatMoney(this.locale, value, unit);
      }
    }
    const labels = (codes: string, family: Customer360CodeFamily) =>
      this.localize.term(
        'c360List',
        codes
          .split(',')
          .filter(Boolean)
          .map((code) => this.code(family, code)),
      );
    if (typeof reasons === 'string' && reasons) params.reasons = labels(reasons, 'riskReason');
    if (typeof categories === 'string' && categories)
      params.categories = labels(categories, 'ticketCategory');
    return params;
  }

  /**
   * A section that has no data to show yet: loading, still loading, failed and being tried again, or
   * failed; undefined when its data (or its empty state) can be shown.
   */
  private renderState(section: CustomerSection, state: SectionView): TemplateResult | undefined {
    const shown = displayState(state);
    if (shown === undefined || shown === 'stale' || shown === 'empty') return undefined;
    return this.renderStateBlock(section, shown, state);
  }

  /** A failed section's state (also while it is tried again), with its Retry button. */
  private renderError(section: CustomerSection, _error: Error): TemplateResult {
    const state = this.sections[section];
    const shown = displayState(state);
    return this.renderStateBlock(section, shown === 'retrying' || shown === 'stale' ? shown : 'error', state);
  }

  /** Above a section's data: it is saved data that is still being updated, or could not be. */
  private renderStale(section: CustomerSection, state: SectionView): TemplateResult | typeof nothing {
    return displayState(state) === 'stale' ? this.renderStateBlock(section, 'stale', state) : nothing;
  }

  /** A section with nothing in it: its own words ("No bills"), icon and colour. */
  private renderEmpty(tab: Customer360Tab): TemplateResult {
    return this.renderStateBlock(tab, 'empty', this.sections[tab]);
  }

  private renderStateBlock(
    section: CustomerSection,
    shown: SectionDisplayState,
    state: SectionView,
  ): TemplateResult {
    return renderSectionState(shown, state, {
      localize: this.localize,
      section,
      title: this.sectionName(section),
      emptyText: shown === 'empty' ? this.localize.term('c360Empty', section as Customer360Tab) : undefined,
      onRetry: () => this.retry(section),
      now: this.retryCountdown.now(),
    });
  }

  /** The header while the profile has not loaded: the name the page knows, and the profile's state. */
  private renderPendingHeader(state: SectionView): TemplateResult {
    const name = typeof this.customerName === 'string' ? this.customerName.trim().slice(0, 200) : '';
    return html`<header class="header" part="header">
      ${
        name
          ? html`<div class="identity">
              <h2 class="name" part="name"><bdi>${name}</bdi></h2>
            </div>`
          : nothing
      }
      ${this.renderState('profile', state) ?? html`<p class="empty" part="empty">${this.localize.term('c360NoCustomer')}</p>`}
    </header>`;
  }

  /** The soonest automatic retry of any section, while one is counted down. */
  private nextRetryAt(): number | undefined {
    let soonest: number | undefined;
    for (const section of CUSTOMER_SECTIONS) {
      const at = this.sections[section].retry?.nextAt;
      if (at !== undefined && (soonest === undefined || at < soonest)) soonest = at;
    }
    return soonest;
  }

  private renderSection(tab: Customer360Tab): TemplateResult {
    if (tab === 'interactions') return this.renderHistorySection();
    const state = this.sections[tab];
    const pending = this.renderState(tab, state);
    if (pending) return pending;
    const issues =
      state.issues.length > 0
        ? html`<p
            class="issues"
            part="invalid"
            title=${redactText(state.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'))}
          >
            ${this.localize.term('c360InvalidFields', state.issues.length)}
          </p>`
        : nothing;
    const stale = this.renderStale(tab, state);
    if (state.status === 'empty' || state.status === 'idle') {
      return html`${stale}${this.renderEmpty(tab)}${issues}`;
    }
    const body =
      tab === 'products'
        ? this.renderProducts()
        : tab === 'usage'
          ? this.renderUsage()
          : tab === 'bills'
            ? this.renderBills()
            : tab === 'tickets'
              ? this.renderTickets()
              : tab === 'satisfaction'
                ? this.renderSatisfaction()
                : this.renderOffers();
    return html`${stale}${issues}${body}`;
  }

  /**
   * The history keeps one feed (and one virtualizer) while its tab is open, whatever the section's
   * state: virtualizers created and dropped at every customer switch were not always disconnected by
   * @lit-labs/virtualizer 2.1 (each kept a window scroll listener and its whole subtree alive).
   */
  private renderHistorySection(): TemplateResult {
    const state = this.sections.interactions;
    const pending = this.renderState('interactions', state);
    const empty = !pending && (state.status === 'empty' || state.status === 'idle');
    return html`${pending ?? this.renderStale('interactions', state)}${empty ? this.renderEmpty('interactions') : nothing}${
      !pending && state.issues.length > 0 ? this.renderIssues(state.issues) : nothing
    }${this.renderInteractions(!pending && !empty)}`;
  }

  private renderIssues(issues: readonly DataIssue[]): TemplateResult {
    return html`<p
      class="issues"
      part="invalid"
      title=${redactText(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'))}
    >
      ${this.localize.term('c360InvalidFields', issues.length)}
    </p>`;
  }

  private renderTabs(): TemplateResult {
    return html`<div
        class="tabs"
        role="tablist"
        part="tabs"
        aria-label=${this.localize.term('c360SectionsLabel')}
        @keydown=${this.handleTabKeydown}
      >
        ${TABS.map((tab) => {
          const selected = tab === this.selectedTab;
          return html`<button
            type="button"
            role="tab"
            id="tab-${tab}"
            class=${classMap({ tab: true, selected, failed: this.sections[tab].status === 'error' })}
            part=${selected ? 'tab tab-selected' : 'tab'}
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="panel-${tab}"
            tabindex=${selected ? 0 : -1}
            @click=${() => this.selectTab(tab, false)}
          >
            ${this.localize.term('c360Tab', tab)}
          </button>`;
        })}
      </div>
      ${TABS.map((tab) => {
        const selected = tab === this.selectedTab;
        return html`<div
          class="tabpanel"
          role="tabpanel"
          id="panel-${tab}"
          part="panel"
          aria-labelledby="tab-${tab}"
          tabindex="0"
          ?hidden=${!selected}
        >
          ${selected ? this.renderSection(tab) : nothing}
        </div>`;
      })}`;
  }

  private renderDisclosures(): TemplateResult {
    return html`<div class="disclosures">
      ${TABS.map((tab) => {
        const open = this.openDisclosures.has(tab);
        return html`<div class="disclosure">
          <h3 class="disclosure-heading">
            <button
              type="button"
              id="tab-${tab}"
              class=${classMap({ toggle: true, failed: this.sections[tab].status === 'error' })}
              part="tab"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="panel-${tab}"
              @click=${() => this.toggleDisclosure(tab)}
            >
              <span class="chevron" aria-hidden="true"></span>${this.localize.term('c360Tab', tab)}
            </button>
          </h3>
          <div class="disclosure-body" id="panel-${tab}" part="panel" ?hidden=${!open}>
            ${open ? this.renderSection(tab) : nothing}
          </div>
        </div>`;
      })}
    </div>`;
  }

  private renderProducts(): TemplateResult {
    return html`<ul class="cards">
      ${this.customer.products.map(
        (product, index) =>
          html`<li class="card">
            <h3 class="card-title">
              <bdi>${product.name ? this.pii.text(product.name, `products.${index}.name`) : product.id}</bdi
              >${this.invalidMark(`products.${index}.name`)}
            </h3>
            <p class="meta">
              ${
                product.status
                  ? html`<span class="chip status-${product.status}"
                      >${this.localize.term('c360ProductStatus', product.status)}</span
                    >`
                  : this.invalidMark(`products.${index}.status`)
              }
              ${product.kind ? html`<span class="chip">${this.code('productKind', product.kind)}</span>` : nothing}
              ${
                product.serviceNumber
                  ? html`<span class="service-number"
                      >${this.pii.text(product.serviceNumber, `products.${index}.serviceNumber`)}</span
                    >`
                  : nothing
              }
            </p>
            ${this.renderPersonalFields(`products.${index}`, product.extensions)}
            ${
              product.monthlyFee
                ? html`<p class="amount">
                    ${this.localize.term('c360MonthlyFee', this.money(product.monthlyFee))}
                  </p>`
                : this.invalidMark(`products.${index}.monthlyFee`)
            }
            ${
              product.contractEnd
                ? html`<p class="meta">
                    ${this.localize.term('c360Contract', this.date(product.contractStart ?? product.startDate), this.date(product.contractEnd))}
                  </p>`
                : product.startDate
                  ? html`<p class="meta">${this.localize.term('c360Since', this.date(product.startDate))}</p>`
                  : nothing
            }
          </li>`,
      )}
    </ul>`;
  }

  private renderUsage(): TemplateResult {
    return html`<ul class="meters">
      ${this.customer.usage.map((bucket, index) => {
        const label = bucket.name
          ? this.pii.text(bucket.name, `usage.${index}.name`)
          : this.localize.term('c360UsageType', bucket.usageType);
        const unit = bucket.unit ? this.code('unit', bucket.unit) : '';
        const used = bucket.used;
        const cap = bucket.cap;
        const id = `meter-${index}`;
        const over = used !== undefined && cap !== undefined && used > cap;
        const text =
          used === undefined
            ? this.localize.term('c360Unknown')
            : cap !== undefined
              ? this.localize.term(
                  'c360UsageOf',
                  formatNumber(this.locale, used),
                  formatNumber(this.locale, cap),
                  unit,
                )
              : this.localize.term('c360UsageOnly', formatNumber(this.locale, used), unit);
        const ratio = used !== undefined && cap ? Math.min(1, used / cap) : 0;
        return html`<li class=${classMap({ usage: true, over })}>
          <div class="usage-head">
            <span id=${id} class="usage-name"
              ><bdi>${label}</bdi
              >${bucket.isShared ? html` <span class="chip">${this.localize.term('c360Shared')}</span>` : nothing}</span
            >
            <span class="usage-text"
              >${text}${over ? html` · <strong>${this.localize.term('c360OverCap')}</strong>` : nothing}${this.invalidMark(`usage.${index}`)}</span
            >
          </div>
          ${
            used !== undefined && cap !== undefined && cap > 0
              ? html`<div
                  class="meter"
                  part="meter"
                  role="meter"
                  aria-labelledby=${id}
                  aria-valuemin="0"
                  aria-valuemax=${cap}
                  aria-valuenow=${Math.min(used, cap)}
                  aria-valuetext=${over ? `${text}, ${this.localize.term('c360OverCap')}` : text}
                >
                  <span class="fill" ${cssVars({ '--_ratio': ratio.toFixed(4) })}></span>
                </div>`
              : nothing
          }
          ${bucket.resetDate ? html`<p class="meta">${this.localize.term('c360Resets', this.date(bucket.resetDate))}</p>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderBills(): TemplateResult {
    return html`<div class="table-wrap">
      <table class="bills">
        <caption class="visually-hidden">
          ${this.localize.term('c360BillsCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.localize.term('c360BillPeriod')}</th>
            <th scope="col" class="num">${this.localize.term('c360AmountDue')}</th>
            <th scope="col" class="num">${this.localize.term('c360Remaining')}</th>
            <th scope="col">${this.localize.term('c360DueDate')}</th>
            <th scope="col">${this.localize.term('c360BillStateLabel')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.customer.bills.map(
            (bill, index) =>
              html`<tr>
                <th scope="row">
                  ${bill.period?.end ? this.date(bill.period.end) : this.date(bill.billDate)}
                  ${bill.billNo ? html`<span class="meta">${bill.billNo}</span>` : nothing}
                  ${this.renderPersonalFields(`bills.${index}`, bill.extensions)}
                </th>
                <td class="num">
                  ${this.money(bill.amountDue)}${this.invalidMark(`bills.${index}.amountDue`)}
                </td>
                <td class="num">
                  ${bill.remaining ? this.money(bill.remaining) : this.localize.term('c360Unknown')}
                </td>
                <td>${this.date(bill.dueDate)}</td>
                <td>
                  ${
                    bill.state
                      ? html`<span class="chip state-${bill.state}"
                          >${this.localize.term('c360BillState', bill.state)}</span
                        >`
                      : this.localize.term('c360Unknown')
                  }${this.invalidMark(`bills.${index}.state`)}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderTickets(): TemplateResult {
    const open = this.customer.tickets.filter(
      (ticket) => ticket.status === undefined || OPEN_TICKET_STATUSES.has(ticket.status),
    );
    const closed = this.customer.tickets.length - open.length;
    if (open.length === 0) {
      return html`<p class="empty" part="empty">${this.localize.term('c360Empty', 'tickets')}</p>
        ${closed > 0 ? html`<p class="meta">${this.localize.term('c360ClosedTickets', closed)}</p>` : nothing}`;
    }
    return html`<ul class="cards">
        ${open.map((ticket) => this.renderTicket(ticket))}
      </ul>
      ${closed > 0 ? html`<p class="meta">${this.localize.term('c360ClosedTickets', closed)}</p>` : nothing}`;
  }

  private renderTicket(ticket: TicketSummary): TemplateResult {
    const index = this.customer.tickets.indexOf(ticket);
    return html`<li class=${classMap({ card: true, ticket: true, complaint: ticket.type === 'complaint' })}>
      <div class="ticket-head">
        <h3 class="card-title">
          <bdi>${ticket.name ? this.pii.text(ticket.name, `tickets.${index}.name`) : ticket.id}</bdi
          >${this.invalidMark(`tickets.${index}.name`)}
        </h3>
        <cx-sla-countdown
          variant="compact"
          ticket-id=${ticket.id}
          .ticket=${ticket.raw}
          time-zone=${this.timeZone ?? nothing}
        ></cx-sla-countdown>
      </div>
      <p class="meta">
        <span>${ticket.id}</span>
        ${ticket.type ? html`<span class="chip type-${ticket.type}">${this.localize.term('c360TicketType', ticket.type)}</span>` : nothing}
        ${
          ticket.status
            ? html`<span class="chip">${this.localize.term('c360TicketStatus', ticket.status)}</span>`
            : this.invalidMark(`tickets.${index}.status`)
        }
        ${
          ticket.category
            ? html`<span class="chip"
                >${this.labelledCode(this.localize.term('c360CategoryLabel'), 'ticketCategory', ticket.category)}</span
              >`
            : nothing
        }
        ${
          ticket.severity
            ? html`<span
                >${this.labelledCode(this.localize.term('c360SeverityLabel'), 'severity', ticket.severity)}</span
              >`
            : nothing
        }
        ${
          ticket.priority
            ? html`<span
                >${this.labelledCode(this.localize.term('c360PriorityLabel'), 'priority', ticket.priority)}</span
              >`
            : nothing
        }
        <span>${this.localize.term('c360Opened', this.date(ticket.creationDate, true))}</span>
      </p>
      ${
        ticket.description
          ? html`<p class="description">
              ${this.pii.text(ticket.description, `tickets.${index}.description`)}
            </p>`
          : nothing
      }
      ${this.renderPersonalFields(`tickets.${index}`, ticket.extensions)}
    </li>`;
  }

  private renderInteractions(show: boolean): TemplateResult {
    const items = show ? this.currentFeed() : EMPTY_FEED;
    const channels = show ? this.currentChannels() : EMPTY_CHANNELS;
    const total = this.customer.interactionTotal;
    const allLoaded = this.customer.interactions.length >= total;
    const setSize = this.channelFilter ? (allLoaded ? items.length : -1) : total;
    return html`<div class="history" ?hidden=${!show}>
      <div class="feed-tools">
        <label>
          ${this.localize.term('c360FilterChannel')}
          <select .value=${this.channelFilter} @change=${this.handleChannelFilter}>
            <option value="">${this.localize.term('c360AllChannels')}</option>
            ${channels.map(
              (channel) =>
                html`<option value=${channel} ?selected=${channel === this.channelFilter}>
                  ${this.code('channel', channel)}
                </option>`,
            )}
          </select>
        </label>
        <span class="meta" aria-live="polite"
          >${this.localize.term('c360InteractionCount', items.length, this.channelFilter ? items.length : total)}${
            this.loadingMore ? html` · ${this.localize.term('c360LoadingMore')}` : nothing
          }</span
        >
      </div>
      ${this.moreError ? this.renderMoreError() : nothing}
      ${
        this.feedParked
          ? nothing
          : html`<div
              class="feed"
              role="feed"
              part="feed"
              aria-label=${this.localize.term('c360FeedLabel')}
              aria-busy=${this.loadingMore ? 'true' : 'false'}
              @keydown=${this.feedFocus.handleKeydown}
              @focusin=${this.feedFocus.handleFocusIn}
              @focusout=${this.feedFocus.handleFocusOut}
              @rangeChanged=${this.handleRangeChanged}
            >
              ${
                // Re-configured only when what it shows changes: other updates of the widget (a section
                // loading, a reveal) leave the virtualizer alone.
                guard([items, setSize, this.locale, this.timeZone, this.pii.version, this.piiFields], () =>
                  virtualize({
                    scroller: true,
                    items,
                    // After a switch to a shorter history the virtualizer renders its previous range once
                    // more: indexes past the end give `undefined`. Each needs a key of its own (a shared
                    // `undefined` key made repeat() leave part markers behind in the feed at every switch)
                    // and renders nothing rather than throw.
                    keyFunction: (item: InteractionSummary | undefined, index: number) =>
                      item ?? `missing:${index}`,
                    renderItem: (item: InteractionSummary | undefined, index: number) =>
                      item ? this.renderInteraction(item, index, setSize) : html``,
                  }),
                )
              }
            </div>`
      }
    </div>`;
  }

  private renderMoreError(): TemplateResult {
    const facts = errorFacts(this.moreError!);
    const words = [
      this.localize.term('c360MoreFailed'),
      this.localize.term('c360StateReason', facts.code, facts.status),
    ];
    return html`<div
      class="section-state state-error"
      part="error"
      data-state="error"
      data-section="interactions-more"
    >
      <p class="state-line" role="status">
        <span class="state-message" id="state-interactions-more"
          >${words.join(this.locale.toLowerCase().startsWith('zh') ? '' : ' ')}</span
        >
      </p>
      <button
        type="button"
        class="retry"
        aria-describedby="state-interactions-more"
        @click=${() => void this.loadMore()}
      >
        ${this.localize.term('retry')}
      </button>
      ${renderErrorDetails(this.localize, facts)}
    </div>`;
  }

  private renderInteraction(item: InteractionSummary, index: number, setSize: number): TemplateResult {
    const channel = item.channel ? this.code('channel', item.channel) : this.localize.term('c360Unknown');
    // The feed may be filtered: the item's place in the whole history names its fields.
    const path = `interactions.${this.channelFilter ? this.customer.interactions.indexOf(item) : index}`;
    const outcome = [
      item.reason ? this.code('interactionReason', item.reason) : undefined,
      item.status ? this.code('interactionStatus', item.status) : undefined,
    ].filter(Boolean);
    return html`<article
      class="interaction"
      part="interaction"
      tabindex="0"
      data-index=${index}
      aria-posinset=${index + 1}
      aria-setsize=${setSize}
      aria-labelledby="interaction-${index}"
    >
      <h3 class="interaction-head" id="interaction-${index}">
        <span class="channel">${channel}</span>
        ${item.direction ? html`<span class="chip">${this.localize.term('c360Direction', item.direction)}</span>` : nothing}
        <span class="meta">${this.date(item.date, true)}</span>
      </h3>
      ${item.summary ? html`<p class="summary">${this.pii.text(item.summary, `${path}.summary`)}</p>` : nothing}
      ${outcome.length > 0 ? html`<p class="meta">${outcome.join(' · ')}</p>` : nothing}
      ${this.renderPersonalFields(path, item.extensions)}
    </article>`;
  }

  private renderSatisfaction(): TemplateResult {
    const entries = [...this.customer.satisfaction].reverse();
    const last = entries.length - 1;
    return html`<ul class="rows">
      ${entries.map((entry, shown) => {
        const [, max] = SATISFACTION_SCALES[entry.kind];
        const low =
          entry.kind === 'nps' ? entry.score <= 6 : entry.kind === 'csat' ? entry.score <= 3 : false;
        return html`<li class=${classMap({ row: true, low })}>
          <span class="row-main">${this.localize.term('c360SatisfactionKind', entry.kind)}</span>
          <strong
            >${entry.kind === 'fcr' ? (entry.score ? '✓' : '✗') : this.localize.term('c360Score', entry.score, max)}</strong
          >
          <span class="meta"
            >${this.date(entry.date)}${entry.channel ? ` · ${this.code('channel', entry.channel)}` : ''}</span
          >
          ${
            entry.comment
              ? html`<p class="comment">
                  <q>${this.pii.text(entry.comment, `satisfaction.${last - shown}.comment`)}</q>
                </p>`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
  }

  private renderOffers(): TemplateResult {
    return html`<ul class="cards">
      ${this.customer.offers.map((offer, index) => {
        const decision = this.decisions.get(offer.id);
        const titleId = `offer-${offer.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
        return html`<li class="card offer" part="offer" data-offer=${offer.id}>
          <h3 class="card-title" id=${titleId}>
            <bdi>${offer.name ? this.pii.text(offer.name, `offers.${index}.name`) : offer.id}</bdi>
          </h3>
          ${offer.reason ? html`<p class="meta"><span class="chip">${this.code('offerReason', offer.reason)}</span></p>` : nothing}
          ${offer.description ? html`<p>${this.pii.text(offer.description, `offers.${index}.description`)}</p>` : nothing}
          ${
            decision
              ? html`<p class="decision ${decision}" tabindex="-1">
                  ${this.localize.term('c360Decided', decision)}
                </p>`
              : this.rejecting === offer.id
                ? html`<form
                    class="reject-form"
                    @submit=${(event: Event) => this.handleConfirmReject(offer, event)}
                  >
                    <label>
                      ${this.localize.term('c360RejectReasonLabel')}
                      <select name="reason">
                        ${REJECT_REASONS.map((reason) => html`<option value=${reason}>${this.localize.term('c360RejectReason', reason)}</option>`)}
                      </select>
                    </label>
                    <button type="submit" class="primary">${this.localize.term('c360ConfirmReject')}</button>
                    <button type="button" @click=${() => this.cancelReject(offer)}>
                      ${this.localize.term('c360Cancel')}
                    </button>
                  </form>`
                : html`<div class="offer-actions" role="group" aria-labelledby=${titleId}>
                    <button
                      type="button"
                      class="primary"
                      data-decision="accept"
                      @click=${() => this.decide(offer, 'accept')}
                    >
                      ${this.localize.term('c360Accept')}
                    </button>
                    <button type="button" data-decision="reject" @click=${() => this.startReject(offer)}>
                      ${this.localize.term('c360Reject')}
                    </button>
                  </div>`
          }
        </li>`;
      })}
    </ul>`;
  }
}

function readStorage(key: string): string | undefined {
  try {
    return globalThis.localStorage?.getItem(key) ?? undefined;
  } catch {
    return undefined; // storage blocked (private mode, sandboxed frame)
  }
}

function writeStorage(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // storage blocked or full: the tab is simply not remembered
  }
}

import { consume, provide } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { agentSessionContext, type AgentSession } from '../../context/agent-session.js';
import { customerContext } from '../../context/customer.js';
import { CxCustomerActionEvent } from '../../events/cx-customer-action.js';
import { CxCustomerOfferDecisionEvent } from '../../events/cx-customer-offer-decision.js';
import { CxCustomerPiiRevealEvent } from '../../events/cx-customer-pii-reveal.js';
import type { CxTabSetSelectEvent } from '../../events/cx-tab-set-select.js';
import { announce } from '../../internal/announcer.js';
import { EventQueueController } from '../../internal/controllers/event-queue.js';
import { CxElement } from '../../internal/cx-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { PiiRevealController, piiRevealStyles } from '../../internal/pii-reveal.js';
import { checkChangedSettings } from '../../internal/property-check.js';
import { maskPii, readPiiFields, redactDeep, type PiiKind } from '../../services/pii/index.js';
import { readStorage, writeStorage } from '../../services/safe-storage.js';
import type { AlertRules, CustomerAlert } from '../../services/tmf/alerts.js';
import {
  CUSTOMER_SECTIONS,
  type Customer360,
  type CustomerSection,
  type Offer,
} from '../../services/tmf/customer360.js';
import type { CustomerDataSource } from '../../services/tmf/data-source.js';
import type { TmfVersion } from '../../services/tmf/normalise.js';
import { customer360En, customer360ZhCN, type Customer360Tab } from '../../translations/customer-360.js';
import {
  CxInteractionFeed,
  type InteractionHistory,
  type InteractionRenderer,
} from '../interaction-feed/interaction-feed.component.js';
import {
  CxMaskedValue,
  MASKED_VALUE_TERMS,
  maskedValueWords,
} from '../masked-value/masked-value.component.js';
import { CxSlaCountdown } from '../sla-countdown/sla-countdown.component.js';
import { CxTabSet } from '../tab-set/tab-set.component.js';
import { Customer360Data, IDLE_VIEW, isDataSource, type CustomerView } from './customer-360.data.js';
import { customerAlerts, renderHeader, type ActionValue } from './customer-360.header.js';
import {
  channelsOf,
  filteredHistory,
  interactionRenderer,
  renderHistorySection,
} from './customer-360.history.js';
import { personalStyles } from './customer-360.personal.styles.js';
import { renderSection } from './customer-360.sections.js';
import { CUSTOMER_360_SETTINGS, usableAlertRules } from './customer-360.settings.js';
import { styles } from './customer-360.styles.js';
import { Customer360View } from './customer-360.view.js';
import { RetryCountdownController } from './section-state.js';

// The widget brings its own words to the shipped languages (a page without it does not carry them).
/**
 * This widget's terms, registered by its localize controller when the first element is created; with
 * those of its masked values (their words, and the names of the kinds of personal values).
 */
const TERMS = {
  en: { ...customer360En, ...MASKED_VALUE_TERMS.en },
  'zh-cn': { ...customer360ZhCN, ...MASKED_VALUE_TERMS['zh-cn'] },
};

/** The tabs, in order (the sections but the profile and the risk, which the header shows). */
const TABS = CUSTOMER_SECTIONS.filter(
  (section): section is Customer360Tab => section !== 'profile' && section !== 'risk',
);
/** Below this width (px) `layout="auto"` shows disclosures instead of tabs. */
const NARROW_PX = 520;
const STORAGE_PREFIX = 'cx-desk/customer-360/tab/';

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
 * @csspart tabs - The tab list (a `<cx-tab-set>`).
 * @csspart tab - One tab (also `tab-selected`).
 * @csspart panel - A tab panel or disclosure body.
 * @csspart skeleton - A section's loading state (also still loading) with its placeholder.
 * @csspart error - A section's failure (also while it is tried again) with its Retry button.
 * @csspart stale - The note above saved data that is still being updated or could not be.
 * @csspart empty - A section's empty state.
 * @csspart state-icon - The icon of a section's state.
 * @csspart error-detail - The "Technical details" disclosure of a failure (address, status, attempts).
 * @csspart meter - A usage meter.
 * @csspart feed - The interaction history feed (a `<cx-interaction-feed>`).
 * @csspart interaction - One interaction article.
 * @csspart offer - One offer.
 * @csspart invalid - The mark on an invalid field.
 */
export class CxCustomer360 extends CxElement {
  static override tagName = 'cx-customer-360';
  static override styles = [styles, piiRevealStyles, personalStyles];
  static override readonly dependencies = {
    'cx-interaction-feed': CxInteractionFeed,
    'cx-masked-value': CxMaskedValue,
    'cx-sla-countdown': CxSlaCountdown,
    'cx-tab-set': CxTabSet,
  };

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

  /** The customer, its sections' states and invalid fields, as the data controller last showed them. */
  @state() private shown: CustomerView = IDLE_VIEW;
  @state() private selectedTab: Customer360Tab = 'products';
  @state() private openDisclosures = new Set<Customer360Tab>();
  @state() private narrow = false;
  @state() private decisions = new Map<string, 'accept' | 'reject'>();
  @state() private rejecting: string | undefined;
  @state() private channelFilter = '';

  private readonly localize = new LocalizeController(this, TERMS);
  private readonly events = new EventQueueController(this, {
    source: CxCustomer360.tagName,
    safeDetail: (detail) => this.safeDetail(detail),
  });
  /** Every personal value on screen: masked, revealed everywhere at once after an audited reveal. */
  private readonly pii = new PiiRevealController(this, {
    words: () => maskedValueWords(this.localize),
    lang: () => this.localize.lang(),
    event: ({ match, path }) =>
      new CxCustomerPiiRevealEvent({
        customerId: this.customerData.customerId ?? '',
        field: match.kind,
        path,
        masked: match.masked,
      }),
  });
  private readonly customerData = new Customer360Data(this, {
    data: () => this.data,
    source: () => ({
      customerId: this.effectiveCustomerId,
      own: isDataSource(this.dataSource) ? this.dataSource : undefined,
      apiBase: this.apiBase,
      transport: this.apiBase === undefined ? this.session?.services.transport : undefined,
      version: this.tmfVersion === 'v5' ? 'v5' : 'v4',
    }),
    events: this.events,
    safeDetail: (detail) => this.safeDetail(detail),
    switched: () => {
      this.pii.reset();
      this.decisions = new Map();
      this.rejecting = undefined;
      this.channelFilter = '';
    },
    show: (view) => {
      this.shown = view;
    },
  });
  /** "Trying again in N s": re-rendered while a countdown is shown. */
  private readonly retryCountdown = new RetryCountdownController(this, () => this.customerData.nextRetryAt());
  private readonly view = new Customer360View({
    localize: this.localize,
    pii: this.pii,
    shown: () => this.shown,
    timeZone: () => this.timeZone,
    now: () => this.retryCountdown.now(),
    retry: (section) => this.retry(section),
  });
  /** The alert rules of the host that are usable (checked when set). */
  private checkedAlertRules: Partial<AlertRules> | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private measuredWidth = 0;
  private storedTabKey: string | undefined;
  // Derived in willUpdate from the customer, the rules and the channel filter.
  private alerts: CustomerAlert[] = [];
  private channels: string[] = [];
  private history: InteractionHistory = { items: [], total: 0 };
  private renderItem: InteractionRenderer = () => nothing;
  private renderItemDeps: unknown[] = [];

  /** The customer shown (sections not loaded yet are empty). */
  get value(): Customer360 {
    return this.shown.customer;
  }

  /** How many requests of the pulled data are in flight (0 when pushed). */
  get pendingRequests(): number {
    return this.customerData.pendingRequests;
  }

  /** Resolves when no request of the pulled data is in flight and the widget has rendered. */
  async whenLoaded(): Promise<void> {
    await this.updateComplete;
    await this.customerData.whenSettled();
    await this.updateComplete;
  }

  /** Loads a failed (or stale) section again; pulled data only. */
  retry(section: CustomerSection): void {
    this.customerData.retry(section);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncResizeObserver();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
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
      this.events.error({ code: 'invalid-property', path, message }),
    );
    if (changed.has('alertRules')) {
      this.checkedAlertRules = undefined;
      if (this.alertRules !== undefined && this.alertRules !== null) {
        const { rules, bad } = usableAlertRules(this.alertRules);
        this.checkedAlertRules = rules;
        for (const key of bad) {
          this.events.error({
            code: 'invalid-property',
            path: `alertRules.${key}`,
            message: `alertRules.${key} is not a known alert threshold with a usable value; using the default`,
          });
        }
      }
    }
    if (changed.has('piiFields')) {
      const { fields, problem } = readPiiFields(this.piiFields);
      this.pii.fields = fields;
      if (problem)
        this.events.error({ code: 'invalid-property', path: 'piiFields', message: `piiFields: ${problem}` });
    }
    if (changed.has('dataSource') && this.dataSource !== undefined && !isDataSource(this.dataSource)) {
      this.events.error({
        code: 'invalid-property',
        path: 'dataSource',
        message: 'dataSource does not implement CustomerDataSource; using the TM Forum APIs',
      });
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
    this.customerData.sync();
    this.derive(changed);
    if (this.providedCustomer !== this.shown.customer) this.providedCustomer = this.shown.customer;
  }

  /** What the templates show that is worked out from the customer: alerts, channels, the feed. */
  private derive(changed: PropertyValues<this>): void {
    const changes = changed as Map<PropertyKey, unknown>;
    const { customer } = this.shown;
    const before = changes.has('shown') ? (changes.get('shown') as CustomerView | undefined) : this.shown;
    if (before?.customer !== customer || changes.has('alertRules') || changes.has('piiFields'))
      this.alerts = customerAlerts(customer, this.checkedAlertRules);
    const interactions = before?.customer.interactions !== customer.interactions;
    if (interactions) this.channels = channelsOf(customer.interactions);
    const total = before?.customer.interactionTotal !== customer.interactionTotal;
    if (interactions || total || changes.has('channelFilter'))
      this.history = filteredHistory(customer.interactions, customer.interactionTotal, this.channelFilter);
    // A new renderer re-renders the feed's articles: only when what they show changes (not at every
    // update of the widget, a section loading, say).
    const deps = [
      customer.interactions,
      this.channelFilter !== '',
      this.localize.lang(),
      this.timeZone,
      this.pii.version,
      this.piiFields,
    ];
    if (deps.some((dep, index) => dep !== this.renderItemDeps[index])) {
      this.renderItemDeps = deps;
      this.renderItem = interactionRenderer(this.view, this.channelFilter !== '');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('layout')) this.syncResizeObserver();
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

  // -------------------------------------------------------------------------------------------
  // Handlers

  private selectTab(tab: Customer360Tab): void {
    this.selectedTab = tab;
    writeStorage(`${STORAGE_PREFIX}${this.storedTabKey ?? 'default'}`, tab);
  }

  /** The tab set's choice, answered here: not an event of the 360. */
  private handleTabSelect(event: CxTabSetSelectEvent): void {
    event.stopPropagation();
    const tab = event.detail.value as Customer360Tab;
    if (TABS.includes(tab)) this.selectTab(tab);
  }

  private toggleDisclosure(tab: Customer360Tab): void {
    const open = new Set(this.openDisclosures);
    if (open.has(tab)) open.delete(tab);
    else {
      open.add(tab);
      this.selectTab(tab);
    }
    this.openDisclosures = open;
  }

  /**
   * Asks the host to carry out an action. The detail's `payload` has the masked values (what a log
   * may keep); the full ones come from `rawPayload()`, so that printing the detail never prints them.
   */
  private handleAction(action: string, personal: Record<string, ActionValue> = {}): void {
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
          customerId: this.customerData.customerId ?? '',
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
          customerId: this.customerData.customerId ?? '',
          offerId: offer.id,
          decision,
          ...(reason ? { reason } : {}),
        }),
      ),
    );
    const index = this.shown.customer.offers.indexOf(offer);
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

  // -------------------------------------------------------------------------------------------
  // Render

  protected override render(): TemplateResult {
    const idle = this.shown.sections.profile.status === 'idle';
    return html`<section
        class=${classMap({ panel: true, narrow: this.effectiveLayout === 'disclosures' })}
        part="base"
        aria-label=${this.localize.term('c360RegionLabel')}
      >
        ${
          idle
            ? html`<p class="empty" part="empty">${this.localize.term('c360NoCustomer')}</p>`
            : html`${renderHeader(this.view, {
                customerName: this.customerName,
                alerts: this.alerts,
                action: (action, personal) => this.handleAction(action, personal),
              })}
              ${this.effectiveLayout === 'tabs' ? this.renderTabs() : this.renderDisclosures()}`
        }
      </section>
      <slot></slot>`;
  }

  /** A section's content: the history, or another section. */
  private renderPanel(tab: Customer360Tab): TemplateResult {
    if (tab === 'interactions')
      return renderHistorySection(this.view, {
        channelFilter: this.channelFilter,
        customerId: this.customerData.customerId ?? '',
        channels: this.channels,
        history: this.history,
        renderItem: this.renderItem,
        loadingMore: this.customerData.loadingMore,
        moreError: this.customerData.moreError,
        filter: (channel) => {
          this.channelFilter = channel;
        },
        loadMore: () => this.customerData.loadMore(),
      });
    return renderSection(this.view, tab, {
      decisions: this.decisions,
      rejecting: this.rejecting,
      decide: (offer, decision, reason) => this.decide(offer, decision, reason),
      startReject: (offer) => {
        this.rejecting = offer.id;
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLSelectElement>('.reject-form select')?.focus(),
        );
      },
      cancelReject: (offer) => {
        this.rejecting = undefined;
        this.focusInOffer(offer, '[data-decision="reject"]');
      },
    });
  }

  /** The tab set (the tabs are its children) and the panels; only the selected panel has content. */
  private renderTabs(): TemplateResult {
    const tab = (tab: Customer360Tab, selected: boolean) =>
      html`<button
        type="button"
        role="tab"
        id="tab-${tab}"
        value=${tab}
        class=${classMap({ tab: true, selected, failed: this.shown.sections[tab].status === 'error' })}
        part=${selected ? 'tab tab-selected' : 'tab'}
        aria-controls="panel-${tab}"
      >
        ${this.localize.term('c360Tab', tab)}
      </button>`;
    const panel = (tab: Customer360Tab, selected: boolean) =>
      html`<div
        class="tabpanel"
        role="tabpanel"
        id="panel-${tab}"
        part="panel"
        aria-labelledby="tab-${tab}"
        tabindex="0"
        ?hidden=${!selected}
      >
        ${selected ? this.renderPanel(tab) : nothing}
      </div>`;
    return html`<cx-tab-set
        class="tabs"
        part="tabs"
        aria-label=${this.localize.term('c360SectionsLabel')}
        selected=${this.selectedTab}
        @cx-tab-set-select=${this.handleTabSelect}
      >
        ${TABS.map((each) => tab(each, each === this.selectedTab))}
      </cx-tab-set>
      ${TABS.map((each) => panel(each, each === this.selectedTab))}`;
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
              class=${classMap({ toggle: true, failed: this.shown.sections[tab].status === 'error' })}
              part="tab"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="panel-${tab}"
              @click=${() => this.toggleDisclosure(tab)}
            >
              <span class="chevron" aria-hidden="true"></span>${this.localize.term('c360Tab', tab)}
            </button>
          </h3>
          <div class="disclosure-body" id="panel-${tab}" part="panel" ?hidden=${!open}>
            ${open ? this.renderPanel(tab) : nothing}
          </div>
        </div>`;
      })}
    </div>`;
  }
}

import { provide } from '@lit/context';
import { customerContext } from '../../context/customer.js';
import type { Customer360 } from '../../services/tmf/customer360.js';
import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  agentSessionContext,
  type AgentSession,
  type AgentSessionServices,
} from '../../context/agent-session.js';
import {
  CxAgentSessionChangeEvent,
  type CxAgentSessionChangeDetail,
} from '../../events/cx-agent-session-change.js';
import { CxElement } from '../../internal/cx-element.js';
import { EventQueueController } from '../../internal/controllers/event-queue.js';
import {
  describeValue,
  readOptionalString,
  SettingChecks,
  stringAttribute,
  type Checked,
} from '../../internal/property-check.js';
import { LocalizeController } from '../../internal/localize.js';
import { getSharedClock, offerServerTime } from '../../services/clock.js';
import { redactText } from '../../services/pii/index.js';
import { Transport, type AuthHeaderHook } from '../../services/transport.js';

type Changed = CxAgentSessionChangeDetail['changed'][number];

/** The text properties, checked the same way, with their attributes; a change to any is announced. */
const TEXT_PROPERTIES = [
  ['customerId', 'customer-id'],
  ['interactionId', 'interaction-id'],
  ['agentId', 'agent-id'],
  ['apiBase', 'api-base'],
] as const;

/**
 * @tag cx-agent-session
 * @summary Invisible shell around an interaction's widgets: provides the customer, interaction,
 * agent, locale and shared services to every cx-desk widget inside it.
 *
 * @slot - The widgets (and any host markup) of this interaction.
 *
 * @fires {CxAgentSessionChangeEvent} cx-agent-session-change - After the customer, interaction, agent, API base or locale changed.
 * @fires {CxErrorEvent} cx-error - A property has a value it cannot use (the wrong type, or a `server-time` the shared clock refuses: not ISO 8601, or more than a day off); the value is ignored (the clock keeps its time) and reported once.
 */
export class CxAgentSession extends CxElement {
  static override tagName = 'cx-agent-session';

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Customer being served; widgets inside load this customer. */
  @property({ attribute: 'customer-id', reflect: true, converter: stringAttribute }) customerId:
    string | undefined;

  /** Current interaction (call, chat); keys progress that must survive a reload. */
  @property({ attribute: 'interaction-id', reflect: true, converter: stringAttribute }) interactionId:
    string | undefined;

  /** Agent handling the interaction; keys per-agent preferences. */
  @property({ attribute: 'agent-id' }) agentId: string | undefined;

  /** Base URL of the host's API; TM Forum paths (`/tmf-api/…`) are appended to it. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /**
   * Server's current time (ISO 8601 with an offset); corrects the agent's clock for every timer on the
   * page. A value the clock refuses (not ISO 8601, more than a day off) leaves it as it was.
   */
  @property({ attribute: 'server-time' }) serverTime: string | undefined;

  /** Adds headers (e.g. Authorization) to every request the widgets make. */
  @property({ attribute: false }) authHeaders: AuthHeaderHook | undefined;

  /** Replaces any of the shared services (e.g. a host's own transport). */
  @property({ attribute: false }) services: Partial<AgentSessionServices> | undefined;

  /** The session the widgets inside see; a new object on every change so consumers update. */
  @provide({ context: agentSessionContext })
  protected session: AgentSession | undefined;

  /**
   * The customer a `cx-customer-360` inside has loaded, passed on to every widget in the session (the
   * script prompter and survey are usually its siblings, not its children). Cleared when the
   * session's customer changes.
   */
  @provide({ context: customerContext })
  protected customer: Customer360 | undefined;

  private readonly localize = new LocalizeController(this);
  /** `cx-error`s and the change event, dispatched once the update that caused them has rendered. */
  private readonly events = new EventQueueController(this, {
    source: CxAgentSession.tagName,
    safeDetail: (detail) => ({ ...detail, message: redactText(detail.message) }),
  });
  private transport: Transport | undefined;

  constructor() {
    super();
    this.addEventListener('cx-customer-load', (event) => {
      const source = event.composedPath()[0] as { value?: unknown } | undefined;
      const value = source?.value as Customer360 | undefined;
      if (value && typeof value === 'object') this.customer = value;
    });
  }
  private locale = '';

  /** The session as currently provided to the widgets inside. */
  get value(): AgentSession | undefined {
    return this.session;
  }

  /** Each wrong value is ignored and reported once (a re-render with the same value says nothing new). */
  private readonly checks = new SettingChecks((attribute, message) =>
    this.events.error({ code: 'invalid-property', path: attribute, message }),
  );
  /** The values as checked: what the session provides. */
  private readonly valid: {
    customerId?: string;
    interactionId?: string;
    agentId?: string;
    apiBase: string;
    authHeaders?: AuthHeaderHook;
    services?: Partial<AgentSessionServices>;
  } = { apiBase: '' };

  protected override willUpdate(changed: PropertyValues<this>): void {
    const valid = this.valid;
    for (const [name, attribute] of TEXT_PROPERTIES) {
      if (!changed.has(name)) continue;
      const value = this.checks.use(
        attribute,
        this[name],
        readOptionalString(attribute, this[name]),
        undefined,
      );
      if (name === 'apiBase') valid.apiBase = value ?? '';
      else valid[name] = value;
    }
    if (changed.has('authHeaders'))
      valid.authHeaders = this.checks.use(
        'authHeaders',
        this.authHeaders,
        readHook(this.authHeaders),
        undefined,
      );
    if (changed.has('services'))
      valid.services = this.checks.use('services', this.services, readServices(this.services), undefined);
    if (changed.has('serverTime')) this.applyServerTime();

    if (!this.transport || changed.has('apiBase') || changed.has('authHeaders')) {
      this.transport = new Transport({ baseUrl: valid.apiBase, authHeaders: valid.authHeaders });
    }
    const locale = this.localize.lang();
    const localeChanged = locale !== this.locale;
    this.locale = locale;

    const fields: Changed[] = TEXT_PROPERTIES.filter(([name]) => changed.has(name)).map(([name]) => name);
    if (localeChanged) fields.push('locale');
    if (!this.session || fields.length > 0 || changed.has('services') || changed.has('authHeaders')) {
      const previous = this.session;
      this.session = Object.freeze({
        customerId: blankToUndefined(valid.customerId),
        interactionId: blankToUndefined(valid.interactionId),
        agentId: blankToUndefined(valid.agentId),
        apiBase: valid.apiBase,
        locale,
        services: Object.freeze({ transport: this.transport, clock: getSharedClock(), ...valid.services }),
      });
      const reallyChanged = previous ? fields.filter((name) => previous[name] !== this.session![name]) : [];
      if (reallyChanged.includes('customerId')) this.customer = undefined;
      if (reallyChanged.length > 0) {
        const { customerId, interactionId, agentId } = this.session;
        this.events.queue(
          new CxAgentSessionChangeEvent({ customerId, interactionId, agentId, changed: reallyChanged }),
        );
      }
    }
  }

  /**
   * Offers `server-time` to the page's shared clock, which checks it before it changes; a refused
   * value is reported here, on the element that asked, and every timer on the page keeps its time.
   */
  private applyServerTime(): void {
    const refused = offerServerTime(getSharedClock(), this.serverTime);
    this.checks.use(
      'server-time',
      this.serverTime,
      refused
        ? { ok: false, message: `${refused}; the agent's clock is used as it is.` }
        : { ok: true, value: undefined },
      undefined,
    );
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

/** The auth hook: a function, or nothing. */
function readHook(value: unknown): Checked<AuthHeaderHook | undefined> {
  if (value === undefined || value === null) return { ok: true, value: undefined };
  if (typeof value === 'function') return { ok: true, value: value as AuthHeaderHook };
  return { ok: false, message: `authHeaders must be a function, not ${describeValue(value)}` };
}

/** Replacement services: an object of service objects; anything else is ignored. */
function readServices(value: unknown): Checked<Partial<AgentSessionServices> | undefined> {
  if (value === undefined || value === null) return { ok: true, value: undefined };
  if (typeof value !== 'object' || Array.isArray(value))
    return {
      ok: false,
      message: `services must be an object of services (transport, clock), not ${describeValue(value)}`,
    };
  const services: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(value)) {
    if (service === undefined) continue;
    if (typeof service !== 'object' || service === null)
      return { ok: false, message: `services.${name} must be an object, not ${describeValue(service)}` };
    services[name] = service;
  }
  return { ok: true, value: services as Partial<AgentSessionServices> };
}

function blankToUndefined(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

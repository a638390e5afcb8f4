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
import { CxErrorEvent } from '../../events/cx-error.js';
import { CxElement } from '../../internal/cx-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { getSharedClock } from '../../services/clock.js';
import { Transport, type AuthHeaderHook } from '../../services/transport.js';

type Changed = CxAgentSessionChangeDetail['changed'][number];

/**
 * @tag cx-agent-session
 * @summary Invisible shell around an interaction's widgets: provides the customer, interaction,
 * agent, locale and shared services to every cx-desk widget inside it.
 *
 * @slot - The widgets (and any host markup) of this interaction.
 *
 * @fires {CxAgentSessionChangeEvent} cx-agent-session-change - After the customer, interaction, agent, API base or locale changed.
 * @fires {CxErrorEvent} cx-error - When `server-time` cannot be parsed.
 */
export class CxAgentSession extends CxElement {
  static override tagName = 'cx-agent-session';

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Customer being served; widgets inside load this customer. */
  @property({ attribute: 'customer-id', reflect: true }) customerId: string | undefined;

  /** Current interaction (call, chat); keys progress that must survive a reload. */
  @property({ attribute: 'interaction-id', reflect: true }) interactionId: string | undefined;

  /** Agent handling the interaction; keys per-agent preferences. */
  @property({ attribute: 'agent-id' }) agentId: string | undefined;

  /** Base URL of the host's API; TM Forum paths (`/tmf-api/…`) are appended to it. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Server's current time (ISO 8601); corrects the agent's clock for every timer on the page. */
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serverTime') && this.serverTime) {
      if (!getSharedClock().setServerTime(this.serverTime)) {
        this.dispatchEvent(
          new CxErrorEvent({
            code: 'invalid-property',
            message: `server-time "${this.serverTime}" is not an ISO 8601 date-time; the agent's clock is used as it is.`,
            path: 'server-time',
            source: CxAgentSession.tagName,
          }),
        );
      }
    }
    if (!this.transport || changed.has('apiBase') || changed.has('authHeaders')) {
      this.transport = new Transport({ baseUrl: this.apiBase ?? '', authHeaders: this.authHeaders });
    }
    const locale = this.localize.lang();
    const localeChanged = locale !== this.locale;
    this.locale = locale;

    const fields: Changed[] = (['customerId', 'interactionId', 'agentId', 'apiBase'] as const).filter(
      (name) => changed.has(name),
    );
    if (localeChanged) fields.push('locale');
    if (!this.session || fields.length > 0 || changed.has('services') || changed.has('authHeaders')) {
      const previous = this.session;
      this.session = Object.freeze({
        customerId: blankToUndefined(this.customerId),
        interactionId: blankToUndefined(this.interactionId),
        agentId: blankToUndefined(this.agentId),
        apiBase: this.apiBase ?? '',
        locale,
        services: Object.freeze({ transport: this.transport, clock: getSharedClock(), ...this.services }),
      });
      const reallyChanged = previous ? fields.filter((name) => previous[name] !== this.session![name]) : [];
      if (reallyChanged.includes('customerId')) this.customer = undefined;
      if (reallyChanged.length > 0) {
        this.pendingChange = reallyChanged;
      }
    }
  }

  private pendingChange: Changed[] | undefined;

  protected override updated(): void {
    if (!this.pendingChange) return;
    const changed = this.pendingChange;
    this.pendingChange = undefined;
    this.dispatchEvent(
      new CxAgentSessionChangeEvent({
        customerId: this.session?.customerId,
        interactionId: this.session?.interactionId,
        agentId: this.session?.agentId,
        changed,
      }),
    );
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

function blankToUndefined(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

// The 360's header: identity (masked until revealed), tier, facts, alert badges with their reasons,
// and the actions the host carries out.
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { piiValue, type PiiKind } from '../../services/pii/index.js';
import {
  DEFAULT_ALERT_RULES,
  evaluateAlerts,
  type AlertRules,
  type CustomerAlert,
} from '../../services/tmf/alerts.js';
import type { Customer360, MaskedValue } from '../../services/tmf/customer360.js';
import type { Customer360CodeFamily } from '../../translations/customer-360.js';
import { formatLanguage, formatMoney, tenure } from './customer-360.format.js';
import type { Customer360View } from './customer-360.view.js';

type Profile = NonNullable<Customer360['profile']>;

/** A value of an action's payload: shown masked in the detail, in full through `rawPayload()`. */
export interface ActionValue {
  readonly kind: PiiKind;
  readonly raw: string;
}

/** What the header needs besides the view. */
export interface HeaderOptions {
  /** The name the page knows, shown while the profile loads (or if it cannot be). */
  readonly customerName: string | undefined;
  /** The alerts of the customer (computed when the customer or the rules change). */
  readonly alerts: readonly CustomerAlert[];
  /** The agent chose an action. */
  action(action: string, personal?: Record<string, ActionValue>): void;
}

/** The alerts of a customer under the host's rules (none when the data defeats the rules). */
export function customerAlerts(
  customer: Customer360,
  rules: Partial<AlertRules> | undefined,
): CustomerAlert[] {
  try {
    const now = Date.now();
    // Only contacts inside the repeat-contact window matter to the rules: hand over those, found by
    // comparing canonical ISO strings (parsed dates are UTC ISO), not 10,000 Date.parse calls.
    const days = rules?.repeatContactDays ?? DEFAULT_ALERT_RULES.repeatContactDays;
    const windowDays = Number.isFinite(days) ? Math.min(Math.max(0, days), 36_500) : 7;
    const since = new Date(now - windowDays * 86_400_000).toISOString();
    const interactions = customer.interactions.filter(
      (entry) => entry.date !== undefined && entry.date >= since,
    );
    return evaluateAlerts({ ...customer, interactions }, { now, rules });
  } catch {
    return [];
  }
}

export function renderHeader(view: Customer360View, options: HeaderOptions): TemplateResult {
  const profile = view.customer.profile;
  if (!profile) return renderPendingHeader(view, options.customerName);
  const { term } = view;
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
      <dd>${value}${view.invalidMark(path)}</dd>
    </div>`;
  const known = (value: string | false | undefined) => value || term('c360Unknown');
  const risk = view.sections.risk;
  return html`<header class="header" part="header">
    <div class="identity">
      <h2 class=${classMap({ name: true, invalid: view.isInvalid('profile.identity.name') })} part="name">
        <bdi>${view.pii.text(name, 'profile.identity.name')}</bdi>${view.invalidMark('profile.identity.name')}
      </h2>
      ${
        profile.tier
          ? html`<span class="tier tier-${profile.tier}" part="tier"
              ><span class="visually-hidden">${term('c360Labelled', term('c360TierLabel'), '')}</span
              >${term('c360Tier', profile.tier)}</span
            >`
          : view.invalidMark('profile.tier')
      }
    </div>
    <dl class="facts" part="facts">
      ${identity.msisdn ? renderPii(view, 'profile.identity.msisdn', 'phone', identity.msisdn, term('c360Phone')) : nothing}
      ${
        identity.idNumber
          ? renderPii(view, 'profile.identity.idNumber', 'idNumber', identity.idNumber, term('c360IdNumber'))
          : nothing
      }
      ${renderContactMedia(view, profile, shown)}
      ${view
        .personalExtensions('profile', profile.extensions)
        .filter(({ key }) => !shown.has(key) && !!shown.add(key))
        .map(
          ({ label, value }) =>
            html`<div class="fact pii">
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      ${fact(
        term('c360StatusLabel'),
        profile.status
          ? html`<span class="status status-${profile.status}">${term('c360Status', profile.status)}</span>`
          : term('c360Unknown'),
        'profile.status',
      )}
      ${fact(
        term('c360StageLabel'),
        known(profile.lifecycleStage && term('c360Stage', profile.lifecycleStage)),
        'profile.lifecycleStage',
      )}
      ${fact(
        term('c360TenureLabel'),
        known(since && term('c360Tenure', since.years, since.months)),
        'profile.customerSince',
      )}
      ${fact(
        term('c360LanguageLabel'),
        known(identity.preferredLanguage && formatLanguage(view.locale, identity.preferredLanguage)),
        'profile.identity.preferredLanguage',
      )}
      ${fact(
        term('c360ChannelLabel'),
        known(identity.preferredChannel && view.code('channel', identity.preferredChannel)),
        'profile.identity.preferredChannel',
      )}
      ${
        profile.contractEndDate
          ? fact(term('c360ContractEndLabel'), view.date(profile.contractEndDate), 'profile.contractEndDate')
          : nothing
      }
    </dl>
    ${renderAlerts(view, options.alerts)}
    ${
      // Risk comes with the profile (one TMF629 call): only its failure needs a place of its own.
      risk.status === 'error' && risk.error ? view.failure('risk') : nothing
    }
    ${renderActions(view, profile, email?.value, options)}
  </header>`;
}

function renderActions(
  view: Customer360View,
  profile: Profile,
  email: string | undefined,
  options: HeaderOptions,
): TemplateResult {
  const msisdn = profile.identity.msisdn;
  const button = (action: string, personal?: Record<string, ActionValue>) =>
    html`<button type="button" @click=${() => options.action(action, personal)}>
      ${view.term('c360Action', action)}
    </button>`;
  return html`<div class="actions" role="group" part="actions" aria-label=${view.term('c360ActionsLabel')}>
    ${msisdn ? button('call', { number: { kind: 'phone', raw: msisdn.raw } }) : nothing}
    ${msisdn ? button('sms', { number: { kind: 'phone', raw: msisdn.raw } }) : nothing}
    ${email ? button('email', { address: { kind: 'email', raw: email } }) : nothing} ${button('open-ticket')}
  </div>`;
}

/** A personal fact of the header (mobile, ID number): masked, its button naming it. */
function renderPii(
  view: Customer360View,
  path: string,
  kind: PiiKind,
  value: MaskedValue,
  label: string,
): TemplateResult {
  // A masked form given with the data is kept (the masked value drops one that gives the value away).
  const match = { ...piiValue(kind, value.raw), ...(value.masked ? { masked: value.masked } : {}) };
  return html`<div class="fact pii">
    <dt>${label}</dt>
    <dd>${view.pii.value(match, path, { label, button: 'full' })}${view.invalidMark(path)}</dd>
  </div>`;
}

/** The contact media of the header not shown already (`shown`: keys of the values on screen), each masked. */
function renderContactMedia(view: Customer360View, profile: Profile, shown: Set<string>): TemplateResult[] {
  const facts: TemplateResult[] = [];
  profile.contactMedia.forEach((medium, index) => {
    if (!medium.value) return;
    const kind: PiiKind = medium.kind === 'email' ? 'email' : medium.kind === 'postal' ? 'address' : 'phone';
    const match = piiValue(kind, medium.value);
    if (shown.has(match.key)) return;
    shown.add(match.key);
    const label = view.code('contactKind', medium.kind);
    facts.push(
      html`<div class="fact pii${kind === 'address' ? ' wide' : ''}">
        <dt>${label}</dt>
        <dd>
          ${view.pii.value(match, `profile.contactMedia.${index}.value`, { label })}${view.invalidMark(
            `profile.contactMedia.${index}`,
          )}
        </dd>
      </div>`,
    );
  });
  return facts;
}

function renderAlerts(
  view: Customer360View,
  alerts: readonly CustomerAlert[],
): TemplateResult | typeof nothing {
  if (alerts.length === 0) return nothing;
  return html`<ul class="alerts" part="alerts" aria-label=${view.term('c360AlertsLabel')}>
    ${alerts.map(
      (alert) =>
        html`<li class="alert ${alert.severity}" part="alert alert-${alert.severity}" data-code=${alert.code}>
          <strong>${view.term('c360Alert', alert.code)}</strong>
          <span class="reason"
            >${view.pii.text(
              view.term('c360AlertReason', alert.code, alertParams(view, alert)),
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
function alertParams(view: Customer360View, alert: CustomerAlert): Record<string, string | number> {
  const params = { ...alert.params };
  const { unit, reasons, categories } = params;
  if (typeof unit === 'string') {
    for (const key of ['amount', 'average', 'total']) {
      const value = params[key];
      if (typeof value === 'number') params[key] = formatMoney(view.locale, value, unit);
    }
  }
  const labels = (codes: string, family: Customer360CodeFamily) =>
    view.term(
      'c360List',
      codes
        .split(',')
        .filter(Boolean)
        .map((code) => view.code(family, code)),
    );
  if (typeof reasons === 'string' && reasons) params.reasons = labels(reasons, 'riskReason');
  if (typeof categories === 'string' && categories) params.categories = labels(categories, 'ticketCategory');
  return params;
}

/** The header while the profile has not loaded: the name the page knows, and the profile's state. */
function renderPendingHeader(view: Customer360View, customerName: string | undefined): TemplateResult {
  const name = typeof customerName === 'string' ? customerName.trim().slice(0, 200) : '';
  return html`<header class="header" part="header">
    ${
      name
        ? html`<div class="identity">
            <h2 class="name" part="name"><bdi>${name}</bdi></h2>
          </div>`
        : nothing
    }
    ${view.pending('profile') ?? html`<p class="empty" part="empty">${view.term('c360NoCustomer')}</p>`}
  </header>`;
}

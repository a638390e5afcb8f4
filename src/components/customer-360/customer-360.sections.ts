// The sections of the 360 behind its tabs (the history has its own module): products, usage, bills,
// open tickets, satisfaction and next best offers, each with its state, its saved-data note and its
// count of fields that could not be read.
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { cssVars } from '../../internal/css-vars.js';
import { SATISFACTION_SCALES, type Offer, type TicketSummary } from '../../services/tmf/customer360.js';
import type { Customer360Tab } from '../../translations/customer-360.js';
import { formatNumber } from './customer-360.format.js';
import type { Customer360View } from './customer-360.view.js';

const OPEN_TICKET_STATUSES = new Set(['acknowledged', 'pending', 'held', 'inProgress']);
const REJECT_REASONS = [
  'not-interested',
  'too-expensive',
  'already-has',
  'call-back-later',
  'no-consent',
  'other',
];

/** The agent's decisions on the offers, and what the offers' buttons do. */
export interface OfferOptions {
  readonly decisions: ReadonlyMap<string, 'accept' | 'reject'>;
  /** The offer whose reject reason is being asked for. */
  readonly rejecting: string | undefined;
  decide(offer: Offer, decision: 'accept' | 'reject', reason?: string): void;
  startReject(offer: Offer): void;
  cancelReject(offer: Offer): void;
}

/** A section other than the history: its state while it has no data, else its data. */
export function renderSection(
  view: Customer360View,
  tab: Exclude<Customer360Tab, 'interactions'>,
  offers: OfferOptions,
): TemplateResult {
  const pending = view.pending(tab);
  if (pending) return pending;
  const state = view.sections[tab];
  const issues = view.issues(state.issues);
  const stale = view.stale(tab);
  if (state.status === 'empty' || state.status === 'idle') return html`${stale}${view.empty(tab)}${issues}`;
  const body =
    tab === 'products'
      ? renderProducts(view)
      : tab === 'usage'
        ? renderUsage(view)
        : tab === 'bills'
          ? renderBills(view)
          : tab === 'tickets'
            ? renderTickets(view)
            : tab === 'satisfaction'
              ? renderSatisfaction(view)
              : renderOffers(view, offers);
  return html`${stale}${issues}${body}`;
}

function renderProducts(view: Customer360View): TemplateResult {
  const { term, pii } = view;
  return html`<ul class="cards">
    ${view.customer.products.map(
      (product, index) =>
        html`<li class="card">
          <h3 class="card-title">
            <bdi>${product.name ? pii.text(product.name, `products.${index}.name`) : product.id}</bdi
            >${view.invalidMark(`products.${index}.name`)}
          </h3>
          <p class="meta">
            ${
              product.status
                ? html`<span class="chip status-${product.status}"
                    >${term('c360ProductStatus', product.status)}</span
                  >`
                : view.invalidMark(`products.${index}.status`)
            }
            ${product.kind ? html`<span class="chip">${view.code('productKind', product.kind)}</span>` : nothing}
            ${
              product.serviceNumber
                ? html`<span class="service-number"
                    >${pii.text(product.serviceNumber, `products.${index}.serviceNumber`)}</span
                  >`
                : nothing
            }
          </p>
          ${view.personalFields(`products.${index}`, product.extensions)}
          ${
            product.monthlyFee
              ? html`<p class="amount">${term('c360MonthlyFee', view.money(product.monthlyFee))}</p>`
              : view.invalidMark(`products.${index}.monthlyFee`)
          }
          ${
            product.contractEnd
              ? html`<p class="meta">
                  ${term('c360Contract', view.date(product.contractStart ?? product.startDate), view.date(product.contractEnd))}
                </p>`
              : product.startDate
                ? html`<p class="meta">${term('c360Since', view.date(product.startDate))}</p>`
                : nothing
          }
        </li>`,
    )}
  </ul>`;
}

function renderUsage(view: Customer360View): TemplateResult {
  const { term, locale } = view;
  return html`<ul class="meters">
    ${view.customer.usage.map((bucket, index) => {
      const label = bucket.name
        ? view.pii.text(bucket.name, `usage.${index}.name`)
        : term('c360UsageType', bucket.usageType);
      const unit = bucket.unit ? view.code('unit', bucket.unit) : '';
      const { used, cap } = bucket;
      const id = `meter-${index}`;
      const over = used !== undefined && cap !== undefined && used > cap;
      const text =
        used === undefined
          ? term('c360Unknown')
          : cap !== undefined
            ? term('c360UsageOf', formatNumber(locale, used), formatNumber(locale, cap), unit)
            : term('c360UsageOnly', formatNumber(locale, used), unit);
      const ratio = used !== undefined && cap ? Math.min(1, used / cap) : 0;
      return html`<li class=${classMap({ usage: true, over })}>
        <div class="usage-head">
          <span id=${id} class="usage-name"
            ><bdi>${label}</bdi
            >${bucket.isShared ? html` <span class="chip">${term('c360Shared')}</span>` : nothing}</span
          >
          <span class="usage-text"
            >${text}${over ? html` · <strong>${term('c360OverCap')}</strong>` : nothing}${view.invalidMark(`usage.${index}`)}</span
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
                aria-valuetext=${over ? `${text}, ${term('c360OverCap')}` : text}
              >
                <span class="fill" ${cssVars({ '--_ratio': ratio.toFixed(4) })}></span>
              </div>`
            : nothing
        }
        ${bucket.resetDate ? html`<p class="meta">${term('c360Resets', view.date(bucket.resetDate))}</p>` : nothing}
      </li>`;
    })}
  </ul>`;
}

function renderBills(view: Customer360View): TemplateResult {
  const { term } = view;
  return html`<div class="table-wrap">
    <table class="bills">
      <caption class="visually-hidden">
        ${term('c360BillsCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${term('c360BillPeriod')}</th>
          <th scope="col" class="num">${term('c360AmountDue')}</th>
          <th scope="col" class="num">${term('c360Remaining')}</th>
          <th scope="col">${term('c360DueDate')}</th>
          <th scope="col">${term('c360BillStateLabel')}</th>
        </tr>
      </thead>
      <tbody>
        ${view.customer.bills.map(
          (bill, index) =>
            html`<tr>
              <th scope="row">
                ${bill.period?.end ? view.date(bill.period.end) : view.date(bill.billDate)}
                ${bill.billNo ? html`<span class="meta">${bill.billNo}</span>` : nothing}
                ${view.personalFields(`bills.${index}`, bill.extensions)}
              </th>
              <td class="num">
                ${view.money(bill.amountDue)}${view.invalidMark(`bills.${index}.amountDue`)}
              </td>
              <td class="num">${bill.remaining ? view.money(bill.remaining) : term('c360Unknown')}</td>
              <td>${view.date(bill.dueDate)}</td>
              <td>
                ${
                  bill.state
                    ? html`<span class="chip state-${bill.state}">${term('c360BillState', bill.state)}</span>`
                    : term('c360Unknown')
                }${view.invalidMark(`bills.${index}.state`)}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function renderTickets(view: Customer360View): TemplateResult {
  const { term } = view;
  const tickets = view.customer.tickets;
  const open = tickets.filter(
    (ticket) => ticket.status === undefined || OPEN_TICKET_STATUSES.has(ticket.status),
  );
  const closed = tickets.length - open.length;
  const closedNote = closed > 0 ? html`<p class="meta">${term('c360ClosedTickets', closed)}</p>` : nothing;
  if (open.length === 0)
    return html`<p class="empty" part="empty">${term('c360Empty', 'tickets')}</p>
      ${closedNote}`;
  return html`<ul class="cards">
      ${open.map((ticket) => renderTicket(view, ticket, tickets.indexOf(ticket)))}
    </ul>
    ${closedNote}`;
}

function renderTicket(view: Customer360View, ticket: TicketSummary, index: number): TemplateResult {
  const { term, pii } = view;
  const labelled = (
    label: 'c360CategoryLabel' | 'c360SeverityLabel' | 'c360PriorityLabel',
    family: 'ticketCategory' | 'severity' | 'priority',
    code: string | undefined,
  ) => (code ? view.labelledCode(term(label), family, code) : undefined);
  const category = labelled('c360CategoryLabel', 'ticketCategory', ticket.category);
  const severity = labelled('c360SeverityLabel', 'severity', ticket.severity);
  const priority = labelled('c360PriorityLabel', 'priority', ticket.priority);
  return html`<li class=${classMap({ card: true, ticket: true, complaint: ticket.type === 'complaint' })}>
    <div class="ticket-head">
      <h3 class="card-title">
        <bdi>${ticket.name ? pii.text(ticket.name, `tickets.${index}.name`) : ticket.id}</bdi
        >${view.invalidMark(`tickets.${index}.name`)}
      </h3>
      <cx-sla-countdown
        variant="compact"
        ticket-id=${ticket.id}
        .ticket=${ticket.raw}
        time-zone=${view.timeZone ?? nothing}
      ></cx-sla-countdown>
    </div>
    <p class="meta">
      <span>${ticket.id}</span>
      ${ticket.type ? html`<span class="chip type-${ticket.type}">${term('c360TicketType', ticket.type)}</span>` : nothing}
      ${
        ticket.status
          ? html`<span class="chip">${term('c360TicketStatus', ticket.status)}</span>`
          : view.invalidMark(`tickets.${index}.status`)
      }
      ${category ? html`<span class="chip">${category}</span>` : nothing}
      ${severity ? html`<span>${severity}</span>` : nothing}
      ${priority ? html`<span>${priority}</span>` : nothing}
      <span>${term('c360Opened', view.date(ticket.creationDate, true))}</span>
    </p>
    ${
      ticket.description
        ? html`<p class="description">${pii.text(ticket.description, `tickets.${index}.description`)}</p>`
        : nothing
    }
    ${view.personalFields(`tickets.${index}`, ticket.extensions)}
  </li>`;
}

function renderSatisfaction(view: Customer360View): TemplateResult {
  const { term } = view;
  const entries = [...view.customer.satisfaction].reverse();
  const last = entries.length - 1;
  return html`<ul class="rows">
    ${entries.map((entry, shown) => {
      const [, max] = SATISFACTION_SCALES[entry.kind];
      const low = entry.kind === 'nps' ? entry.score <= 6 : entry.kind === 'csat' ? entry.score <= 3 : false;
      return html`<li class=${classMap({ row: true, low })}>
        <span class="row-main">${term('c360SatisfactionKind', entry.kind)}</span>
        <strong
          >${entry.kind === 'fcr' ? (entry.score ? '✓' : '✗') : term('c360Score', entry.score, max)}</strong
        >
        <span class="meta"
          >${view.date(entry.date)}${entry.channel ? ` · ${view.code('channel', entry.channel)}` : ''}</span
        >
        ${
          entry.comment
            ? html`<p class="comment">
                <q>${view.pii.text(entry.comment, `satisfaction.${last - shown}.comment`)}</q>
              </p>`
            : nothing
        }
      </li>`;
    })}
  </ul>`;
}

function renderOffers(view: Customer360View, options: OfferOptions): TemplateResult {
  const { term, pii } = view;
  return html`<ul class="cards">
    ${view.customer.offers.map((offer, index) => {
      const decision = options.decisions.get(offer.id);
      const titleId = `offer-${offer.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
      return html`<li class="card offer" part="offer" data-offer=${offer.id}>
        <h3 class="card-title" id=${titleId}>
          <bdi>${offer.name ? pii.text(offer.name, `offers.${index}.name`) : offer.id}</bdi>
        </h3>
        ${offer.reason ? html`<p class="meta"><span class="chip">${view.code('offerReason', offer.reason)}</span></p>` : nothing}
        ${offer.description ? html`<p>${pii.text(offer.description, `offers.${index}.description`)}</p>` : nothing}
        ${
          decision
            ? html`<p class="decision ${decision}" tabindex="-1">${term('c360Decided', decision)}</p>`
            : options.rejecting === offer.id
              ? renderRejectForm(view, offer, options)
              : html`<div class="offer-actions" role="group" aria-labelledby=${titleId}>
                  <button
                    type="button"
                    class="primary"
                    data-decision="accept"
                    @click=${() => options.decide(offer, 'accept')}
                  >
                    ${term('c360Accept')}
                  </button>
                  <button type="button" data-decision="reject" @click=${() => options.startReject(offer)}>
                    ${term('c360Reject')}
                  </button>
                </div>`
        }
      </li>`;
    })}
  </ul>`;
}

function renderRejectForm(view: Customer360View, offer: Offer, options: OfferOptions): TemplateResult {
  const { term } = view;
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const reason = (form.elements.namedItem('reason') as HTMLSelectElement | null)?.value ?? '';
    options.decide(offer, 'reject', reason);
  };
  return html`<form class="reject-form" @submit=${submit}>
    <label>
      ${term('c360RejectReasonLabel')}
      <select name="reason">
        ${REJECT_REASONS.map((reason) => html`<option value=${reason}>${term('c360RejectReason', reason)}</option>`)}
      </select>
    </label>
    <button type="submit" class="primary">${term('c360ConfirmReject')}</button>
    <button type="button" @click=${() => options.cancelReject(offer)}>${term('c360Cancel')}</button>
  </form>`;
}

// The host's own script on the strict-CSP page: no inline code, no innerHTML, no style attributes
// (the page runs under `require-trusted-types-for 'script'`). It gives the SLA countdown the ticket
// it follows (TMF621 from the reference backend), moves the session to the next customer, decides
// when an agent may reveal masked values, and shows the widget events it hears.

const TICKETS = '/tmf-api/troubleTicket/v5/troubleTicket';
const CLOSED = new Set(['resolved', 'closed', 'cancelled', 'rejected']);
const CUSTOMERS = ['CUST-0001', 'CUST-0002', 'CUST-0003'];
const EVENTS = [
  'cx-agent-session-change',
  'cx-customer-action',
  'cx-customer-pii-reveal',
  'cx-sla-warning',
  'cx-sla-breach',
  'cx-script-step-change',
  'cx-script-action',
  'cx-script-complete',
  'cx-survey-submitted',
  'cx-survey-error',
  'cx-error',
];
const LOG_SIZE = 12;

const session = document.querySelector('cx-agent-session');
const countdown = document.querySelector('cx-sla-countdown');
const list = document.getElementById('event-log');

/** Every widget event the page heard, oldest first (the tests read it). */
const log = [];
window.hostLog = log;

/** @param {string} type @param {unknown} detail */
function show(type, detail) {
  const item = document.createElement('li');
  const name = document.createElement('code');
  name.textContent = type;
  item.append(name, ` ${JSON.stringify(detail)}`);
  list.prepend(item);
  while (list.children.length > LOG_SIZE) list.lastElementChild?.remove();
}

for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    log.push({ type, detail: event.detail });
    show(type, event.detail);
  });
}

// The desk's policy: masked values are shown only once the caller passed the call script's
// identity check (the script's answers travel with each step change).
let identityVerified = false;
document.addEventListener('cx-script-step-change', (event) => {
  identityVerified = event.detail.answers['identity-passed'] === true;
});
document.addEventListener('cx-customer-pii-reveal', (event) => {
  if (!identityVerified) event.preventDefault();
});

let ticketRequest = 0;
/** Shows the SLA of the customer's first open ticket. */
async function followTicket(customerId) {
  const request = ++ticketRequest;
  const response = await fetch(`${TICKETS}?${new URLSearchParams({ 'relatedParty.id': customerId })}`);
  if (!response.ok) throw new Error(`tickets of ${customerId}: HTTP ${response.status}`);
  const tickets = await response.json();
  if (request !== ticketRequest) return;
  const ticket = tickets.find((item) => !CLOSED.has(item.status)) ?? tickets[0] ?? null;
  countdown.setAttribute('ticket-id', ticket?.id ?? '');
  countdown.ticket = ticket;
}

document.getElementById('next-customer').addEventListener('click', () => {
  const current = CUSTOMERS.indexOf(session.getAttribute('customer-id') ?? '');
  session.setAttribute('customer-id', CUSTOMERS[(current + 1) % CUSTOMERS.length]);
});

session.addEventListener('cx-agent-session-change', (event) => {
  if (!event.detail.changed.includes('customerId')) return;
  identityVerified = false;
  document.getElementById('current-customer').textContent = event.detail.customerId ?? '—';
  void followTicket(event.detail.customerId);
});

await customElements.whenDefined('cx-sla-countdown');
await followTicket(session.getAttribute('customer-id'));
window.hostReady = true;

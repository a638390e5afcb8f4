// The legacy page's own script: no build step, no framework. The widgets are plain markup in
// index.html; this only does what a host has to do itself: give the SLA countdown the ticket it
// follows (TMF621, from the reference backend), move to the next customer, and log widget events.

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
  'cx-script-complete',
  'cx-survey-submitted',
  'cx-survey-error',
  'cx-error',
];

const session = document.querySelector('cx-agent-session');
const countdown = document.querySelector('cx-sla-countdown');

/** Every widget event the page saw, oldest first (tests read it). */
const log = [];
window.hostLog = log;
for (const type of EVENTS) {
  document.addEventListener(type, (event) => log.push({ type, detail: event.detail }));
}

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
  document.getElementById('current-customer').textContent = event.detail.customerId ?? '—';
  void followTicket(event.detail.customerId);
});

await customElements.whenDefined('cx-sla-countdown');
await followTicket(session.getAttribute('customer-id'));
window.hostReady = true;

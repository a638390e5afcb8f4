// The host's own script on the strict-CSP page: no inline code, no innerHTML, no style attributes
// (the page runs under `require-trusted-types-for 'script'`). It gives the SLA countdown the ticket
// it follows (TMF621 from the reference backend), moves the session to the next customer, decides
// when an agent may reveal masked values (the widgets' and its own caller number), switches its
// after-call tabs, pages the customer's recent contacts into a feed, and shows the widget events it
// hears.

const TICKETS = '/tmf-api/troubleTicket/v5/troubleTicket';
const INTERACTIONS = '/tmf-api/partyInteraction/v5/partyInteraction';
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
  'cx-masked-value-toggle',
  'cx-tab-set-select',
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
// The page's own masked value (the caller's number from the IVR) follows the same policy.
const caller = document.getElementById('caller');
caller.raw = '13912345678';
caller.addEventListener('cx-masked-value-toggle', (event) => {
  if (!event.detail.reveal || identityVerified) return;
  event.preventDefault();
  caller.denied = true;
});

// After the call: the tab set says which tab the agent chose; the page shows its panel.
document.getElementById('after-call').addEventListener('cx-tab-set-select', (event) => {
  for (const panel of document.querySelectorAll('#panel-wrap-up, #panel-contacts'))
    panel.hidden = panel.id !== `panel-${event.detail.value}`;
});

// Recent contacts (TMF683), a page at a time as the agent scrolls the feed.
const contacts = document.getElementById('contacts');
let contactsRequest = 0;
/** Loads the contacts of `customerId` from `offset` on (0: a new list). */
async function loadContacts(customerId, offset) {
  const request = ++contactsRequest;
  const query = new URLSearchParams({ 'relatedParty.id': customerId, offset: String(offset), limit: '20' });
  const response = await fetch(`${INTERACTIONS}?${query}`);
  if (!response.ok) throw new Error(`contacts of ${customerId}: HTTP ${response.status}`);
  const page = await response.json();
  if (request !== contactsRequest) return;
  const items = page.map((interaction) => ({
    id: interaction.id,
    date: interaction.interactionDate?.startDateTime,
    summary: interaction.description,
  }));
  const total = Number(response.headers.get('X-Total-Count') ?? offset + items.length);
  const before = offset === 0 ? [] : contacts.history.items;
  contacts.listKey = customerId;
  contacts.history = { items: [...before, ...items], total };
  contacts.busy = false;
}
contacts.addEventListener('cx-interaction-feed-near-end', (event) => {
  if (contacts.busy) return;
  contacts.busy = true;
  void loadContacts(session.getAttribute('customer-id'), event.detail.loaded);
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
  void loadContacts(event.detail.customerId, 0);
});

await customElements.whenDefined('cx-sla-countdown');
await followTicket(session.getAttribute('customer-id'));
await loadContacts(session.getAttribute('customer-id'), 0);
window.hostReady = true;

// A host page's own component, as a Lightning page would have it: a plain custom element with a
// closed shadow root that holds <cx-agent-session> and the four cx-desk widgets. cx-desk itself is
// told to use closed roots by the <meta name="cx-desk-shadow-root" content="closed"> in <head>.
// Everything is built with createElement and textContent (strict CSP with Trusted Types).

/** Every cx-desk event the page logs; all bubble and are composed, so they leave both closed roots. */
const OBSERVED_EVENTS = [
  'cx-agent-session-change',
  'cx-customer-load',
  'cx-customer-action',
  'cx-script-step-change',
  'cx-survey-submit',
  'cx-survey-submitted',
  'cx-survey-error',
  'cx-sla-warning',
  'cx-sla-breach',
  'cx-error',
];

/**
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {Array<Node | string>} [children]
 */
function el(tag, attributes = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

class CrmPanel extends HTMLElement {
  /** Only this class holds its shadow root: `this.shadowRoot` is null for everybody. */
  #root = this.attachShadow({ mode: 'closed' });

  connectedCallback() {
    if (this.#root.childElementCount > 0) return;
    const countdown = el('cx-sla-countdown', { 'ticket-id': 'TT-CLOSED-1' });
    const minute = 60_000;
    countdown.targets = [
      {
        id: 'respond',
        label: 'Respond',
        kind: 'response',
        startedAt: Date.now() - 10 * minute,
        duration: 'PT4H',
      },
    ];
    const session = el(
      'cx-agent-session',
      {
        'customer-id': this.getAttribute('customer-id') ?? '',
        'interaction-id': this.getAttribute('interaction-id') ?? '',
        'agent-id': this.getAttribute('agent-id') ?? '',
        'api-base': '',
      },
      [
        el('section', {}, [el('h2', {}, ['Customer']), el('cx-customer-360')]),
        el('section', {}, [el('h2', {}, ['Ticket']), countdown]),
        el('section', {}, [
          el('h2', {}, ['Script']),
          el('cx-script-prompter', { src: '/dist/scripts/greeting-identity.en.json' }),
        ]),
        el('section', {}, [
          el('h2', {}, ['Survey']),
          el('cx-satisfaction-survey', {
            preset: 'post-call',
            mode: 'agent',
            endpoint: '/api/survey-responses',
          }),
        ]),
      ],
    );
    this.#root.append(session);
  }
}

customElements.define('crm-panel', CrmPanel);

/**
 * What reaches the document from inside both closed roots, for the test to read: the event type, its
 * target as the page sees it (retargeted to <crm-panel>), the composed path as the page sees it, and
 * the detail.
 * @type {Array<{ type: string, target: string, path: string[], detail: unknown }>}
 */
const hostEvents = [];
Object.defineProperty(window, 'hostEvents', { value: hostEvents });
for (const type of OBSERVED_EVENTS) {
  document.addEventListener(type, (event) => {
    hostEvents.push({
      type,
      target: event.target instanceof Element ? event.target.localName : String(event.target),
      path: event.composedPath().map((node) => (node instanceof Node ? node.nodeName : 'window')),
      detail: JSON.parse(JSON.stringify(event instanceof CustomEvent ? (event.detail ?? null) : null)),
      // What a host that acts on the event reads: the unmasked values, only through the method.
      raw: typeof event.detail?.rawPayload === 'function' ? event.detail.rawPayload() : undefined,
    });
  });
}

// The agent desktop inside the sandboxed iframe: rich data for the SLA countdown, an event log the
// page itself reads, and every cx-desk event relayed to the embedding page with postMessage (to its
// own origin only: the sandbox keeps the origin because it allows same-origin).

/** cx-desk events observed (all bubble and are composed) and relayed. */
const OBSERVED_EVENTS = [
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
const MINUTE = 60_000;

/** @type {Array<{ type: string, tag: string, detail: unknown }>} */
const hostEvents = [];
Object.defineProperty(window, 'hostEvents', { value: hostEvents });

for (const type of OBSERVED_EVENTS) {
  document.addEventListener(type, (event) => {
    const entry = {
      type,
      tag: event.target instanceof Element ? event.target.localName : '',
      detail: JSON.parse(JSON.stringify(event instanceof CustomEvent ? (event.detail ?? null) : null)),
    };
    hostEvents.push(entry);
    if (window.parent !== window) window.parent.postMessage({ source: 'cx-desk', ...entry }, location.origin);
  });
}

// A resolution target that has used 80 % of its 100 minutes: the 75 % warning is due at once, and
// (remembered in localStorage) only once, also across reloads of the frame.
const countdown = document.querySelector('cx-sla-countdown');
if (countdown)
  countdown.targets = [
    {
      id: 'resolve',
      label: 'Resolve',
      kind: 'resolution',
      startedAt: Date.now() - 80 * MINUTE,
      duration: 'PT100M',
    },
  ];

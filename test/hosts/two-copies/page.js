// Shared by the two-copies host pages: rich data for each SLA countdown (set as a property, as a
// host does), the page's event log (which block each event came from) and, on the other-version
// page, loading a second copy of cx-desk with import().

/** cx-desk events the page logs; every one bubbles and is composed. */
const OBSERVED_EVENTS = [
  'cx-agent-session-change',
  'cx-customer-load',
  'cx-script-step-change',
  'cx-survey-submit',
  'cx-survey-submitted',
  'cx-survey-error',
  'cx-sla-warning',
  'cx-sla-breach',
  'cx-error',
];
const MINUTE = 60_000;

/**
 * The page's event log, for the test to read.
 * @type {Array<{ type: string, block: string | null, tag: string, detail: unknown }>}
 */
const hostEvents = [];
Object.defineProperty(window, 'hostEvents', { value: hostEvents });

/** @param {string} type @param {Element | null} target @param {unknown} detail */
function log(type, target, detail) {
  hostEvents.push({
    type,
    block: target?.closest('[data-block]')?.getAttribute('data-block') ?? null,
    tag: target?.localName ?? '',
    detail: JSON.parse(JSON.stringify(detail ?? null)),
  });
}

for (const type of OBSERVED_EVENTS) {
  document.addEventListener(type, (event) =>
    log(
      type,
      event.target instanceof Element ? event.target : null,
      event instanceof CustomEvent ? event.detail : null,
    ),
  );
}

// A ticket's resolution target that started `data-elapsed-minutes` ago and lasts `data-duration`.
for (const countdown of document.querySelectorAll('cx-sla-countdown[data-elapsed-minutes]')) {
  if (!(countdown instanceof HTMLElement)) continue;
  countdown.targets = [
    {
      id: 'resolve',
      label: 'Resolve',
      kind: 'resolution',
      startedAt: Date.now() - Number(countdown.dataset.elapsedMinutes) * MINUTE,
      duration: countdown.dataset.duration,
    },
  ];
}

const loadButton = document.getElementById('load-other-version');
loadButton?.addEventListener('click', async () => {
  const src = loadButton.dataset.src ?? '';
  try {
    const module = await import(src);
    log('other-version-loaded', null, { src, version: module.VERSION });
  } catch (error) {
    log('other-version-failed', null, { src, message: String(error) });
    console.error(`Could not load ${src}:`, error);
  }
});

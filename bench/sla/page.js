// @ts-nocheck -- browser code, bundled by esbuild straight from the TypeScript sources.
// The benchmark page: a ticket queue of N rows whose SLA cell is a <cx-sla-countdown> (one shared
// clock, updates only what is visible), a naive countdown, or a plain-text control; plus counters the
// harness reads once per one-second window. Ticket data is prepared before the mount clock starts.
import { CxSlaCountdown } from '../../src/components/sla-countdown/sla-countdown.ts';
import { getSharedClock } from '../../src/services/clock.ts';
import { registerCalendar } from '../../src/services/sla/calendars.ts';
import { BusinessCalendar } from '../../src/services/business-time/calendar.ts';
// Deterministic pseudo-random numbers (mulberry32): every run gets the same queue.
import { seededRandom } from '../../test/support/script-generator.ts';

const FIRED_PREFIX = 'cx-desk:sla-fired:';
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const SUBJECTS = [
  'No service after SIM swap',
  'Roaming data not working in Thailand',
  'Bill shows a double charge for May',
  'Number port-in stuck for three days',
  'Fibre outage in building, whole floor down',
  'eSIM activation QR code rejected',
  'Slow 5G since the tower maintenance',
  'Voicemail not forwarding to email',
  'Cancel contract after relocation abroad',
  'Number blocked after a fraud alert',
];

/**
 * What the harness samples: `renders` counts updates of ordinary countdowns (clock ticks, scrolling
 * into view) or text writes of the naive cells; `plantedRenders` those of tickets given a milestone
 * during the run, whose events also re-render them.
 */
const counters = { renders: 0, plantedRenders: 0 };
/** @type {WeakSet<Element>} */
const planted = new WeakSet();
/** @type {Array<{ key: string, firedAt: number }>} */
const firedEvents = [];
/** Planted milestones: event key → due instant and row. */
const expectedEvents = new Map();
/** @type {{ rows: HTMLElement[], cells: HTMLElement[], tickets: object[], visibleRows: number }} */
const queue = { rows: [], cells: [], tickets: [], visibleRows: 0 };

/** Writes of the widget's fired-milestone memory to localStorage (each entry is one ticket). */
const storage = { writes: 0 };
const originalSetItem = Storage.prototype.setItem;
Storage.prototype.setItem = function countedSetItem(key, value) {
  if (String(key).startsWith(FIRED_PREFIX)) storage.writes += 1;
  return originalSetItem.call(this, key, value);
};

// Count every widget update, to show which elements work per tick, not only how long it takes.
const originalUpdate = CxSlaCountdown.prototype.update;
CxSlaCountdown.prototype.update = function countedUpdate(changed) {
  if (planted.has(this)) counters.plantedRenders += 1;
  else counters.renders += 1;
  return originalUpdate.call(this, changed);
};

// The contact centre's office hours, registered once by name as a host page does.
const office = BusinessCalendar.from({
  timeZone: 'Asia/Shanghai',
  weeklyHours: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [{ start: '09:00', end: '18:00' }]]),
  ),
});
if (office.ok) registerCalendar('office', office.calendar);

for (const type of ['cx-sla-warning', 'cx-sla-breach']) {
  document.addEventListener(type, (event) => {
    const ticketId = event.composedPath()[0]?.getAttribute?.('ticket-id') ?? '?';
    const milestone = type === 'cx-sla-warning' ? `warning:${event.detail.threshold}` : 'breach';
    firedEvents.push({ key: eventKey(ticketId, event.detail.targetId, milestone), firedAt: Date.now() });
  });
}

const eventKey = (ticketId, targetId, milestone) => `${ticketId}|${targetId}|${milestone}`;

/** ISO 8601 in China Standard Time, the way the ticketing back end sends it. */
function iso(ms) {
  return new Date(ms + 8 * HOUR).toISOString().replace('Z', '+08:00');
}

/**
 * The resolution target of an ordinary ticket: on track (24x7 or office hours), in warning,
 * breached, paused, resumed after a pause, or cancelled. None has a milestone in the next minutes, so
 * during the measurement only planted milestones fire events. Returns the target and a plain
 * deadline for the naive countdowns.
 */
function ordinaryTarget(random, now) {
  const pick = random();
  const r = random();
  if (pick < 0.4) {
    const startedAt = now - r * 30 * HOUR; // 75% of 48 h is 6 h or more away
    return { target: { duration: 'PT48H', startedAt: iso(startedAt) }, deadline: startedAt + 48 * HOUR };
  }
  if (pick < 0.55) {
    // Three office days; under 4 h elapsed is far below 75% of the business time they hold.
    const startedAt = now - r * 4 * HOUR;
    return {
      target: { duration: 'P3D', calendar: 'office', startedAt: iso(startedAt) },
      deadline: startedAt + 72 * HOUR,
    };
  }
  if (pick < 0.7) {
    const startedAt = now - (6.2 + 0.9 * r) * HOUR; // past 75% of 8 h; 90% at least 6 min away
    return { target: { duration: 'PT8H', startedAt: iso(startedAt) }, deadline: startedAt + 8 * HOUR };
  }
  if (pick < 0.82) {
    const startedAt = now - (4.5 + 20 * r) * HOUR; // breached long ago
    return { target: { duration: 'PT4H', startedAt: iso(startedAt) }, deadline: startedAt + 4 * HOUR };
  }
  if (pick < 0.92) {
    const startedAt = now - (2 + 10 * r) * HOUR; // paused: waiting on the customer
    const from = now - (5 + 55 * random()) * MINUTE;
    return {
      target: {
        duration: 'PT24H',
        startedAt: iso(startedAt),
        pauses: [{ from: iso(from), reason: 'Waiting on customer' }],
      },
      deadline: startedAt + 24 * HOUR + (now - from),
    };
  }
  if (pick < 0.98) {
    const startedAt = now - (3 + 5 * r) * HOUR; // resumed after a half-hour pause
    const pause = {
      from: iso(startedAt + HOUR),
      to: iso(startedAt + 1.5 * HOUR),
      reason: 'Waiting on customer',
    };
    return {
      target: { duration: 'PT24H', startedAt: iso(startedAt), pauses: [pause] },
      deadline: startedAt + 24.5 * HOUR,
    };
  }
  const startedAt = now - (1 + 5 * r) * HOUR;
  return {
    target: { duration: 'PT24H', startedAt: iso(startedAt), cancelledAt: iso(now - 10 * MINUTE) },
    deadline: startedAt + 24 * HOUR,
  };
}

/** A resolution target breached hours ago (the `breached` queues: every ticket overdue). */
function breachedTarget(random, now) {
  const startedAt = now - (4.5 + 20 * random()) * HOUR;
  return { target: { duration: 'PT4H', startedAt: iso(startedAt) }, deadline: startedAt + 4 * HOUR };
}

/**
 * N tickets, each with a met first response and a resolution target; with `breached`, every
 * resolution target is overdue.
 */
function makeTickets(n, seed, breached = false) {
  const random = seededRandom(seed);
  const now = Date.now();
  const tickets = [];
  for (let index = 0; index < n; index++) {
    const responseStarted = now - (30 + 60 * random()) * HOUR;
    const firstResponse = {
      id: 'first-response',
      label: 'First response',
      kind: 'first-response',
      duration: 'PT4H',
      startedAt: iso(responseStarted),
      metAt: iso(responseStarted + 2 * HOUR * random()),
    };
    const { target, deadline } = (breached ? breachedTarget : ordinaryTarget)(random, now);
    tickets.push({
      id: `INC-${100000 + index}`,
      subject: SUBJECTS[index % SUBJECTS.length],
      targets: [firstResponse, { id: 'resolution', label: 'Resolution', kind: 'resolution', ...target }],
      deadline,
    });
  }
  return tickets;
}

/**
 * A follow-up target whose one upcoming milestone is at `at`: a warning or the deadline. 24x7, so
 * the instant is plain arithmetic the benchmark can check the event against.
 */
function plantedTarget(variant, at) {
  switch (variant % 4) {
    case 0: // 75% of one hour used at `at`
      return { target: { duration: 'PT1H', startedAt: iso(at - 45 * MINUTE) }, milestone: 'warning:75%' };
    case 1: // 90% of 20 minutes used at `at` (75% is already past)
      return { target: { duration: 'PT20M', startedAt: iso(at - 18 * MINUTE) }, milestone: 'warning:90%' };
    case 2: // deadline at `at`
      return { target: { duration: 'PT30M', startedAt: iso(at - 30 * MINUTE) }, milestone: 'breach' };
    default: // deadline at `at`, pushed back by a closed ten-minute pause
      return {
        target: {
          duration: 'PT40M',
          startedAt: iso(at - 50 * MINUTE),
          pauses: [{ from: iso(at - 30 * MINUTE), to: iso(at - 20 * MINUTE), reason: 'Waiting on customer' }],
        },
        milestone: 'breach',
      };
  }
}

/** One queue row: ticket id, subject, then the SLA cell holding `slaContent`. */
function createRow(ticket, slaContent) {
  const row = document.createElement('div');
  row.className = 'row';
  row.setAttribute('role', 'row');
  for (const content of [ticket.id, ticket.subject, slaContent]) {
    const cell = document.createElement('div');
    cell.className = 'cell';
    cell.setAttribute('role', 'gridcell');
    cell.append(content);
    row.append(cell);
  }
  return row;
}

/**
 * The widget in a queue cell. With `ticketIds: false` the host sets no `ticket-id` (target ids carry
 * the ticket instead): every milestone of the page goes into one storage entry, the case whose cost
 * once grew with the square of the milestones.
 */
function createCountdown(ticket, precision, ticketIds = true) {
  const element = document.createElement('cx-sla-countdown');
  element.setAttribute('variant', 'compact');
  element.setAttribute('precision', precision);
  if (ticketIds) {
    element.setAttribute('ticket-id', ticket.id);
    element.targets = ticket.targets;
  } else {
    element.targets = ticket.targets.map((target) => ({ ...target, id: `${ticket.id}:${target.id}` }));
  }
  return element;
}

const pad = (value) => String(value).padStart(2, '0');

/** What a hand-written countdown shows: h:mm:ss left, or +h:mm:ss overdue. */
function formatRemaining(ms) {
  const total = Math.floor(Math.abs(ms) / SECOND);
  const text = `${Math.floor(total / 3600)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return ms < 0 ? `+${text}` : text;
}

function createTextCountdown(ticket) {
  const span = document.createElement('span');
  span.className = 'naive';
  span.dataset.deadline = String(ticket.deadline);
  span.textContent = formatRemaining(ticket.deadline - Date.now());
  return span;
}

function updateText(span) {
  counters.renders += 1;
  span.textContent = formatRemaining(Number(span.dataset.deadline) - Date.now());
}

/** Naive baseline: one setInterval per element, every second, seen or not. */
function startIntervalPerElement(spans) {
  for (const span of spans) setInterval(() => updateText(span), SECOND);
}

/** Naive baseline: one setInterval for the page, rewriting every element's text. */
function startOneInterval(spans) {
  setInterval(() => {
    for (const span of spans) updateText(span);
  }, SECOND);
}

/**
 * Control, not a baseline: one setInterval rewriting only the cells on screen as plain text, with no
 * widget. What the page itself costs when exactly the visible cells change: the floor for any countdown.
 */
function startVisibleOnly(spans) {
  const visible = spans.slice(0, countVisibleRows());
  setInterval(() => {
    for (const span of visible) updateText(span);
  }, SECOND);
}

const START = {
  'naive-per-element': startIntervalPerElement,
  'naive-one-interval': startOneInterval,
  'visible-only': startVisibleOnly,
};

/** Resolves after the next frame has been rendered (rAF callbacks run before style, layout and paint). */
function afterNextFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(undefined);
      channel.port2.postMessage(undefined);
    });
  });
}

function countVisibleRows() {
  const bottom = document.getElementById('queue').getBoundingClientRect().bottom;
  const firstHidden = queue.rows.findIndex((row) => row.getBoundingClientRect().top >= bottom);
  return firstHidden === -1 ? queue.rows.length : firstHidden;
}

/**
 * Rows per chunk of the queue. A long queue is rendered in chunks the browser skips while they are off
 * screen (`content-visibility: auto` in page.html), as long lists in agent desktops and mail clients
 * are: in one flat list of 10,000 rows every frame walks all rows (hit testing, paint, compositing
 * inputs), so changing a single cell's text once a second costs ~40 ms/s before any countdown runs.
 * `layout: 'flat'` mounts that flat list, measured for reference.
 */
const CHUNK_ROWS = 100;

/**
 * Mounts the queue in one batch and times it from the first row created to the first frame rendered
 * after every element rendered (and recorded its fired milestones).
 * @param {{ mode: 'shared' | 'naive-per-element' | 'naive-one-interval' | 'visible-only', n: number,
 *   precision: 'seconds' | 'minutes', seed: number, layout?: 'chunked' | 'flat', breached?: boolean,
 *   ticketIds?: boolean }} options
 */
async function mount({ mode, n, precision, seed, layout = 'chunked', breached = false, ticketIds = true }) {
  const tickets = makeTickets(n, seed, breached);
  const started = performance.now();
  const fragment = document.createDocumentFragment();
  let chunk = fragment;
  for (const [index, ticket] of tickets.entries()) {
    if (layout === 'chunked' && index % CHUNK_ROWS === 0) {
      chunk = document.createElement('div');
      chunk.className = 'chunk';
      chunk.setAttribute('role', 'presentation');
      fragment.append(chunk);
    }
    const content =
      mode === 'shared' ? createCountdown(ticket, precision, ticketIds) : createTextCountdown(ticket);
    const row = createRow(ticket, content);
    queue.cells.push(content);
    queue.rows.push(row);
    chunk.append(row);
  }
  const created = performance.now();
  document.getElementById('queue').append(fragment);
  if (mode === 'shared') {
    // Lit renders every connected element in the microtasks after append; a sample proves it.
    const sample = [queue.cells[0], queue.cells[Math.floor(n / 2)], queue.cells[n - 1]];
    await Promise.all(sample.map((element) => element.updateComplete));
  } else {
    START[mode](queue.cells);
  }
  await afterNextFrame();
  const mountMs = performance.now() - started;
  queue.tickets = tickets;
  queue.visibleRows = countVisibleRows();
  return {
    mountMs,
    createMs: created - started,
    visibleRows: queue.visibleRows,
    eventsAtMount: firedEvents.length,
    breachesAtMount: firedEvents.filter((event) => event.key.endsWith('|breach')).length,
    recorded: recordedMilestones(),
  };
}

/** What the widget remembers in localStorage: entries (tickets), milestones, characters, writes so far. */
function recordedMilestones() {
  let entries = 0;
  let milestones = 0;
  let chars = 0;
  for (let index = 0; index < localStorage.length; index++) {
    const key = localStorage.key(index);
    if (!key?.startsWith(FIRED_PREFIX)) continue;
    const text = localStorage.getItem(key) ?? '';
    entries += 1;
    chars += key.length + text.length;
    milestones += JSON.parse(text).fired.length;
  }
  return { entries, milestones, chars, writes: storage.writes };
}

/**
 * Gives `seen` tickets on screen and `unseen` tickets spread over the rest of the queue a follow-up
 * target with a warning or deadline between `from` and `to` (epoch ms), as when the server sends
 * updated tickets. Resolves
 * once they re-rendered, with the instant after which their events are expected.
 */
async function plantMilestones({ from, to, seen, unseen }) {
  const rows = [];
  for (let index = 0; index < seen; index++)
    rows.push(Math.floor(((index + 0.5) * queue.visibleRows) / seen));
  const offScreenStart = queue.visibleRows * 3; // well past the 200 px margin of the visibility observer
  for (let index = 0; index < unseen; index++) {
    rows.push(offScreenStart + Math.floor(((index + 0.5) * (queue.cells.length - offScreenStart)) / unseen));
  }
  const count = rows.length;
  rows.forEach((row, index) => {
    const at = Math.round(from + ((index * 7919) % count) * ((to - from) / Math.max(1, count - 1)));
    const ticket = queue.tickets[row];
    const plant = plantedTarget(index, at);
    const element = queue.cells[row];
    planted.add(element);
    // A new target id: the widget fires each milestone once per ticket and target, ever.
    element.targets = [
      ...ticket.targets,
      { id: 'follow-up', label: 'Follow-up', kind: 'follow-up', ...plant.target },
    ];
    expectedEvents.set(eventKey(ticket.id, 'follow-up', plant.milestone), { at, row });
  });
  await Promise.all(rows.map((row) => queue.cells[row].updateComplete));
  return { plantedAt: Date.now(), planted: count };
}

/** Counters read once per window: cheap, so that reading them does not disturb the measurement. */
function snapshot() {
  const clock = getSharedClock();
  // Nothing here may read layout (scrollTop, getBoundingClientRect…): in a hidden page that would
  // force the very style and layout work the harness measures.
  return {
    renders: counters.renders,
    plantedRenders: counters.plantedRenders,
    events: firedEvents.length,
    visibility: document.visibilityState,
    // Private fields of the clock (esbuild keeps property names): who listens to ticks, how many alarms wait.
    subscribers: clock.subscriptions?.size ?? -1,
    alarms: clock.liveAlarms ?? -1,
  };
}

/** Centre of the queue, where the harness turns the mouse wheel. */
function queueCentre() {
  const rect = document.getElementById('queue').getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/**
 * Planted milestones due in (from, to] against the events that fired for them: how many, on screen or
 * not, how late, and any that fired twice or without being planted.
 */
function eventReport({ from, to }) {
  const fired = new Map();
  let duplicates = 0;
  for (const event of firedEvents) {
    if (event.firedAt <= from) continue;
    if (fired.has(event.key)) duplicates += 1;
    else fired.set(event.key, event.firedAt);
  }
  const report = {
    expected: 0,
    fired: 0,
    seenExpected: 0,
    seenFired: 0,
    lateMs: [],
    missing: [],
    duplicates,
  };
  for (const [key, { at, row }] of expectedEvents) {
    if (at <= from || at > to) continue;
    const seen = row < queue.visibleRows;
    report.expected += 1;
    if (seen) report.seenExpected += 1;
    const firedAt = fired.get(key);
    if (firedAt === undefined) {
      report.missing.push(key);
      continue;
    }
    report.fired += 1;
    if (seen) report.seenFired += 1;
    report.lateMs.push(firedAt - at);
  }
  report.unexpected = [...fired.keys()].filter((key) => !expectedEvents.has(key));
  return report;
}

window.bench = { mount, plantMilestones, snapshot, queueCentre, eventReport };

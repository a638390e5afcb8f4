// @ts-check
// <cx-sla-countdown> in a ticket queue of 1,000 and 10,000 rows against naive countdowns measured in
// the same run: main-thread time per one-second window while ticking and while scrolling, mount time,
// and whether warning and breach events fire on time for timers on and off screen.
// Two figures per window: `work` = script + style + layout, the issue's definition of main-thread task
// time, on which the time budgets are judged; and `task` = every main-thread task (also paint,
// compositing inputs, hit testing, GC and the harness's own reads), reported beside it.
// Options: --configs=shared-1k,control-1k runs only those configurations.
/// <reference path="./sla/page.d.ts" />
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundlePage, REPO_ROOT, sha256Of } from './lib/bundle.mjs';
import { serveFiles } from './lib/server.mjs';
import { difference, mainThreadTimeReader, untilSecondOffset } from './lib/cdp-metrics.mjs';
import { ratio, round, summarize } from './lib/stats.mjs';
import { formatTable } from './lib/table.mjs';

export const description = 'cx-sla-countdown in a 1k/10k-row ticket queue vs naive timers (Chromium)';

/** One-second windows measured per configuration, after the warm-up. */
const STEADY_WINDOWS = 20;
/** Windows with the agent scrolling the queue, reported apart from steady ticking. */
const SCROLL_WINDOWS = 4;
const WARM_UP_MS = 2000;
/** Reads land mid-second, away from the ticks just after each second (see untilSecondOffset). */
const READ_OFFSET_MS = 500;
/**
 * Tickets given a warning or deadline inside the measured windows, most of them off screen: 8 in
 * 20 s, above the ~0.3 a second of a real 10,000-ticket queue, so their cost shows but does not swamp
 * the ticking.
 */
const PLANTED = { seen: 2, unseen: 6 };
/** An event is on time when it fires within a second of its instant (what a countdown shows). */
const ON_TIME_MS = 1000;
/** A window this busy means the main thread had no idle time: the figure is a lower bound. */
const SATURATED_MS = 900;

/**
 * @typedef {'shared' | 'naive-per-element' | 'naive-one-interval' | 'visible-only'} Mode
 * @typedef {object} Config
 * @property {string} name
 * @property {Mode} mode
 * @property {number} n
 * @property {'seconds' | 'minutes'} [precision] - for the widget
 * @property {boolean} [hidden] - measured while another tab is in front
 * @property {boolean} [scroll] - also measure windows with the agent scrolling
 * @property {boolean} [minuteInWindows] - wait until a minute boundary falls inside the windows
 * @property {'flat'} [layout] - the queue as one flat list of rows instead of chunks skipped while off
 *   screen (page.js CHUNK_ROWS): for reference, not for the targets
 * @property {boolean} [breached] - every ticket's resolution target breached: each fires and records
 *   its breach at mount
 * @property {boolean} [noTicketIds] - the host sets no `ticket-id`: every milestone of the page shares
 *   one storage entry
 * @property {boolean} [noPlant] - no planted milestones (their events are keyed by ticket-id)
 */

/** @type {Config[]} */
const CONFIGS = [
  { name: 'control-1k', mode: 'visible-only', n: 1000 },
  { name: 'shared-1k', mode: 'shared', n: 1000, precision: 'seconds', scroll: true },
  { name: 'naive-per-element-1k', mode: 'naive-per-element', n: 1000, scroll: true },
  { name: 'naive-one-interval-1k', mode: 'naive-one-interval', n: 1000 },
  { name: 'control-10k', mode: 'visible-only', n: 10000 },
  { name: 'shared-10k', mode: 'shared', n: 10000, precision: 'seconds', scroll: true },
  { name: 'naive-per-element-10k', mode: 'naive-per-element', n: 10000 },
  { name: 'naive-one-interval-10k', mode: 'naive-one-interval', n: 10000 },
  {
    name: 'shared-10k-hidden',
    mode: 'shared',
    n: 10000,
    precision: 'seconds',
    hidden: true,
    minuteInWindows: true,
  },
  { name: 'shared-10k-minutes', mode: 'shared', n: 10000, precision: 'minutes', minuteInWindows: true },
  { name: 'control-1k-flat', mode: 'visible-only', n: 1000, layout: 'flat' },
  { name: 'shared-1k-flat', mode: 'shared', n: 1000, precision: 'seconds', layout: 'flat' },
  { name: 'control-10k-flat', mode: 'visible-only', n: 10000, layout: 'flat' },
  { name: 'shared-10k-flat', mode: 'shared', n: 10000, precision: 'seconds', layout: 'flat' },
  { name: 'shared-10k-breached', mode: 'shared', n: 10000, precision: 'seconds', breached: true },
  {
    name: 'shared-10k-breached-one-entry',
    mode: 'shared',
    n: 10000,
    precision: 'seconds',
    breached: true,
    noTicketIds: true,
    noPlant: true,
  },
];

/**
 * The order configurations run in (results keep the order above). control-1k (~25 s) goes between
 * the two minute-aligned ones: the second then reaches its windows in the last 20 s of the next minute,
 * instead of waiting up to 40 s for them.
 */
const RUN_ORDER = [
  'shared-1k',
  'naive-per-element-1k',
  'naive-one-interval-1k',
  'control-10k',
  'shared-10k',
  'naive-per-element-10k',
  'naive-one-interval-10k',
  'shared-10k-hidden',
  'control-1k',
  'shared-10k-minutes',
  'control-1k-flat',
  'shared-1k-flat',
  'control-10k-flat',
  'shared-10k-flat',
  'shared-10k-breached',
  'shared-10k-breached-one-entry',
];

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sleepUntil = (/** @type {number} */ instant) => sleep(Math.max(0, instant - Date.now()));

/**
 * @param {{ getBrowser: () => Promise<import('puppeteer-core').Browser>, log: (line: string) => void,
 *   options: Record<string, string> }} context
 */
export async function run({ getBrowser, log, options }) {
  const wanted = options.configs?.split(',');
  const configs = RUN_ORDER.map((name) => CONFIGS.find((config) => config.name === name)).filter(
    (config) => config !== undefined && (!wanted || wanted.includes(config.name)),
  );
  const bundle = await bundlePage(fileURLToPath(new URL('./sla/page.js', import.meta.url)));
  const server = await serveFiles({
    '/': fileURLToPath(new URL('./sla/page.html', import.meta.url)),
    '/page.js': bundle,
    '/sla-page.bundle.js.map': `${bundle}.map`,
    '/tokens.css': `${REPO_ROOT}src/styles/tokens.css`,
  });
  try {
    const browser = await getBrowser();
    const results = [];
    for (const config of configs) {
      const started = Date.now();
      const loadBefore = loadAverage();
      const result = await measureConfig(browser, server.origin, config);
      // Other processes on a 2-core machine skew a configuration: keep the load seen around it.
      const load = { before: loadBefore, after: loadAverage() };
      log(
        `  ${config.name.padEnd(24)} ${Math.round((Date.now() - started) / 1000)} s, load ${load.before} → ${load.after}`,
      );
      results.push({ ...result, loadAverage1m: load });
    }
    results.sort(
      (a, b) =>
        CONFIGS.findIndex(({ name }) => name === a.name) - CONFIGS.findIndex(({ name }) => name === b.name),
    );
    return {
      bundleSha256: await sha256Of(bundle),
      configs: results,
      ratios: ratiosOf(results),
      targets: targetsOf(results),
    };
  } finally {
    await server.close();
  }
}

const loadAverage = () => Number(os.loadavg()[0].toFixed(2));

/**
 * One configuration on a fresh page in a fresh browser context: its own renderer, and its own
 * localStorage, where the widget remembers which events already fired.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {Config} config
 */
async function measureConfig(browser, origin, config) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    const readTime = await mainThreadTimeReader(page);
    const mount = await page.evaluate((options) => window.bench.mount(options), {
      mode: config.mode,
      n: config.n,
      precision: config.precision ?? 'seconds',
      seed: 20260601,
      layout: config.layout ?? 'chunked',
      breached: Boolean(config.breached),
      ticketIds: !config.noTicketIds,
    });

    const windowsStart = firstWindowStart(Date.now() + WARM_UP_MS, Boolean(config.minuteInWindows));
    const plant =
      config.mode === 'shared' && !config.noPlant
        ? await page.evaluate((options) => window.bench.plantMilestones(options), {
            from: windowsStart + 500,
            // A second's slack before the last read, for a hidden page's throttled timers.
            to: windowsStart + (STEADY_WINDOWS - 1.5) * 1000,
            ...PLANTED,
          })
        : undefined;
    if (config.hidden) await hideBehindAnotherTab(context);

    await sleepUntil(windowsStart);
    const steady = await measureWindows(page, readTime, STEADY_WINDOWS);
    const events = plant
      ? await page.evaluate((range) => window.bench.eventReport(range), {
          from: plant.plantedAt,
          to: steady.end,
        })
      : undefined;
    const scrolling = config.scroll
      ? await measureWindows(page, readTime, SCROLL_WINDOWS, scrollQueue)
      : undefined;
    return describeConfig(config, mount, steady, scrolling, events);
  } finally {
    await context.close();
  }
}

/**
 * The first read: mid-second, after `earliest`; with `minuteInWindows`, late enough in the minute
 * that the next minute boundary falls inside the measured windows (starting at hh:mm:40.5 or later,
 * the 20 windows always hold one).
 * @param {number} earliest
 * @param {boolean} minuteInWindows
 */
function firstWindowStart(earliest, minuteInWindows) {
  const start = Math.ceil((earliest - READ_OFFSET_MS) / 1000) * 1000 + READ_OFFSET_MS;
  const second = Math.floor((start % 60000) / 1000);
  const firstSecondWithBoundary = 60 - STEADY_WINDOWS;
  if (!minuteInWindows || second >= firstSecondWithBoundary) return start;
  return start + (firstSecondWithBoundary - second) * 1000;
}

/**
 * Hides the benchmark page the way an agent does: by bringing another tab to the front.
 * @param {import('puppeteer-core').BrowserContext} context
 */
async function hideBehindAnotherTab(context) {
  const other = await context.newPage();
  await other.bringToFront();
}

/**
 * The agent turns the mouse wheel over the queue: five notches over most of the window.
 * @param {import('puppeteer-core').Page} page
 */
async function scrollQueue(page) {
  const { x, y } = await page.evaluate(() => window.bench.queueCentre());
  await page.mouse.move(x, y);
  for (let notch = 0; notch < 5; notch++) {
    await page.mouse.wheel({ deltaY: 400 });
    await sleep(150);
  }
}

/**
 * Reads the cumulative main-thread counters and the page's counters now and at the next `count`
 * mid-second instants; `during` runs at the start of each window (scrolling).
 * @param {import('puppeteer-core').Page} page
 * @param {() => Promise<import('./lib/cdp-metrics.mjs').MainThreadTime>} readTime
 * @param {number} count
 * @param {(page: import('puppeteer-core').Page) => Promise<void>} [during]
 */
async function measureWindows(page, readTime, count, during) {
  const sample = async () => ({
    at: Date.now(),
    time: await readTime(),
    page: await page.evaluate(() => window.bench.snapshot()),
  });
  const start = await sample();
  let previous = start;
  const windows = [];
  for (let index = 0; index < count; index++) {
    const work = during?.(page);
    await untilSecondOffset(READ_OFFSET_MS);
    await work;
    const current = await sample();
    const seconds = (current.at - previous.at) / 1000;
    const time = difference(current.time, previous.time);
    windows.push({
      work: (time.script + time.style + time.layout) / seconds,
      task: time.task / seconds,
      script: time.script / seconds,
      layout: time.layout / seconds,
      style: time.style / seconds,
      updates: (current.page.renders - previous.page.renders) / seconds,
      plantedUpdates: (current.page.plantedRenders - previous.page.plantedRenders) / seconds,
      subscribers: current.page.subscribers,
      hidden: current.page.visibility === 'hidden',
    });
    previous = current;
  }
  return { windows, start: start.at, end: previous.at };
}

/** @typedef {Awaited<ReturnType<typeof measureWindows>>} Measured */

/**
 * @param {Measured} measured
 * @param {'work' | 'task' | 'script' | 'layout' | 'style' | 'updates' | 'plantedUpdates' | 'subscribers'} key
 */
const series = (measured, key) => measured.windows.map((window) => window[key]);

/** @param {Measured} measured */
function timesOf(measured) {
  return {
    workMsPerSecond: summarize(series(measured, 'work')),
    taskMsPerSecond: summarize(series(measured, 'task')),
    scriptMsPerSecond: summarize(series(measured, 'script')),
    layoutMsPerSecond: summarize(series(measured, 'layout')),
    styleMsPerSecond: summarize(series(measured, 'style')),
    updatesPerSecond: summarize(series(measured, 'updates')),
    plantedUpdatesPerSecond: summarize(series(measured, 'plantedUpdates')),
    saturatedWindows: series(measured, 'task').filter((value) => value >= SATURATED_MS).length,
  };
}

/**
 * @param {Config} config
 * @param {import('./sla/page.d.ts').MountResult} mount
 * @param {Measured} steady
 * @param {Measured | undefined} scrolling
 * @param {import('./sla/page.d.ts').EventReport | undefined} events
 */
function describeConfig(config, mount, steady, scrolling, events) {
  const late = events?.lateMs.length ? summarize(events.lateMs) : undefined;
  const shared = config.mode === 'shared';
  return {
    name: config.name,
    mode: config.mode,
    n: config.n,
    precision: shared ? config.precision : null,
    hidden: config.hidden ? steady.windows.every((window) => window.hidden) : false,
    mountMs: round(mount.mountMs, 0),
    createMs: round(mount.createMs, 0),
    visibleRows: mount.visibleRows,
    ...timesOf(steady),
    windowsWithUpdates: series(steady, 'updates').filter((value) => value > 0).length,
    minuteBoundaries: Math.floor(steady.end / 60000) - Math.floor(steady.start / 60000),
    clockSubscribers: shared ? summarize(series(steady, 'subscribers')).median : null,
    scrolling: scrolling ? timesOf(scrolling) : null,
    eventsAtMount: shared ? mount.eventsAtMount : null,
    breachesAtMount: shared ? mount.breachesAtMount : null,
    // What the widget recorded of the fired milestones by the end of the mount (flushed after it).
    recorded: shared ? mount.recorded : null,
    eventsFired: events ? events.fired : null,
    eventsExpected: events ? events.expected : null,
    eventsSeen: events ? { fired: events.seenFired, expected: events.seenExpected } : null,
    eventsLateMs: late ? { median: late.median, max: late.max } : null,
    eventsMissing: events ? events.missing : null,
    eventsDuplicated: events ? events.duplicates : null,
    eventsUnexpected: events ? events.unexpected : null,
  };
}

/** @typedef {ReturnType<typeof describeConfig>} ConfigResult */

/**
 * @param {ConfigResult[]} configs
 * @param {'workMsPerSecond' | 'taskMsPerSecond'} [metric] - `work` (script + style + layout, the
 *   issue's measure) or `task` (every main-thread task)
 * @returns {(name: string) => number}
 */
const medianOf =
  (configs, metric = 'workMsPerSecond') =>
  (name) =>
    configs.find((config) => config.name === name)?.[metric].median ?? NaN;

/**
 * Ratios of the `work` medians (script + style + layout), the same over every main-thread task
 * (`…_allTasks`), and of mount times.
 * @param {ConfigResult[]} configs
 */
function ratiosOf(configs) {
  const mount = (/** @type {string} */ name) =>
    configs.find((config) => config.name === name)?.mountMs ?? NaN;
  return {
    ...ratiosBy(configs, medianOf(configs), ''),
    ...ratiosBy(configs, medianOf(configs, 'taskMsPerSecond'), '_allTasks'),
    mountSharedOverNaive_1000: ratio(mount('shared-1k'), mount('naive-per-element-1k')),
    mountSharedOverNaive_10000: ratio(mount('shared-10k'), mount('naive-per-element-10k')),
  };
}

/**
 * @param {ConfigResult[]} configs
 * @param {(name: string) => number} median
 * @param {string} suffix
 */
function ratiosBy(configs, median, suffix) {
  const saturated = (/** @type {string} */ name) =>
    (configs.find((config) => config.name === name)?.saturatedWindows ?? 0) > STEADY_WINDOWS / 2;
  /** @type {Record<string, number | boolean | null>} */
  const ratios = {
    naiveOverShared_1000: ratio(median('naive-per-element-1k'), median('shared-1k')),
    naiveOverShared_10000: ratio(median('naive-per-element-10k'), median('shared-10k')),
    oneIntervalOverShared_1000: ratio(median('naive-one-interval-1k'), median('shared-1k')),
    oneIntervalOverShared_10000: ratio(median('naive-one-interval-10k'), median('shared-10k')),
    /** How far the widget is above the page's own cost of updating the visible cells. */
    sharedOverControl_1000: ratio(median('shared-1k'), median('control-1k')),
    sharedOverControl_10000: ratio(median('shared-10k'), median('control-10k')),
    /** The same on one flat list of rows (reference configurations). */
    sharedOverControlFlat_1000: ratio(median('shared-1k-flat'), median('control-1k-flat')),
    sharedOverControlFlat_10000: ratio(median('shared-10k-flat'), median('control-10k-flat')),
  };
  if (suffix === '') {
    /** A saturated naive main thread makes its ratio a lower bound. */
    ratios['naiveSaturated_10000'] = saturated('naive-per-element-10k');
  }
  return Object.fromEntries(Object.entries(ratios).map(([key, value]) => [`${key}${suffix}`, value]));
}

/**
 * The issue's targets, each with the measured value and pass or fail. Time budgets apply to the
 * median window of `work` (script + style + layout, the issue's measure); its p95, the page's own
 * floor (the control) and the same figures over every main-thread task are reported beside it.
 * @param {ConfigResult[]} configs
 */
function targetsOf(configs) {
  const get = (/** @type {string} */ name) => configs.find((config) => config.name === name);
  const median = medianOf(configs);
  const medianAll = medianOf(configs, 'taskMsPerSecond');
  /** @param {string} name @param {string} control @param {number} budget */
  const budget = (name, control, budget) => ({
    budgetMs: budget,
    medianMs: get(name)?.workMsPerSecond.median ?? null,
    p95Ms: get(name)?.workMsPerSecond.p95 ?? null,
    pageFloorMs: get(control)?.workMsPerSecond.median ?? null,
    // What the widget adds to the page's own cost of changing the visible cells once a second.
    overPageFloorMs: get(name) && get(control) ? round(median(name) - median(control)) : null,
    allTasks: {
      medianMs: get(name)?.taskMsPerSecond.median ?? null,
      p95Ms: get(name)?.taskMsPerSecond.p95 ?? null,
      pageFloorMs: get(control)?.taskMsPerSecond.median ?? null,
      withinBudget: medianAll(name) <= budget,
    },
    pass: median(name) <= budget,
  });
  const tenTimes = ratio(median('naive-per-element-10k'), median('shared-10k'));
  const tenTimesAll = ratio(medianAll('naive-per-element-10k'), medianAll('shared-10k'));
  const hidden = get('shared-10k-hidden');
  const minutes = get('shared-10k-minutes');
  const withEvents = configs.filter((config) => config.eventsExpected !== null);
  /**
   * 10,000 breached targets: ticking within the 10k budget, every breach fired and recorded once by
   * the end of the mount, with storage writes bounded (at most one per ticket, one in all when they
   * share an entry) and a mount no slower than twice the ordinary queue's.
   * @param {string} name @param {number} maxWrites
   */
  const breached = (name, maxWrites) => {
    const config = get(name);
    const ordinaryMount = get('shared-10k')?.mountMs ?? null;
    const recorded = config?.recorded;
    return {
      ...budget(name, 'control-10k', 16),
      mountMs: config?.mountMs ?? null,
      ordinaryMountMs: ordinaryMount,
      breachesAtMount: config?.breachesAtMount ?? null,
      recorded: recorded ?? null,
      maxWrites,
      pass:
        config !== undefined &&
        median(name) <= 16 &&
        config.breachesAtMount === config.n &&
        recorded?.milestones === config.n &&
        (recorded?.writes ?? Infinity) <= maxWrites &&
        (ordinaryMount === null || config.mountMs <= 2 * ordinaryMount),
    };
  };
  return {
    taskAt1000: budget('shared-1k', 'control-1k', 8),
    taskAt10000: budget('shared-10k', 'control-10k', 16),
    breachedAt10000: breached('shared-10k-breached', 10000),
    breachedAt10000OneEntry: breached('shared-10k-breached-one-entry', 1),
    tenTimesLessThanNaiveAt10000: {
      ratio: tenTimes,
      allTasksRatio: tenTimesAll,
      pass: tenTimes !== null && tenTimes >= 10,
    },
    zeroWorkWhileHidden: {
      documentHidden: hidden?.hidden ?? null,
      windowsWithUpdates: hidden?.windowsWithUpdates ?? null,
      minuteBoundaries: hidden?.minuteBoundaries ?? null,
      taskMedianMs: hidden?.taskMsPerSecond.median ?? null,
      taskMaxMs: hidden?.taskMsPerSecond.max ?? null,
      pass: Boolean(hidden?.hidden) && hidden?.windowsWithUpdates === 0,
    },
    minutesPrecisionOncePerMinute: {
      windowsWithUpdates: minutes?.windowsWithUpdates ?? null,
      minuteBoundaries: minutes?.minuteBoundaries ?? null,
      pass:
        minutes !== undefined &&
        minutes.minuteBoundaries > 0 &&
        minutes.windowsWithUpdates === minutes.minuteBoundaries,
    },
    eventsOnTimeSeenOrNot: {
      fired: withEvents.reduce((sum, config) => sum + (config.eventsFired ?? 0), 0),
      expected: withEvents.reduce((sum, config) => sum + (config.eventsExpected ?? 0), 0),
      maxLateMs: withEvents.length
        ? Math.max(...withEvents.map((config) => config.eventsLateMs?.max ?? 0))
        : null,
      pass:
        withEvents.length > 0 &&
        withEvents.every(
          (config) =>
            config.eventsFired === config.eventsExpected &&
            config.eventsDuplicated === 0 &&
            config.eventsUnexpected?.length === 0 &&
            (config.eventsLateMs?.max ?? 0) <= ON_TIME_MS,
        ),
    },
  };
}

/**
 * The readable report: one row per configuration, then ratios and targets.
 * @param {{ configs: Array<ConfigResult & { loadAverage1m: { before: number, after: number } }>,
 *   ratios: Record<string, unknown>, targets: Record<string, { pass: boolean }> }} result
 */
export function report(result) {
  const rows = result.configs.map((config) => ({
    // '!' marks a configuration measured while the 1-minute load average was above 1 (noisy).
    config: `${config.name}${Math.max(config.loadAverage1m.before, config.loadAverage1m.after) > 1 ? ' !' : ''}`,
    mount: `${config.mountMs}`,
    'work med': `${config.workMsPerSecond.median}`,
    'work p95': `${config.workMsPerSecond.p95}`,
    'task med': `${config.taskMsPerSecond.median}`,
    'task p95': `${config.taskMsPerSecond.p95}`,
    script: `${config.scriptMsPerSecond.median}`,
    layout: `${config.layoutMsPerSecond.median}`,
    style: `${config.styleMsPerSecond.median}`,
    'upd/s': `${round(config.updatesPerSecond.median, 0)}`,
    'upd win': `${config.windowsWithUpdates}/${config.taskMsPerSecond.windows.length}`,
    sat: `${config.saturatedWindows}`,
    'scroll med/p95': config.scrolling
      ? `${config.scrolling.taskMsPerSecond.median}/${config.scrolling.taskMsPerSecond.p95}`
      : '-',
    events: config.eventsExpected === null ? '-' : `${config.eventsFired}/${config.eventsExpected}`,
    'rec/wr': config.recorded ? `${config.recorded.milestones}/${config.recorded.writes}` : '-',
    seen: config.eventsSeen ? `${config.eventsSeen.fired}/${config.eventsSeen.expected}` : '-',
    'late max': config.eventsLateMs ? `${config.eventsLateMs.max}` : '-',
  }));
  return [
    "Main-thread ms per 1-s window: work = script + style + layout (the issue's measure, judged by the",
    "targets); task = every main-thread task (also paint, compositing inputs, GC, the harness's reads);",
    'mount ms; upd/s = widget updates or text writes per second; upd win = windows with any update;',
    'sat = windows >= 900 ms (main thread saturated); events = warning/breach events fired/expected;',
    'rec/wr = milestones recorded in localStorage / storage writes by the end of the mount;',
    '! = load average above 1 around that configuration (something else used the CPU: noisy).',
    formatTable(rows),
    '',
    `ratios: ${Object.entries(result.ratios)
      .map(([key, value]) => `${key}=${value ?? 'n/a'}`)
      .join('  ')}`,
    '',
    'targets:',
    ...Object.entries(result.targets).map(
      ([key, { pass, ...details }]) => `  ${pass ? 'PASS' : 'FAIL'}  ${key}  ${JSON.stringify(details)}`,
    ),
  ].join('\n');
}

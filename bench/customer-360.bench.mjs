// @ts-check
// <cx-customer-360> with the seeded CUST-BIG customer (10,000 interactions) of the reference backend:
// time from setting `data` to the first complete render, rows in the DOM while the history scrolls,
// and ten customer switches in a row (pending requests, DOM nodes and heap afterwards), against the
// same history rendered without virtualization in the same run.
// Options: --runs=20 (virtualized renders), --plain-runs=10 (non-virtualized renders).
/// <reference path="./customer-360/customer-360-page.d.ts" />
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../demo/backend/index.js';
import { bundlePage, REPO_ROOT, sha256Of } from './lib/bundle.mjs';
import { difference, mainThreadTimeReader } from './lib/cdp-metrics.mjs';
import { ratio, round, summarize } from './lib/stats.mjs';
import { formatTable } from './lib/table.mjs';

export const description =
  'cx-customer-360 with CUST-BIG (10k interactions) vs a non-virtualized history (Chromium)';

const TARGET_RENDER_MS = 50;
const TARGET_MAX_ROWS = 200;
/** Customers the switching rounds go through (CUST-BIG among them: its history is the heaviest). */
const SWITCH_IDS = [
  'CUST-0001',
  'CUST-BIG',
  'CUST-0002',
  'CUST-0003',
  'CUST-0004',
  'CUST-0005',
  'CUST-0006',
  'CUST-0007',
  'CUST-0008',
  'CUST-0009',
];
/** Switches 30 ms apart: the previous customer's requests are still in flight and must be aborted. */
const SWITCH_GAP_MS = 30;
const SWITCH_ROUNDS = 5;
const SCROLL = { steps: 240, stepPx: 90 };

const loadAverage = () => Number(os.loadavg()[0].toFixed(2));

/**
 * The page, its bundle and the reference backend on one origin, so the page's TM Forum calls are
 * same-origin as in a CRM.
 * @param {Record<string, string>} routes
 */
async function serveWithBackend(routes) {
  const backend = createBackend({ dataDir: mkdtempSync(join(os.tmpdir(), 'cx-bench-c360-')) });
  /** @type {Record<string, string>} */
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css',
  };
  const server = createServer(async (request, response) => {
    if (await backend.handle(request, response)) return;
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = routes[path];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const body = await readFile(file);
    response
      .writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      .end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/** @param {{ getBrowser: () => Promise<import('puppeteer-core').Browser>, log: (line: string) => void, options: Record<string, string> }} context */
export async function run({ getBrowser, log, options }) {
  const runs = Number(options.runs ?? 20);
  const plainRuns = Number(options['plain-runs'] ?? 10);
  const bundle = await bundlePage(
    fileURLToPath(new URL('./customer-360/customer-360-page.js', import.meta.url)),
  );
  const server = await serveWithBackend({
    '/': fileURLToPath(new URL('./customer-360/page.html', import.meta.url)),
    '/page.js': bundle,
    '/tokens.css': `${REPO_ROOT}src/styles/tokens.css`,
  });
  const browser = await getBrowser();
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const inFlight = new Set();
    page.on('request', (request) => {
      if (request.url().includes('/tmf-api/')) inFlight.add(request);
    });
    page.on('requestfinished', (request) => inFlight.delete(request));
    page.on('requestfailed', (request) => inFlight.delete(request));
    await page.goto(`${server.origin}/`, { waitUntil: 'load' });
    const cdp = await page.createCDPSession();
    const readTime = await mainThreadTimeReader(page);

    const loaded = await page.evaluate(() => window.bench.loadBig());
    log(`  CUST-BIG read: ${loaded.interactions} of ${loaded.total} interactions`);

    // Warm-up: JIT, style sharing and Intl caches, for both renderings.
    for (let index = 0; index < 3; index++) {
      await page.evaluate(() => window.bench.renderPushed({ tab: 'interactions' }));
      await page.evaluate(() => window.bench.renderPushed({ tab: 'products' }));
    }
    await page.evaluate(() => window.bench.renderPlain());

    // Interleaved, so a busy moment of the machine hits both renderings alike.
    const loadBefore = loadAverage();
    /** @type {Array<{ ms: number, updateMs: number, rows: number, nodes: number }>} */
    const history = [];
    /** @type {typeof history} */
    const overview = [];
    /** @type {Array<{ ms: number, rows: number, nodes: number }>} */
    const plain = [];
    for (let index = 0; index < runs; index++) {
      history.push(await page.evaluate(() => window.bench.renderPushed({ tab: 'interactions' })));
      overview.push(await page.evaluate(() => window.bench.renderPushed({ tab: 'products' })));
      if (index < plainRuns) plain.push(await page.evaluate(() => window.bench.renderPlain()));
    }
    const loadAfterRenders = loadAverage();
    log(
      `  render: virtualized ${summarize(history.map((r) => r.ms)).median} ms, plain ${summarize(plain.map((r) => r.ms)).median} ms (load ${loadBefore} → ${loadAfterRenders})`,
    );

    // Scrolling the history, virtualized then plain, with main-thread time from the DevTools protocol.
    await page.evaluate(() => window.bench.renderPushed({ tab: 'interactions' }));
    const scrollVirtual = await measureScroll(page, readTime);
    await page.evaluate(() => window.bench.renderPlain());
    const scrollPlain = await measureScroll(page, readTime);
    log(`  scroll: virtualized ≤ ${scrollVirtual.maxRows} rows, plain ${scrollPlain.maxRows} rows`);

    // Ten switches in a row, several rounds; DOM and heap after a forced GC, showing the same customer.
    await page.evaluate(() => window.bench.mountPulled());
    const counters = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const dom = await cdp.send('Memory.getDOMCounters');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      let detached = null;
      try {
        const result = /** @type {{ detachedNodes: unknown[] }} */ (
          await cdp.send(/** @type {any} */ ('DOM.getDetachedDomNodes'))
        );
        detached = result.detachedNodes.length;
      } catch {
        // Not in every Chromium: the DOM node counter (all live nodes, attached or not) still tells.
      }
      return {
        documentNodes: dom.nodes,
        documents: dom.documents,
        listeners: dom.jsEventListeners,
        heapMiB: round(usedSize / 2 ** 20),
        detachedNodes: detached,
      };
    };
    const rounds = [];
    for (let index = 0; index <= SWITCH_ROUNDS; index++) {
      const result = await page.evaluate(
        (ids, gapMs) => window.bench.switchCustomers({ ids, gapMs }),
        SWITCH_IDS,
        SWITCH_GAP_MS,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      rounds.push({
        round: index,
        warmUp: index === 0,
        ...result,
        ms: round(result.ms, 0),
        networkInFlight: inFlight.size,
        ...(await counters()),
      });
    }
    const measured = rounds.filter((entry) => !entry.warmUp);
    // The warm-up round fills the loader's cache and the JIT: growth is measured from the first round after it.
    const first = measured[0];
    const lastRound = rounds[rounds.length - 1];
    const switching = {
      ids: SWITCH_IDS,
      gapMs: SWITCH_GAP_MS,
      rounds,
      pendingRequestsAfter: Math.max(...measured.map((entry) => entry.pendingRequests)),
      networkInFlightAfter: Math.max(...measured.map((entry) => entry.networkInFlight)),
      widgetNodeGrowth: lastRound.nodes - first.nodes,
      documentNodeGrowth: lastRound.documentNodes - first.documentNodes,
      listenerGrowth: lastRound.listeners - first.listeners,
      heapGrowthMiB: round(lastRound.heapMiB - first.heapMiB),
      detachedNodeGrowth:
        lastRound.detachedNodes === null || first.detachedNodes === null
          ? null
          : lastRound.detachedNodes - first.detachedNodes,
    };
    log(
      `  switching: ${switching.pendingRequestsAfter} pending, ${switching.networkInFlightAfter} on the network, widget nodes ${first.nodes} → ${lastRound.nodes}, document nodes ${first.documentNodes} → ${lastRound.documentNodes}, detached ${first.detachedNodes} → ${lastRound.detachedNodes}`,
    );

    const summary = (/** @type {Array<{ ms: number }>} */ list) => summarize(list.map((entry) => entry.ms));
    const configs = [
      {
        name: 'virtualized-history-tab',
        what: 'cx-customer-360, `data` = CUST-BIG, history tab open (feed virtualized)',
        renderMs: summary(history),
        updateMs: summarize(history.map((entry) => entry.updateMs)),
        rows: history[0].rows,
        domNodes: history[0].nodes,
        scroll: scrollVirtual,
      },
      {
        name: 'virtualized-overview-tab',
        what: 'cx-customer-360, `data` = CUST-BIG, plan & products tab open',
        renderMs: summary(overview),
        updateMs: summarize(overview.map((entry) => entry.updateMs)),
        rows: overview[0].rows,
        domNodes: overview[0].nodes,
        scroll: null,
      },
      {
        name: 'plain-history',
        what: 'the same 10,000 interactions rendered as articles without virtualization (widget styles)',
        renderMs: summary(plain),
        updateMs: null,
        rows: plain[0].rows,
        domNodes: plain[0].nodes,
        scroll: scrollPlain,
      },
    ];
    const renderMedian = configs[0].renderMs.median;
    return {
      bundleSha256: await sha256Of(bundle),
      customer: { id: 'CUST-BIG', interactions: loaded.interactions },
      loadAverage1m: { before: loadBefore, afterRenders: loadAfterRenders, after: loadAverage() },
      configs,
      switching,
      ratios: {
        renderPlainOverVirtualized: ratio(configs[2].renderMs.median, renderMedian),
        domNodesPlainOverVirtualized: ratio(configs[2].domNodes, configs[0].domNodes),
        scrollMaxRowsPlainOverVirtualized: ratio(scrollPlain.maxRows, scrollVirtual.maxRows),
        scrollTaskMsPlainOverVirtualized: ratio(scrollPlain.taskMs, scrollVirtual.taskMs),
        scrollFrameP95PlainOverVirtualized: ratio(scrollPlain.frameMs.p95, scrollVirtual.frameMs.p95),
      },
      targets: {
        firstRender: {
          target: `≤ ${TARGET_RENDER_MS} ms median`,
          value: renderMedian,
          pass: renderMedian <= TARGET_RENDER_MS,
        },
        scrollRows: {
          target: `≤ ${TARGET_MAX_ROWS} rows in the DOM while scrolling`,
          value: scrollVirtual.maxRows,
          pass: scrollVirtual.maxRows <= TARGET_MAX_ROWS,
        },
        switchingNoPending: {
          target: 'no pending requests after ten switches',
          value: { widget: switching.pendingRequestsAfter, network: switching.networkInFlightAfter },
          pass: switching.pendingRequestsAfter === 0 && switching.networkInFlightAfter === 0,
        },
        switchingNoDetachedGrowth: {
          target:
            'no detached-node growth and an unchanged widget tree over the switching rounds (after forced GC)',
          value: {
            detachedNodes: switching.detachedNodeGrowth,
            widgetNodes: switching.widgetNodeGrowth,
            documentNodes: switching.documentNodeGrowth,
          },
          pass:
            switching.detachedNodeGrowth !== null &&
            switching.detachedNodeGrowth <= 0 &&
            switching.widgetNodeGrowth === 0,
        },
      },
    };
  } finally {
    await context.close();
    await server.close();
  }
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {() => Promise<import('./lib/cdp-metrics.mjs').MainThreadTime>} readTime
 */
async function measureScroll(page, readTime) {
  const before = await readTime();
  const result = await page.evaluate((options) => window.bench.scrollHistory(options), SCROLL);
  const time = difference(await readTime(), before);
  return {
    steps: SCROLL.steps,
    stepPx: SCROLL.stepPx,
    maxRows: result.maxRows,
    lastPosinset: result.lastPosinset,
    frameMs: summarize(result.frames),
    taskMs: round(time.task),
    scriptMs: round(time.script),
    layoutMs: round(time.layout),
    styleMs: round(time.style),
  };
}

/** @param {any} result */
export function report(result) {
  const rows = result.configs.map((/** @type {any} */ config) => ({
    config: config.name,
    'render ms (median)': config.renderMs.median,
    p95: config.renderMs.p95,
    rows: config.rows,
    'DOM nodes': config.domNodes,
    'scroll max rows': config.scroll?.maxRows ?? '',
    'scroll task ms': config.scroll?.taskMs ?? '',
    'frame p95 ms': config.scroll?.frameMs.p95 ?? '',
  }));
  const targets = Object.entries(result.targets)
    .map(
      ([name, target]) =>
        `  ${target.pass ? '✓' : '✗'} ${name}: ${target.target} — ${JSON.stringify(target.value)}`,
    )
    .join('\n');
  return `${formatTable(rows)}\n${targets}\n  ratios: ${JSON.stringify(result.ratios)}`;
}

// @ts-check
// <cx-satisfaction-survey preset="post-call"> against SurveyJS (survey-core + survey-js-ui, bundled
// the same way: esbuild, minified, code splitting) rendering the same survey in Chromium: gzip size of
// what a page loads, script start → survey rendered, four answers + complete, element counts, over
// fresh page loads; and the outbox's enqueue (IndexedDB write) time.
// Size is what the page fetched over the whole run of a load (render, answers, submit, delivery):
// every JavaScript and CSS file it requested, each gzipped (level 9) on its own as a server sends it,
// the benchmark page's own few lines included on both sides. Ours loads its entry, then on demand the
// preset wording of its language and the outbox part; tokens.css (the optional page theme) counts.
// Answers are set through each library's API (SurveyJS's model.setValue, our `answers` property);
// ours is also timed answering by clicks and typing (`completeDomMs`, reported, no target).
// For reference, the floor of any complete on our page (`completeFloorMs`): the same sending state put
// in by hand — no answers, validation, event, storage or framework — focused and laid out.
// "Complete" ends, for both, when the completed state is rendered and laid out: SurveyJS's completed
// page after tryComplete() (it stores nothing); ours the sending state, which the widget shows as soon
// as the response is handed to the outbox — the outbox commits it to IndexedDB before any POST, and
// submit() resolves only after that commit (reported apart as storedMs, with sentMs for the server's
// acknowledgement). Enqueue is timed on an idle outbox (the previous response delivered first, not
// timed: a page submits one survey at a time) — the target — and back to back, where each write waits
// behind the IndexedDB transactions of the earlier responses' deliveries (reported, no target).
// Options: --loads=20 page loads per library; --enqueues=50 enqueue samples.
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createBackend } from '../demo/backend/index.js';
import { bundleSplitPage, REPO_ROOT, sha256Of } from './lib/bundle.mjs';
import { percentile, ratio, round, summarize } from './lib/stats.mjs';
import { formatTable } from './lib/table.mjs';

export const description =
  'cx-satisfaction-survey vs SurveyJS 2.5 on the post-call survey (Chromium, fresh page loads)';

const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));
const SURVEYJS_CSS = join(REPO_ROOT, 'node_modules', 'survey-core', 'survey-core.min.css');

/** Pause between rendered and answering (ms). */
const PAUSE_MS = 500;

/** The issue's targets. */
const TARGETS = { sizeRatio: 15, renderRatio: 8, completeRatio: 10, enqueueMedianMs: 5 };

/** @param {Buffer} buffer */
const gzipKiB = (buffer) => round(gzipSync(buffer, { level: 9 }).length / 1024, 2);

/**
 * gzip size of the files a page requested (each on its own), JavaScript and CSS apart.
 * @param {Record<string, string>} routes - URL path → file
 * @param {string[]} requested - URL paths
 */
async function sizeOf(routes, requested) {
  /** @type {Record<string, number>} */
  const files = {};
  let js = 0;
  let css = 0;
  for (const path of [...new Set(requested)].sort()) {
    const file = routes[path];
    if (!file || !/\.(js|css)$/.test(file)) continue;
    const size = gzipKiB(await readFile(file));
    files[path] = size;
    if (file.endsWith('.css')) css += size;
    else js += size;
  }
  return { jsGzipKiB: round(js, 1), cssGzipKiB: round(css, 1), totalGzipKiB: round(js + css, 1), files };
}

/**
 * A split bundle's files as routes (`/page.js`, `/chunks/…`).
 * @param {{ dir: string, entry: string, files: string[] }} bundle
 */
function routesOf(bundle) {
  /** @type {Record<string, string>} */
  const routes = { '/page.js': join(bundle.dir, bundle.entry) };
  for (const file of bundle.files) if (file !== bundle.entry) routes[`/${file}`] = join(bundle.dir, file);
  return routes;
}

/**
 * Static files plus the reference backend (for the survey POSTs), on 127.0.0.1.
 * @param {Record<string, string>} routes
 */
async function serve(routes) {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'cx-bench-survey-'));
  const backend = createBackend({ dataDir });
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.map': 'application/json',
  };
  const server = createServer(async (request, response) => {
    if (await backend.handle(request, response)) return;
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = routes[path];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const extension = /** @type {keyof typeof types} */ (file.slice(file.lastIndexOf('.')));
    response
      .writeHead(200, {
        'content-type': types[extension] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      .end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await backend.close();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One fresh page load in a fresh browser context: render, then answer and complete.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 */
async function oneLoad(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = /** @type {string[]} */ ([]);
    page.on('pageerror', (error) => errors.push(String(error)));
    /** @type {string[]} */
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    const rendered = await page.evaluate(() => window.bench.rendered);
    // Nobody answers within a millisecond of seeing a survey: let the page settle (as it would while
    // the customer reads), the same for both libraries, before answering.
    await page.evaluate(
      (pause) =>
        new Promise((resolve) =>
          setTimeout(() => requestIdleCallback(() => resolve(undefined), { timeout: 2000 }), pause),
        ),
      PAUSE_MS,
    );
    const completed = await page.evaluate(() => window.bench.complete());
    if (errors.length > 0) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
    return { ...rendered, ...completed, requested };
  } finally {
    await context.close();
  }
}

/**
 * @param {{ getBrowser: () => Promise<import('puppeteer-core').Browser>, log: (line: string) => void,
 *   options: Record<string, string> }} context
 */
export async function run({ getBrowser, log, options }) {
  const loads = Number(options.loads ?? 20);
  const enqueues = Number(options.enqueues ?? 50);
  const oursBundle = await bundleSplitPage(here('./survey/ours-page.js'));
  const theirsBundle = await bundleSplitPage(here('./survey/surveyjs-page.js'));
  const common = { '/t0.js': here('./survey/t0.js') };
  const oursRoutes = {
    ...common,
    ...routesOf(oursBundle),
    '/': here('./survey/ours.html'),
    '/tokens.css': join(REPO_ROOT, 'src', 'styles', 'tokens.css'),
  };
  const theirsRoutes = {
    ...common,
    ...routesOf(theirsBundle),
    '/': here('./survey/surveyjs.html'),
    '/survey-core.min.css': SURVEYJS_CSS,
  };
  const ours = await serve(oursRoutes);
  const theirs = await serve(theirsRoutes);
  try {
    const browser = await getBrowser();
    // One warm-up load each (disk cache of the browser binary, JIT of the harness), not counted.
    await oneLoad(browser, `${ours.origin}/`);
    await oneLoad(browser, `${theirs.origin}/`);
    /** @type {Array<Awaited<ReturnType<typeof oneLoad>>>} */
    const oursRuns = [];
    /** @type {Array<Awaited<ReturnType<typeof oneLoad>>>} */
    const theirsRuns = [];
    // Alternate, so a noisy moment hurts both alike.
    /** @type {Array<Awaited<ReturnType<typeof oneLoad>>>} */
    const oursHostRuns = [];
    /** @type {Array<Awaited<ReturnType<typeof oneLoad>>>} */
    const oursDomRuns = [];
    /** @type {Array<Awaited<ReturnType<typeof oneLoad>>>} */
    const floorRuns = [];
    for (let index = 0; index < loads; index += 1) {
      oursRuns.push(await oneLoad(browser, `${ours.origin}/`));
      theirsRuns.push(await oneLoad(browser, `${theirs.origin}/`));
      oursHostRuns.push(await oneLoad(browser, `${ours.origin}/?delivery=host`));
      oursDomRuns.push(await oneLoad(browser, `${ours.origin}/?answers=dom`));
      floorRuns.push(await oneLoad(browser, `${ours.origin}/?complete=floor`));
    }
    log(`  ${loads} page loads each, load average ${os.loadavg()[0].toFixed(2)}`);
    // What the pages fetched: the same every load (checked), so the first load's list is the size.
    const sameFiles = (/** @type {Array<{ requested: string[] }>} */ runs) =>
      runs.every(
        (run) => [...new Set(run.requested)].sort().join() === [...new Set(runs[0]?.requested)].sort().join(),
      );
    if (!sameFiles(oursRuns) || !sameFiles(theirsRuns)) throw new Error('page loads fetched different files');
    const sizes = {
      ours: await sizeOf(oursRoutes, oursRuns[0]?.requested ?? []),
      surveyjs: await sizeOf(theirsRoutes, theirsRuns[0]?.requested ?? []),
    };
    log(
      `  sizes: ours ${sizes.ours.totalGzipKiB} KiB gzip, SurveyJS ${sizes.surveyjs.totalGzipKiB} KiB gzip`,
    );

    const context = await browser.createBrowserContext();
    let enqueueSamples;
    try {
      const page = await context.newPage();
      await page.goto(`${ours.origin}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => 'bench' in window);
      enqueueSamples = await page.evaluate((count) => window.bench.enqueueSamples(count), enqueues);
    } finally {
      await context.close();
    }

    const pick = (/** @type {Array<Record<string, unknown>>} */ runs, /** @type {string} */ key) =>
      runs.map((run) => /** @type {number} */ (run[key]));
    const libraries = {
      ours: {
        bundleSha256: await sha256Of(join(oursBundle.dir, oursBundle.entry)),
        renderMs: summarize(pick(oursRuns, 'renderMs')),
        loadMs: summarize(pick(oursRuns, 'loadMs')),
        runMs: summarize(pick(oursRuns, 'runMs')),
        completeMs: summarize(pick(oursRuns, 'completeMs')),
        storedMs: summarize(pick(oursRuns, 'storedMs')),
        sentMs: summarize(pick(oursRuns, 'sentMs')),
        // The host cancels cx-survey-submit and sends the response itself: no IndexedDB write, as
        // SurveyJS's complete (which stores nothing).
        completeHostDeliveryMs: summarize(pick(oursHostRuns, 'completeMs')),
        // The same four answers by clicks and typing, each rendered (no target: SurveyJS's page sets them
        // through its model).
        completeDomMs: summarize(pick(oursDomRuns, 'completeMs')),
        // Reference, not ours: the same sending state put in by hand (no answers, validation, event,
        // storage or framework) — the browser's own share of any complete on this page.
        completeFloorMs: summarize(pick(floorRuns, 'completeMs')),
        elementsRendered: percentile(pick(oursRuns, 'elements'), 50),
        elementsAfterComplete: percentile(pick(oursRuns, 'elementsAfter'), 50),
        answers: oursRuns[0]?.answers,
      },
      surveyjs: {
        bundleSha256: await sha256Of(join(theirsBundle.dir, theirsBundle.entry)),
        renderMs: summarize(pick(theirsRuns, 'renderMs')),
        loadMs: summarize(pick(theirsRuns, 'loadMs')),
        runMs: summarize(pick(theirsRuns, 'runMs')),
        completeMs: summarize(pick(theirsRuns, 'completeMs')),
        elementsRendered: percentile(pick(theirsRuns, 'elements'), 50),
        elementsAfterComplete: percentile(pick(theirsRuns, 'elementsAfter'), 50),
        answers: theirsRuns[0]?.answers,
      },
    };
    const enqueue = summarize(enqueueSamples.settled);
    const enqueueBackToBack = summarize(enqueueSamples.backToBack);
    const ratios = {
      sizeGzip: ratio(sizes.surveyjs.totalGzipKiB, sizes.ours.totalGzipKiB),
      sizeGzipJsOnly: ratio(sizes.surveyjs.jsGzipKiB, sizes.ours.jsGzipKiB),
      renderMedian: ratio(libraries.surveyjs.renderMs.median, libraries.ours.renderMs.median),
      completeMedian: ratio(libraries.surveyjs.completeMs.median, libraries.ours.completeMs.median),
      completeHostDeliveryMedian: ratio(
        libraries.surveyjs.completeMs.median,
        libraries.ours.completeHostDeliveryMs.median,
      ),
      completeFloorMedian: ratio(libraries.surveyjs.completeMs.median, libraries.ours.completeFloorMs.median),
      elementsRendered: ratio(libraries.surveyjs.elementsRendered, libraries.ours.elementsRendered),
    };
    const targets = {
      [`size ≤ 1/${TARGETS.sizeRatio} of SurveyJS (gzip JS + CSS)`]: {
        pass: (ratios.sizeGzip ?? 0) >= TARGETS.sizeRatio,
        ours: sizes.ours.totalGzipKiB,
        surveyjs: sizes.surveyjs.totalGzipKiB,
        ratio: ratios.sizeGzip,
      },
      [`render ≥ ${TARGETS.renderRatio}× faster (median)`]: {
        pass: (ratios.renderMedian ?? 0) >= TARGETS.renderRatio,
        ours: libraries.ours.renderMs.median,
        surveyjs: libraries.surveyjs.renderMs.median,
        ratio: ratios.renderMedian,
      },
      [`four answers + complete ≥ ${TARGETS.completeRatio}× faster (median)`]: {
        pass: (ratios.completeMedian ?? 0) >= TARGETS.completeRatio,
        ours: libraries.ours.completeMs.median,
        surveyjs: libraries.surveyjs.completeMs.median,
        ratio: ratios.completeMedian,
      },
      'fewer DOM elements': {
        pass: libraries.ours.elementsRendered < libraries.surveyjs.elementsRendered,
        ours: libraries.ours.elementsRendered,
        surveyjs: libraries.surveyjs.elementsRendered,
      },
      [`outbox enqueue ≤ ${TARGETS.enqueueMedianMs} ms (median)`]: {
        pass: enqueue.median <= TARGETS.enqueueMedianMs,
        median: enqueue.median,
        p95: enqueue.p95,
      },
    };
    return {
      loads,
      sizes,
      libraries,
      enqueueMs: {
        median: enqueue.median,
        p95: enqueue.p95,
        mean: enqueue.mean,
        max: enqueue.max,
        samples: enqueueSamples.settled.length,
        backToBack: {
          median: enqueueBackToBack.median,
          p95: enqueueBackToBack.p95,
          mean: enqueueBackToBack.mean,
          max: enqueueBackToBack.max,
          samples: enqueueSamples.backToBack.length,
        },
      },
      ratios,
      targets,
    };
  } finally {
    await ours.close();
    await theirs.close();
  }
}

/** @param {any} result */
export function report(result) {
  const { ours, surveyjs } = result.libraries;
  const rows = [
    {
      library: 'cx-satisfaction-survey',
      'gzip KiB': `${result.sizes.ours.totalGzipKiB}`,
      'render med/p95 ms': `${ours.renderMs.median}/${ours.renderMs.p95}`,
      'load+parse / run ms': `${ours.loadMs.median} / ${ours.runMs.median}`,
      'complete med/p95 ms': `${ours.completeMs.median}/${ours.completeMs.p95}`,
      elements: `${ours.elementsRendered}`,
    },
    {
      library: 'SurveyJS 2.5',
      'gzip KiB': `${result.sizes.surveyjs.totalGzipKiB}`,
      'render med/p95 ms': `${surveyjs.renderMs.median}/${surveyjs.renderMs.p95}`,
      'load+parse / run ms': `${surveyjs.loadMs.median} / ${surveyjs.runMs.median}`,
      'complete med/p95 ms': `${surveyjs.completeMs.median}/${surveyjs.completeMs.p95}`,
      elements: `${surveyjs.elementsRendered}`,
    },
  ];
  return [
    `${result.loads} fresh page loads each; render = script start → survey on screen; complete = four answers +`,
    'submit/complete until the sending / completed state is laid out (ours: handed to the outbox, which commits',
    'it to IndexedDB before any POST; "stored" below is when that write committed).',
    formatTable(rows),
    '',
    `ours: stored (IndexedDB committed) after ${ours.storedMs?.median} ms median, sent (POST acknowledged) after ${ours.sentMs.median} ms;`,
    `  complete when the host cancels the submit and delivers ${ours.completeHostDeliveryMs.median} ms median;`,
    `  complete answering by clicks and typing (each answer rendered) ${ours.completeDomMs?.median} ms median;`,
    `  floor (reference): the same sending state put in by hand, no widget code, ${ours.completeFloorMs?.median} ms median` +
      ` (SurveyJS / floor = ${result.ratios.completeFloorMedian});`,
    `  files: ours ${Object.entries(result.sizes.ours.files ?? {})
      .map(([path, kib]) => `${path} ${kib}`)
      .join(', ')}`,
    `  outbox enqueue ${result.enqueueMs.median} ms median, p95 ${result.enqueueMs.p95} (idle outbox);` +
      ` back to back ${result.enqueueMs.backToBack?.median} ms median, p95 ${result.enqueueMs.backToBack?.p95}`,
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

// @ts-check
// <cx-script-prompter> on a generated 500-step script, in Chromium: how long validation takes, and how
// long one step transition takes (answer → next step rendered), against a baseline that re-validates
// the whole script on every step, measured in the same run.
// Options: --transitions=300 (measured per mode), --runs=40 (validation runs).
/// <reference path="./script/page.d.ts" />
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundlePage, REPO_ROOT, sha256Of } from './lib/bundle.mjs';
import { serveFiles } from './lib/server.mjs';
import { ratio, round, summarize } from './lib/stats.mjs';
import { formatTable } from './lib/table.mjs';

export const description =
  'cx-script-prompter: 500-step script validation and step transitions vs re-validating (Chromium)';

const STEPS = 500;
const SEED = 20261122;
const VALIDATION_BUDGET_MS = 20;
const TRANSITION_BUDGET_MS = 4;
/** Transitions not measured at the start of each walk (JIT warm-up, first styles). */
const WARM_UP = 20;
const VALIDATION_WARM_UP = 10;

/**
 * @param {{ getBrowser: () => Promise<import('puppeteer-core').Browser>, log: (line: string) => void,
 *   options: Record<string, string> }} context
 */
export async function run({ getBrowser, log, options }) {
  const transitions = Number(options.transitions ?? 300);
  const runs = Number(options.runs ?? 40);
  const bundle = await bundlePage(fileURLToPath(new URL('./script/page.js', import.meta.url)));
  const server = await serveFiles({
    '/': fileURLToPath(new URL('./script/page.html', import.meta.url)),
    '/page.js': bundle,
    '/script-page.bundle.js.map': `${bundle}.map`,
    '/tokens.css': `${REPO_ROOT}src/styles/tokens.css`,
  });
  try {
    const browser = await getBrowser();
    const load = () => Number(os.loadavg()[0].toFixed(2));

    let loadBefore = load();
    const validation = await onFreshPage(browser, server.origin, (page) =>
      page.evaluate((args) => window.bench.validate(args), {
        steps: STEPS,
        seed: SEED,
        runs,
        warmUp: VALIDATION_WARM_UP,
      }),
    );
    log(`  validation ${runs} runs, load ${loadBefore} → ${load()}`);

    /** @type {Record<string, import('./script/page').WalkResult & { loadAverage1m: { before: number, after: number } }>} */
    const walks = {};
    // widget, baseline, widget again: a drift of the machine between the two shows as a gap between the widget runs.
    for (const [name, mode] of /** @type {const} */ ([
      ['widget', 'widget'],
      ['baseline', 'baseline'],
      ['widget-again', 'widget'],
    ])) {
      loadBefore = load();
      const result = await onFreshPage(browser, server.origin, (page) =>
        page.evaluate((args) => window.bench.walk(args), {
          mode,
          transitions,
          warmUp: WARM_UP,
          steps: STEPS,
          seed: SEED,
        }),
      );
      walks[name] = { ...result, loadAverage1m: { before: loadBefore, after: load() } };
      log(`  ${name.padEnd(13)} ${transitions} transitions, load ${loadBefore} → ${load()}`);
    }

    const widgetMs = [...walks['widget'].transitionMs, ...walks['widget-again'].transitionMs];
    const baselineMs = walks['baseline'].transitionMs;
    const validationSummary = summarize(validation.runsMs);
    const widgetSummary = summarize(widgetMs);
    const baselineSummary = summarize(baselineMs);
    const describe = (
      /** @type {import('./script/page').WalkResult & { loadAverage1m: object }} */ walk,
    ) => ({
      mode: walk.mode,
      mountMs: round(walk.mountMs),
      transitionMs: summarize(walk.transitionMs),
      revalidationMs: walk.mode === 'baseline' ? summarize(walk.validateMs) : null,
      untilUpdateCompleteMs: summarize(walk.updateMs),
      pathLength: { min: Math.min(...walk.pathLength), max: Math.max(...walk.pathLength) },
      restarts: walk.restarts,
      stepKinds: walk.kinds,
      loadAverage1m: walk.loadAverage1m,
    });
    return {
      bundleSha256: await sha256Of(bundle),
      script: { steps: STEPS, seed: SEED, jsonChars: validation.jsonChars, valid: validation.ok },
      configs: [
        { name: 'validation', runsMs: validationSummary },
        ...Object.entries(walks).map(([name, walk]) => ({ name, ...describe(walk) })),
      ],
      ratios: {
        /** How much longer a step takes when the whole script is re-validated on each step. */
        baselineOverWidget: ratio(baselineSummary.median, widgetSummary.median),
        /** The two widget walks (before and after the baseline): near 1 when the machine was steady. */
        widgetAgainOverWidget: ratio(
          summarize(walks['widget-again'].transitionMs).median,
          summarize(walks['widget'].transitionMs).median,
        ),
      },
      targets: {
        validation: {
          budgetMs: VALIDATION_BUDGET_MS,
          medianMs: validationSummary.median,
          p95Ms: validationSummary.p95,
          pass: validationSummary.median <= VALIDATION_BUDGET_MS,
        },
        transition: {
          budgetMs: TRANSITION_BUDGET_MS,
          medianMs: widgetSummary.median,
          p95Ms: widgetSummary.p95,
          baselineMedianMs: baselineSummary.median,
          pass: widgetSummary.median <= TRANSITION_BUDGET_MS,
        },
      },
    };
  } finally {
    await server.close();
  }
}

/**
 * Runs `work` on a fresh page in a fresh browser context (its own localStorage, where the widget
 * keeps progress per interaction).
 * @template T
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {(page: import('puppeteer-core').Page) => Promise<T>} work
 * @returns {Promise<T>}
 */
async function onFreshPage(browser, origin, work) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = /** @type {string[]} */ ([]);
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    const result = await work(page);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * The readable report.
 * @param {any} result
 */
export function report(result) {
  const rows = result.configs.map((/** @type {any} */ config) => {
    const times = config.runsMs ?? config.transitionMs;
    return {
      measure: config.name === 'validation' ? 'validation (whole script)' : `transition: ${config.name}`,
      median: `${times.median}`,
      p95: `${times.p95}`,
      max: `${times.max}`,
      n: `${times.windows.length}`,
      're-validate': config.revalidationMs ? `${config.revalidationMs.median}` : '-',
      update: config.untilUpdateCompleteMs ? `${config.untilUpdateCompleteMs.median}` : '-',
      path: config.pathLength ? `${config.pathLength.min}–${config.pathLength.max}` : '-',
      mount: config.mountMs === undefined ? '-' : `${config.mountMs}`,
    };
  });
  const { validation, transition } = result.targets;
  return [
    `Generated script: ${result.script.steps} steps, ${result.script.jsonChars} characters of JSON. ms; transition = answer → next step rendered.`,
    formatTable(rows),
    '',
    `ratios: ${Object.entries(result.ratios)
      .map(([key, value]) => `${key}=${value ?? 'n/a'}`)
      .join('  ')}`,
    `targets: validation median ${validation.medianMs} ms ≤ ${validation.budgetMs} ms ${validation.pass ? 'PASS' : 'FAIL'}; ` +
      `transition median ${transition.medianMs} ms ≤ ${transition.budgetMs} ms ${transition.pass ? 'PASS' : 'FAIL'} (baseline ${transition.baselineMedianMs} ms)`,
  ].join('\n');
}

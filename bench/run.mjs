// @ts-check
// npm run bench [filter…] [--option=value…]: runs every bench/<name>.bench.mjs (or those whose name
// contains a filter) and writes bench/results/<name>.json. A benchmark module exports
//   description: string
//   run(context): Promise<object>   — the results (configs, ratios, targets, …)
//   report?(result): string         — a readable summary for the console
// and gets { getBrowser, log, options } in context: Chromium starts on first use and is shared;
// options are the --option=value arguments (e.g. --configs=shared-1k for bench/sla.bench.mjs).
// Exit code 0 even when a target is missed: this is a measurement, not a test. Non-zero only when a
// benchmark could not run.
import { execFileSync } from 'node:child_process';
import { readdir, rename, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium, machineInfo } from './lib/browser.mjs';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const RESULTS_DIR = join(BENCH_DIR, 'results');
const SUFFIX = '.bench.mjs';

/** @param {string[]} filters */
async function discover(filters) {
  const names = (await readdir(BENCH_DIR))
    .filter((file) => file.endsWith(SUFFIX))
    .map((file) => file.slice(0, -SUFFIX.length))
    .sort();
  return filters.length === 0
    ? names
    : names.filter((name) => filters.some((filter) => name.includes(filter)));
}

/** Starts Chromium once, on first use; `close` only closes what was started. */
function lazyBrowser() {
  /** @type {Promise<import('puppeteer-core').Browser> | undefined} */
  let started;
  return {
    get: () => (started ??= launchChromium()),
    /** @returns {Promise<import('puppeteer-core').Browser | undefined>} */
    current: () => started ?? Promise.resolve(undefined),
    close: async () => (await started)?.close(),
  };
}

/**
 * Writes next to the target and renames, so a crash never leaves half a result file.
 * @param {string} name
 * @param {object} result
 */
async function writeResult(name, result) {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  await writeFile(`${file}.tmp`, `${JSON.stringify(result, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
  return file;
}

/**
 * @param {string} name
 * @param {ReturnType<typeof lazyBrowser>} browser
 * @param {Record<string, string>} options
 */
async function runBenchmark(name, browser, options) {
  const module = await import(pathToFileURL(join(BENCH_DIR, `${name}${SUFFIX}`)).href);
  console.log(`\n▶ ${name}: ${module.description ?? ''}`);
  const started = Date.now();
  const measuredAt = new Date().toISOString();
  const loadBefore = machineInfo(undefined).then((info) => info.loadAverage);
  const source = sourceInfo(); // before the run: the sources may change while it runs
  const log = (/** @type {string} */ line) => console.log(line);
  const result = await module.run({ getBrowser: browser.get, log, options });
  const machine = await machineInfo(await browser.current());
  // Other work on the machine skews every number: keep the load seen before and after with them.
  const output = {
    machine: { ...machine, loadAverageBefore: await loadBefore },
    measuredAt,
    source,
    durationS: Math.round((Date.now() - started) / 1000),
    options,
    ...result,
  };
  const file = await writeResult(name, output);
  if (typeof module.report === 'function') console.log(`\n${module.report(output)}`);
  console.log(`\n${name}: ${output.durationS} s, wrote ${file}`);
}

/**
 * `a b --x=1` → filters [a, b], options { x: "1" }.
 * @param {string[]} args
 */
function parseArguments(args) {
  const options = Object.fromEntries(
    args
      .filter((arg) => arg.startsWith('--'))
      .map((arg) => {
        const [key, ...value] = arg.slice(2).split('=');
        return [key, value.join('=') || 'true'];
      }),
  );
  return { filters: args.filter((arg) => !arg.startsWith('--')), options };
}

/**
 * Which code was measured: the commit, and the files under src/ changed since (work in progress is
 * measured as it is on disk).
 */
function sourceInfo() {
  const git = (/** @type {string[]} */ args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  try {
    const changed = git(['status', '--porcelain', '--', 'src']).split('\n').filter(Boolean);
    return { commit: git(['rev-parse', 'HEAD']), changedUnderSrc: changed.length };
  } catch {
    return { commit: 'unknown', changedUnderSrc: null };
  }
}

/** Numbers taken while something else uses the CPU are not comparable: say so up front. */
function warnIfBusy() {
  const [oneMinute] = os.loadavg();
  if (oneMinute > 1) {
    console.warn(
      `⚠ load average ${oneMinute.toFixed(2)} on ${os.cpus().length} CPUs: another process is busy; results will be noisy.`,
    );
  }
}

async function main() {
  const { filters, options } = parseArguments(process.argv.slice(2));
  warnIfBusy();
  const names = await discover(filters);
  if (names.length === 0) {
    console.error(`No benchmark matches ${filters.join(', ')} (bench/*${SUFFIX}).`);
    process.exitCode = 1;
    return;
  }
  const browser = lazyBrowser();
  try {
    for (const name of names) await runBenchmark(name, browser, options);
  } finally {
    await browser.close();
  }
}

await main();

// Browser tests: every component test runs in Debian's Chromium and Firefox ESR, both driven by
// puppeteer-core (Firefox over WebDriver BiDi). The reference backend is mounted in the dev server
// so tests exercise the real HTTP path.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from './demo/backend/index.js';
import { chromiumArgs, ensureBrowsers } from './scripts/browsers.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';

/**
 * The widgets' stories are the fixtures of their tests (test/support/stories.ts), so the test
 * page loads them with what they import. Storybook's browser modules are bundled once with esbuild
 * (they use `process.env` and CommonJS dependencies the dev server does not convert), split so the
 * entries share one copy of Storybook's state; @wc-toolkit/storybook-helpers imports Node's `path`
 * for a function only Storybook's Node side calls, so the page gets a stand-in that throws if called.
 */
function storyImports() {
  const PREFIX = '/__cx-storybook/';
  const ENTRIES = {
    test: 'storybook/test',
    'preview-api': 'storybook/preview-api',
    actions: 'storybook/actions',
  };
  const PATH_STUB = `${PREFIX}node-path.js`;
  let bundled;
  const bundle = () =>
    (bundled ??= build({
      entryPoints: ENTRIES,
      absWorkingDir: fileURLToPath(new URL('.', import.meta.url)),
      outdir: 'storybook-bundle',
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      define: { 'process.env.NODE_ENV': '"test"' },
      logLevel: 'warning',
    }).then(
      (result) =>
        new Map(
          result.outputFiles.map((file) => [
            `${PREFIX}${file.path.split('/storybook-bundle/')[1]}`,
            file.text,
          ]),
        ),
    ));
  return {
    name: 'cx-story-imports',
    resolveImport({ source }) {
      if (source === 'path' || source === 'node:path') return PATH_STUB;
      const entry = Object.entries(ENTRIES).find(([, specifier]) => specifier === source);
      if (entry) return `${PREFIX}${entry[0]}.js`;
      if (source.startsWith('storybook/'))
        throw new Error(`${source}: add it to the Storybook entries of web-test-runner.config.js`);
      return undefined;
    },
    async serve(context) {
      if (context.path === PATH_STUB)
        return {
          type: 'js',
          body: `const unavailable = () => { throw new Error("Node's path module is not available in the browser"); };
export const resolve = unavailable;
export default { resolve: unavailable };`,
        };
      if (!context.path.startsWith(PREFIX)) return undefined;
      const body = (await bundle()).get(context.path);
      return body === undefined ? undefined : { type: 'js', body };
    },
  };
}

const browsers = ensureBrowsers();
const only = process.env.CX_BROWSERS?.split(',') ?? ['chromium', 'firefox'];
const backend = createBackend({ dataDir: mkdtempSync(join(tmpdir(), 'cx-desk-wtr-')) });

const launchers = [];
if (only.includes('chromium')) {
  launchers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: { executablePath: browsers.chromium, headless: true, args: chromiumArgs },
    }),
  );
}
if (only.includes('firefox')) {
  launchers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: browsers.firefox,
        headless: true,
        extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false },
      },
    }),
  );
}

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/hosts/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  browsers: launchers,
  concurrentBrowsers: 2,
  concurrency: 1,
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000 } },
  coverageConfig: {
    report: true,
    reportDir: 'coverage',
    reporters: ['lcovonly', 'text-summary'],
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'node_modules/**'],
  },
  middleware: [
    // A slow network, for the tests of loading states: `?hold=<ms>` on any request (up to 5 s) answers
    // that much later, so what is shown while waiting can be looked at without racing the response.
    async function hold(context, next) {
      const ms = Math.min(Number(new URL(context.url, 'http://test').searchParams.get('hold')) || 0, 5000);
      if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
      await next();
    },
    async function referenceBackend(context, next) {
      if (await backend.handle(context.req, context.res)) {
        context.respond = false;
        return;
      }
      await next();
    },
  ],
  plugins: [
    storyImports(),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      target: 'es2022',
    }),
  ],
  reporters: [defaultReporter(), countingReporter('.test-results/wtr.json')],
  filterBrowserLogs: ({ type, args }) =>
    (type === 'error' || type === 'warn') && !String(args?.[0] ?? '').startsWith('Lit is in dev mode'),
};

// Shared pieces of the host-page tests: launching Chromium and Firefox (Debian's, through
// puppeteer-core), collecting every problem a page reports (console errors, uncaught exceptions,
// CSP / Trusted Types violations), and serving a host page with the reference backend on one origin.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../../demo/server.js';
import { chromiumArgs, ensureBrowsers } from '../../../scripts/browsers.mjs';

const browsers = ensureBrowsers();

/** Browser launchers by name. */
export const launchers = {
  chromium: () => puppeteer.launch({ executablePath: browsers.chromium, headless: true, args: chromiumArgs }),
  firefox: () =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: browsers.firefox,
      headless: true,
      extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false },
    }),
};

/**
 * Collects what a page reports as wrong: console errors, uncaught exceptions and (installed before
 * any script runs) every `securitypolicyviolation`. Returns the live list; assert it is empty.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<string[]>}
 */
export async function watchProblems(page) {
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return problems;
}

/**
 * Serves a host page folder at `/`, the built library at `/dist/` and the reference backend
 * (`/tmf-api/…`, `/api/…`) on one origin, with a fresh data directory.
 * @param {{ publicDir: string, contentSecurityPolicy?: string | false }} options
 */
export function startHost({ publicDir, contentSecurityPolicy }) {
  return startServer({
    port: 0,
    publicDir,
    contentSecurityPolicy,
    dataDir: mkdtempSync(join(tmpdir(), 'cx-host-')),
  });
}

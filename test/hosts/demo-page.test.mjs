// The demo CRM page (`npm start`) as a host: served with its real strict CSP and Trusted Types
// headers (demo/server.js), the built bundle, all four widgets inside <cx-agent-session>, used a little
// in Chromium and Firefox. Fails on any CSP or Trusted Types violation, console error or uncaught
// exception. Needs dist/ (the test runner builds it before this step).
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../demo/server.js';
import { chromiumArgs, ensureBrowsers } from '../../scripts/browsers.mjs';

const WIDGETS = ['cx-customer-360', 'cx-sla-countdown', 'cx-script-prompter', 'cx-satisfaction-survey'];

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
before(async () => {
  server = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'cx-demo-host-')) });
});
after(async () => server?.close());

const browsers = ensureBrowsers();
const launchers = {
  chromium: () => puppeteer.launch({ executablePath: browsers.chromium, headless: true, args: chromiumArgs }),
  firefox: () =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: browsers.firefox,
      headless: true,
      extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false },
    }),
};

for (const [name, launch] of Object.entries(launchers)) {
  describe(`demo page in ${name}`, () => {
    test('all four widgets render and work with zero CSP / Trusted Types violations and no errors', async () => {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        await page.setViewport({ width: 1440, height: 1000 });
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
        const response = await page.goto(server.url, { waitUntil: 'load' });
        assert.match(
          response?.headers()['content-security-policy'] ?? '',
          /require-trusted-types-for 'script'/,
        );

        // Every slot holds its rendered widget.
        await page.waitForFunction(
          (tags) =>
            tags.every((tag) => {
              const element = document.querySelector(`[data-widget="${tag}"] > ${tag}`);
              return (element?.shadowRoot?.textContent ?? '').trim().length > 0;
            }),
          { timeout: 20_000 },
          WIDGETS,
        );
        // The customer arrives over the reference backend's TMF APIs.
        await page.waitForFunction(
          () => /王建国/.test(document.querySelector('cx-customer-360')?.shadowRoot?.textContent ?? ''),
          { timeout: 20_000 },
        );

        // Use each widget a little: a customer 360 tab, a survey rating, the script's next step.
        const used = await page.evaluate(async () => {
          const root = (tag) => document.querySelector(tag)?.shadowRoot;
          const tabs = [...(root('cx-customer-360')?.querySelectorAll('[role="tab"]') ?? [])];
          tabs.at(-1)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          const radios = [...(root('cx-satisfaction-survey')?.querySelectorAll('[role="radio"]') ?? [])];
          radios[3]?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          const next = [...(root('cx-script-prompter')?.querySelectorAll('button') ?? [])].find((button) =>
            /next|下一步/i.test(button.textContent ?? ''),
          );
          next?.click();
          await new Promise((resolve) => setTimeout(resolve, 500));
          return {
            tabs: tabs.length,
            selectedTab: tabs.at(-1)?.getAttribute('aria-selected'),
            rated: radios[3]?.getAttribute('aria-checked'),
            stepped: Boolean(next),
          };
        });
        assert.ok(used.tabs > 1, 'customer 360 shows tabs');
        assert.equal(used.selectedTab, 'true', 'the clicked tab is selected');
        assert.equal(used.rated, 'true', 'the survey rating took the click');
        assert.equal(used.stepped, true, 'the script has a Next button');
        await new Promise((resolve) => setTimeout(resolve, 500));
        assert.deepEqual(problems, []);
      } finally {
        await browser.close();
      }
    });
  });
}

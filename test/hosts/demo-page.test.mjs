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
          // The radios are in the shadow roots of the survey's rating scales.
          const scales = [...(root('cx-satisfaction-survey')?.querySelectorAll('[role="radiogroup"]') ?? [])];
          const radios = scales.flatMap((scale) => [
            ...(scale.shadowRoot?.querySelectorAll('[role="radio"]') ?? []),
          ]);
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

    test('the script greets with every placeholder filled in, in English and in Chinese', async () => {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        await page.setViewport({ width: 1440, height: 1000 });
        // A fresh interaction: the script starts at its first step.
        await page.goto(`${server.url}?lang=en&interaction=INT-GREET-${name}-${Date.now()}`, {
          waitUntil: 'load',
        });
        const english = await firstStep(page, /Greeting and identity check/);
        assertFilledIn(english, 'en');
        assert.match(english.text, /My name is \S/);

        // The page's language switch: the sample script comes in Chinese, the widgets follow `lang`.
        await page.evaluate(() => {
          const radio = document.querySelector('input[name="lang"][value="zh-CN"]');
          if (!(radio instanceof HTMLInputElement)) throw new Error('no language switch');
          radio.click();
        });
        const chinese = await firstStep(page, /问候与身份核验/);
        assertFilledIn(chinese, 'zh-CN');
        assert.match(chinese.text, /我是[^，,]+，/);
      } finally {
        await browser.close();
      }
    });
  });
}

/**
 * The script prompter's first step, once the script titled `title` shows it: its heading, text
 * (step text and labels) and the placeholder chips the widget shows for values it could not fill in.
 * @param {import('puppeteer-core').Page} page
 * @param {RegExp} title
 */
async function firstStep(page, title) {
  await page.waitForFunction(
    (source) => {
      const root = document.querySelector('cx-script-prompter')?.shadowRoot;
      return (
        new RegExp(source).test(root?.querySelector('h2')?.textContent ?? '') &&
        Boolean(root?.querySelector('[part~="step"] [part~="step-text"]'))
      );
    },
    { timeout: 20_000 },
    title.source,
  );
  return page.evaluate(() => {
    const root = document.querySelector('cx-script-prompter')?.shadowRoot;
    const step = root?.querySelector('[part~="step"]');
    const clean = (/** @type {string | null | undefined} */ text) => (text ?? '').replace(/\s+/g, ' ').trim();
    return {
      heading: clean(step?.querySelector('[part~="step-heading"]')?.textContent),
      text: clean(step?.textContent),
      placeholders: [...(step?.querySelectorAll('[part~="placeholder"]') ?? [])].map((chip) =>
        clean(chip.textContent),
      ),
    };
  });
}

/**
 * Fails on any value the script could not fill in: a `{{…}}` left as is, a placeholder chip, or a raw
 * data path such as `agent.name`.
 * @param {{ heading: string, text: string, placeholders: string[] }} step
 * @param {string} lang
 */
function assertFilledIn(step, lang) {
  assert.match(step.heading, /^(Step 1:|第 1 步：)/, `${lang}: the first step`);
  assert.deepEqual(step.placeholders, [], `${lang}: unresolved placeholders in “${step.text}”`);
  assert.doesNotMatch(step.text, /\{\{|\}\}/, `${lang}: a template left as is in “${step.text}”`);
  assert.doesNotMatch(
    step.text,
    /\b(?:agent|customer|vars|answers|interaction)\.[A-Za-z_][\w-]*/,
    `${lang}: a raw data path in “${step.text}”`,
  );
}

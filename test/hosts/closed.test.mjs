// Closed shadow roots (what Salesforce Lightning Web Security requires), configured page-wide with
// <meta name="cx-desk-shadow-root" content="closed">, and cx-agent-session with all four widgets inside
// the closed shadow root of the host page's own component (test/hosts/closed/). In Chromium, under the
// strict CSP with Trusted Types: every root is closed to page scripts, yet the widgets render, load
// 王建国 from the reference backend, share the customer through context, take mouse and keyboard
// input (reached through the accessibility tree, which the DevTools protocol sees through closed
// roots), and their events leave both closed roots with the right detail. Fails on any console
// error, CSP violation or uncaught exception. Needs dist/.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { launchers, startHost } from './lib/harness.mjs';
import {
  WAIT,
  hostEventsOf,
  openPage,
  shadowHosts,
  storedSurveyResponse,
  waitForHostEvent,
} from './lib/pages.mjs';

const WIDGETS = ['cx-customer-360', 'cx-sla-countdown', 'cx-script-prompter', 'cx-satisfaction-survey'];

/** @type {Awaited<ReturnType<typeof startHost>>} */
let server;
/** @type {import('puppeteer-core').Browser} */
let browser;
before(async () => {
  server = await startHost({ publicDir: fileURLToPath(new URL('./closed/', import.meta.url)) });
  browser = await launchers.chromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test(
  'closed roots inside a closed host component: render, context, input and events work',
  { timeout: 60_000 },
  async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(server.url, { waitUntil: 'load' });

      // The customer arrives from the backend's TMF APIs: found through the accessibility tree.
      const name = await page.waitForSelector('aria/王建国[role="heading"]', WAIT);
      assert.ok(name, 'the customer 360 shows 王建国');

      // Every root is closed: the page's component and each cx-desk element (as DevTools sees them).
      const hosts = await shadowHosts(page);
      const modes = Object.fromEntries(hosts.filter(([tag]) => tag === 'crm-panel' || tag.startsWith('cx-')));
      assert.equal(modes['crm-panel'], 'closed');
      for (const tag of ['cx-agent-session', ...WIDGETS]) assert.equal(modes[tag], 'closed', `<${tag}> root`);
      assert.deepEqual(
        hosts.filter(([tag, mode]) => tag.startsWith('cx-') && mode !== 'closed'),
        [],
        'no cx-desk element has an open root',
      );

      // Page scripts see none of it: no shadowRoot, and a deep query that walks open roots finds nothing.
      assert.deepEqual(
        await page.evaluate(() => ({
          panelRoot: document.querySelector('crm-panel')?.shadowRoot ?? null,
          sessionsInDocument: document.querySelectorAll('cx-agent-session').length,
        })),
        { panelRoot: null, sessionsInDocument: 0 },
      );
      assert.equal(
        (await page.$$('pierce/[role="tab"]')).length,
        0,
        'pierce/ (open roots only) finds no tab',
      );
      assert.ok((await page.$$('aria/[role="tab"]')).length > 1, 'the accessibility tree has the 360 tabs');

      // Each widget rendered inside its closed root, and from the outside its shadowRoot is null.
      const regions = {
        'cx-customer-360': 'Customer 360',
        'cx-sla-countdown': 'SLA targets',
        'cx-script-prompter': 'Call script',
        'cx-satisfaction-survey': 'How did we do?',
      };
      /** @type {Record<string, import('puppeteer-core').ElementHandle>} */
      const region = {};
      for (const [tag, label] of Object.entries(regions)) {
        region[tag] = /** @type {import('puppeteer-core').ElementHandle} */ (
          await page.waitForSelector(`aria/${label}[role="region"]`, WAIT)
        );
        const seen = await region[tag].evaluate((element) => {
          const root = /** @type {ShadowRoot} */ (element.getRootNode());
          return {
            host: root.host.localName,
            mode: root.mode,
            shadowRootFromOutside: root.host.shadowRoot,
            text: (root.textContent ?? '').trim().length,
          };
        });
        assert.deepEqual(
          { ...seen, text: seen.text > 0 },
          { host: tag, mode: 'closed', shadowRootFromOutside: null, text: true },
        );
      }
      // A live countdown in the closed root.
      assert.match(
        await region['cx-sla-countdown'].evaluate((element) => element.textContent ?? ''),
        /Respond[\s\S]*\d:\d\d:\d\d/,
      );

      // Events leave both closed roots, retargeted to the page's component, with their detail.
      const loaded = await waitForHostEvent(page, 'cx-customer-load', { customerId: 'CUST-0001' });
      assert.equal(loaded.target, 'crm-panel');
      assert.deepEqual(loaded.path, ['CRM-PANEL', 'BODY', 'HTML', '#document', 'window']);

      // Mouse: the customer 360's Call action (a button inside two closed roots).
      const call = await region['cx-customer-360'].waitForSelector('aria/Call[role="button"]', WAIT);
      await call?.click();
      const action = await waitForHostEvent(page, 'cx-customer-action', { action: 'call' });
      assert.equal(action.target, 'crm-panel');
      assert.equal(action.detail.customerId, 'CUST-0001');
      // The detail a logger sees carries the masked number; the host gets the one to call from rawPayload().
      assert.match(String(action.detail.payload?.number), /^1\d{2}\*{4}\d{4}$/, 'the masked number');
      assert.match(String(action.raw?.number), /^1\d{10}$/, 'the number to call');

      // Keyboard: the script prompter from its first step to the identity check, which greets the
      // customer by the name cx-customer-360 loaded (the customer context crossed the closed roots).
      const next = await region['cx-script-prompter'].waitForSelector('aria/Next[role="button"]', WAIT);
      await next?.click();
      await waitForHostEvent(page, 'cx-script-step-change', { to: 'recording-notice' });
      await page.keyboard.press('Enter');
      await waitForHostEvent(page, 'cx-script-step-change', { to: 'verification-method' });
      await page.keyboard.press('1'); // the first choice: one-time code by SMS
      await page.keyboard.press('Enter');
      await waitForHostEvent(page, 'cx-script-step-change', { to: 'identity-passed' });
      await page.keyboard.press('1'); // yes
      await page.keyboard.press('Enter');
      const confirmed = await waitForHostEvent(page, 'cx-script-step-change', { to: 'identity-confirmed' });
      assert.deepEqual(confirmed.detail.answers, {
        'verification-method': 'sms-code',
        'identity-passed': true,
      });
      assert.equal(confirmed.target, 'crm-panel');
      await page.waitForFunction(
        (element) => /Thank you, 王建国, your identity is verified/.test(element.textContent ?? ''),
        WAIT,
        region['cx-script-prompter'],
      );

      // The survey: a rating and an answer by mouse, then submitted: the response reaches the backend.
      await (
        await region['cx-satisfaction-survey'].waitForSelector('aria/4 of 5 stars[role="radio"]', WAIT)
      )?.click();
      await (
        await region['cx-satisfaction-survey'].waitForSelector('aria/Yes, resolved[role="radio"]', WAIT)
      )?.click();
      await (
        await region['cx-satisfaction-survey'].waitForSelector('aria/Submit[role="button"]', WAIT)
      )?.click();
      const submit = await waitForHostEvent(page, 'cx-survey-submit');
      assert.equal(submit.target, 'crm-panel');
      assert.deepEqual(submit.detail.answers, { csat: 4, resolved: true });
      assert.equal(submit.detail.meta.customerId, 'CUST-0001');
      assert.equal(submit.detail.meta.interactionId, 'INT-CLOSED-0001');
      await waitForHostEvent(page, 'cx-survey-submitted', {
        responseId: submit.detail.responseId,
        status: 'sent',
      });
      const stored = await storedSurveyResponse(server.url, submit.detail.responseId);
      assert.equal(stored?.responseId, submit.detail.responseId);
      assert.deepEqual(stored?.answers, { csat: 4, resolved: true });

      assert.deepEqual(await hostEventsOf(page, 'cx-error'), [], 'no widget reported an error');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  },
);

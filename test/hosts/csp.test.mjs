// The strict-CSP host page (test/hosts/csp/): served with exactly
//   default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// as a header, all four widgets inside <cx-agent-session> against the reference backend. In
// Chromium and Firefox, every widget is used with real mouse clicks and typing (customer 360 tabs,
// masked values and an action; SLA seconds and wall-clock toggles; the call script forward and
// back; the survey rated, answered and sent to the backend; the session moved to the next
// customer), each step asserted, and the run fails on any securitypolicyviolation (CSP or Trusted
// Types), console error or uncaught exception. Needs dist/ (the test runner builds it first).
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { launchers, startHost, watchProblems } from './lib/harness.mjs';

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
const PUBLIC_DIR = fileURLToPath(new URL('./csp/', import.meta.url));
const WIDGETS = ['cx-customer-360', 'cx-sla-countdown', 'cx-script-prompter', 'cx-satisfaction-survey'];
const WAIT = { timeout: 10_000 };

/** @type {Awaited<ReturnType<typeof startHost>>} */
let host;
before(async () => {
  host = await startHost({ publicDir: PUBLIC_DIR, contentSecurityPolicy: POLICY });
});
after(async () => host?.close());

/** @typedef {import('puppeteer-core').Page} Page */

/**
 * Clicks an element inside a widget's shadow root like a user (scrolled into view, real mouse).
 * @param {Page} page @param {string} tag @param {string} selector
 */
async function click(page, tag, selector) {
  const element = await page.waitForSelector(`${tag} >>> ${selector}`, { visible: true, ...WAIT });
  if (!element) throw new Error(`no ${selector} in ${tag}`);
  await element.click();
  await element.dispose();
}

/**
 * Waits until `check(shadowRoot, element)` returns a truthy value in the page and returns it. The
 * check is composed into the page function here in Node: the page's CSP forbids eval and
 * `new Function` (puppeteer's own evaluation is not subject to it).
 * @template T
 * @param {Page} page @param {string} tag
 * @param {(root: ShadowRoot, element: any) => T} check
 * @returns {Promise<T>}
 */
async function until(page, tag, check) {
  const pageFunction = new Function(
    'css',
    `const element = document.querySelector(css);
    return element?.shadowRoot ? (${check.toString()})(element.shadowRoot, element) : false;`,
  );
  const handle = await page.waitForFunction(/** @type {(css: string) => T} */ (pageFunction), WAIT, tag);
  return /** @type {T} */ (await handle.jsonValue());
}

/**
 * The widget events the page logged of one type, in order.
 * @param {Page} page @param {string} type
 * @returns {Promise<any[]>}
 */
function logged(page, type) {
  return page.evaluate(
    (name) => window.hostLog.filter((entry) => entry.type === name).map((entry) => entry.detail),
    type,
  );
}

for (const [name, launch] of Object.entries(launchers)) {
  describe(`strict CSP page in ${name}`, () => {
    /** @type {import('puppeteer-core').Browser} */
    let browser;
    /** @type {Page} */
    let page;
    /** @type {string[]} */
    let problems = [];

    before(async () => {
      browser = await launch();
      page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      problems = await watchProblems(page);
      // A second record of every violation, read straight from the page.
      await page.evaluateOnNewDocument(() => {
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          window.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
        );
      });
    });
    after(async () => browser?.close());

    test('is served with exactly the strict policy and renders every widget', async () => {
      const response = await page.goto(host.url, { waitUntil: 'load' });
      assert.equal(response?.status(), 200);
      assert.equal(response?.headers()['content-security-policy'], POLICY);
      await page.waitForFunction(
        (tags) =>
          window.hostReady === true &&
          tags.every((tag) => (document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim() !== ''),
        { timeout: 20_000 },
        WIDGETS,
      );
      assert.equal(
        await until(page, 'cx-customer-360', (root) => root.querySelector('.name')?.textContent?.trim()),
        '王建国',
      );
      assert.ok(await until(page, 'cx-sla-countdown', (root) => root.querySelectorAll('.target').length));
      assert.equal(
        await until(page, 'cx-script-prompter', (root) => root.querySelector('h2')?.textContent?.trim()),
        'Greeting and identity check',
      );
      assert.ok(
        await until(
          page,
          'cx-satisfaction-survey',
          (root) => root.querySelectorAll('[data-question]').length,
        ),
      );
    });

    test('customer 360: tabs, a masked value the host does not reveal yet, an action', async () => {
      const tag = 'cx-customer-360';
      // Each tab shows its own content: bills, interactions (a virtualized feed), offers, products.
      const content = { bills: 'tbody tr', interactions: 'article', offers: '.offer', products: '.card' };
      for (const [tab, selector] of Object.entries(content)) {
        await click(page, tag, `#tab-${tab}`);
        // visible: polls every frame (a MutationObserver on the document misses shadow DOM changes)
        await page.waitForSelector(`${tag} >>> #panel-${tab} ${selector}`, { visible: true, ...WAIT });
        const selected = await until(
          page,
          tag,
          (root) => root.querySelector('[role="tab"][aria-selected="true"]')?.id,
        );
        assert.equal(selected, `tab-${tab}`, `the ${tab} tab is selected`);
      }

      // The mobile number stays masked: the host allows a reveal only after the identity check.
      const phone = '.pii-value[data-field="phone"]';
      assert.match(await until(page, tag, (root) => root.querySelector('.pii-value')?.textContent), /\*/);
      await click(page, tag, '.pii:has([data-field="phone"]) button');
      const denied = await until(page, tag, (root) => {
        const note = root.querySelector('.pii:has([data-field="phone"]) .denied')?.textContent?.trim();
        return note && { note, value: root.querySelector('.pii-value[data-field="phone"]')?.textContent };
      });
      assert.match(denied.value ?? '', /\*/, `${phone} is still masked`);
      assert.deepEqual(
        (await logged(page, 'cx-customer-pii-reveal')).map((detail) => [detail.customerId, detail.field]),
        [['CUST-0001', 'phone']],
      );

      await click(page, tag, '.header button::-p-text(New ticket)');
      await page.waitForFunction(
        () => window.hostLog.some((entry) => entry.type === 'cx-customer-action'),
        WAIT,
      );
      const [action] = await logged(page, 'cx-customer-action');
      assert.equal(action.action, 'open-ticket');
      assert.equal(action.customerId, 'CUST-0001');
    });

    test('SLA countdown: seconds off and on, wall-clock time on', async () => {
      const tag = 'cx-sla-countdown';
      const before = await until(page, tag, (root, element) => ({
        seconds: root.querySelector('.controls button:nth-of-type(1)')?.getAttribute('aria-pressed'),
        clock: root.querySelector('.remaining span')?.textContent?.trim(),
        precision: element.getAttribute('precision'),
      }));
      assert.equal(before.seconds, 'true');
      assert.match(before.clock ?? '', /\d+:\d{2}:\d{2}$/, 'seconds shown');

      await click(page, tag, '.controls button:nth-of-type(1)');
      const minutes = await until(page, tag, (root, element) => {
        const pressed = root.querySelector('.controls button:nth-of-type(1)')?.getAttribute('aria-pressed');
        return (
          pressed === 'false' && {
            precision: element.getAttribute('precision'),
            clock: root.querySelector('.remaining span')?.textContent?.trim(),
          }
        );
      });
      assert.equal(minutes.precision, 'minutes');
      assert.notEqual(minutes.clock, before.clock);

      await click(page, tag, '.controls button:nth-of-type(1)');
      assert.equal(
        await until(page, tag, (root, element) =>
          root.querySelector('.controls button:nth-of-type(1)')?.getAttribute('aria-pressed') === 'true'
            ? element.getAttribute('precision')
            : null,
        ),
        'seconds',
      );

      await click(page, tag, '.controls button:nth-of-type(2)');
      const wall = await until(page, tag, (root) => {
        const pressed = root.querySelector('.controls button:nth-of-type(2)')?.getAttribute('aria-pressed');
        const text = root.querySelector('.wall')?.textContent?.trim();
        return pressed === 'true' && text;
      });
      assert.ok(wall.length > 2, 'the wall-clock time to the deadline is shown');
    });

    test('script prompter: forward through answers and a confirmation, then back; the verified caller may see the masked number', async () => {
      const tag = 'cx-script-prompter';
      const step = () => until(page, tag, (_root, element) => element.currentStepId);
      const next = () => click(page, tag, '.controls button.primary');
      /** @param {string} id */
      const reach = (id) =>
        page.waitForFunction(
          (wanted) =>
            /** @type {any} */ (document.querySelector('cx-script-prompter'))?.currentStepId === wanted,
          WAIT,
          id,
        );

      assert.equal(await step(), 'greet');
      await next();
      await reach('recording-notice');
      await next();
      await reach('verification-method');
      await click(page, tag, 'label.choice::-p-text(Service password)');
      assert.ok(
        await until(page, tag, (root) => root.querySelector('input[value="service-password"]')?.checked),
      );
      await next();
      await reach('identity-passed');
      await click(page, tag, 'label.choice::-p-text(Yes)');
      await next();
      await reach('identity-confirmed');
      assert.match(
        await until(page, tag, (root) => root.querySelector('#step-text')?.textContent?.trim()),
        /Thank you, 王建国/,
        'the customer from the session fills the placeholder',
      );
      await click(page, tag, 'label.confirm__label input');
      await next();
      await reach('reason');
      await click(page, tag, '.controls button::-p-text(Back)');
      await reach('identity-confirmed');
      assert.equal(
        await until(page, tag, (root) => root.querySelector('label.confirm__label input')?.checked),
        true,
        'the confirmation is kept when going back',
      );
      // The caller is verified now: the host allows the mobile number to be revealed.
      await click(page, 'cx-customer-360', '.pii:has([data-field="phone"]) button');
      const revealed = await until(page, 'cx-customer-360', (root) => {
        const text = root.querySelector('.pii-value[data-field="phone"]')?.textContent?.trim();
        return text && !text.includes('*') && text;
      });
      assert.match(revealed, /^\d{11}$/);

      const steps = (await logged(page, 'cx-script-step-change')).map((detail) => detail.to);
      assert.deepEqual(steps.slice(-6), [
        'recording-notice',
        'verification-method',
        'identity-passed',
        'identity-confirmed',
        'reason',
        'identity-confirmed',
      ]);
    });

    test('survey: rated, answered, submitted and stored by the backend', async () => {
      const tag = 'cx-satisfaction-survey';
      // The radios are in the shadow root of each question's rating scale.
      await click(page, tag, '[data-question="csat"] [role="radiogroup"] >>> [data-index="1"]');
      assert.equal(
        await until(page, tag, (root) =>
          root
            .querySelector('[data-question="csat"] [role="radiogroup"]')
            ?.shadowRoot?.querySelector('[role="radio"][data-index="1"]')
            ?.getAttribute('aria-checked'),
        ),
        'true',
      );
      // A low score asks why.
      await click(page, tag, '[data-question="reasons"] label:first-of-type input');
      await click(page, tag, '[data-question="resolved"] [role="radiogroup"] >>> [data-index="1"]');
      const comment = await page.waitForSelector(`${tag} >>> [data-question="comment"] textarea`, {
        visible: true,
        ...WAIT,
      });
      await comment?.type('Line drops every evening');
      await comment?.dispose();
      const answers = await until(page, tag, (_root, element) => {
        const value = JSON.parse(element.value || '{}');
        return value.comment === 'Line drops every evening' && value;
      });
      assert.equal(answers.csat, 2);
      assert.equal(answers.reasons.length, 1, 'one reason picked');
      assert.equal(typeof answers.resolved, 'boolean', 'resolved answered');

      await click(page, tag, 'button[part="submit"]');
      await page.waitForFunction(() => window.hostLog.some((entry) => entry.type === 'cx-survey-submitted'), {
        timeout: 20_000,
      });
      const [submitted] = await logged(page, 'cx-survey-submitted');
      assert.equal(submitted.status, 'sent');
      // The response reached the reference backend.
      const stored = await fetch(new URL(`/api/survey-responses/${submitted.responseId}`, host.url));
      assert.equal(stored.status, 200);
      const response = await stored.json();
      assert.equal(response.responseId, submitted.responseId);
      assert.equal(response.answers.csat, 2);
      assert.equal(response.answers.comment, 'Line drops every evening');
      assert.deepEqual(
        [
          response.meta?.interactionId,
          response.meta?.customerId,
          response.meta?.agentId,
          response.meta?.mode,
        ],
        ['INT-CSP-0001', 'CUST-0001', 'agent-007', 'agent'],
        'the session reached the survey',
      );
    });

    test("rating scale: a host form's control, chosen by mouse and keyboard", async () => {
      const tag = 'cx-rating-scale';
      const formValue = () =>
        page.$eval('#wrap-up', (form) => [
          /** @type {HTMLFormElement} */ (form).checkValidity(),
          new FormData(/** @type {HTMLFormElement} */ (form)).get('call-quality'),
        ]);
      assert.deepEqual(await formValue(), [false, null], 'required, nothing chosen');
      await click(page, tag, '[role="radio"][data-index="3"]');
      await page.keyboard.press('ArrowRight');
      assert.equal(
        await until(page, tag, (root) =>
          root.querySelector('[aria-checked="true"]')?.getAttribute('data-index'),
        ),
        '4',
      );
      assert.deepEqual(await formValue(), [true, '5']);
    });

    test('agent session: the next customer reaches customer 360, the script and the SLA', async () => {
      await page.click('#next-customer');
      await page.waitForFunction(
        () => document.querySelector('cx-agent-session')?.getAttribute('customer-id') === 'CUST-0002',
        WAIT,
      );
      const change = (await logged(page, 'cx-agent-session-change')).at(-1);
      assert.equal(change.customerId, 'CUST-0002');
      assert.deepEqual(change.changed, ['customerId']);
      const name = await until(page, 'cx-customer-360', (root, element) => {
        const shown = root.querySelector('.name')?.textContent?.trim();
        return element.value?.profile?.id === 'CUST-0002' && shown !== '王建国' && shown;
      });
      assert.ok(name.length > 0, 'customer 360 shows the next customer');
      // The customer the 360 loaded reaches the script through the session: its text follows.
      await page.waitForFunction(
        (next) =>
          (
            document.querySelector('cx-script-prompter')?.shadowRoot?.querySelector('#step-text')
              ?.textContent ?? ''
          ).includes(`Thank you, ${next}`),
        WAIT,
        name,
      );
      // Masked again for the new customer.
      assert.match(
        await until(page, 'cx-customer-360', (root) =>
          root.querySelector('.pii-value[data-field="phone"]')?.textContent?.trim(),
        ),
        /\*/,
      );
      assert.equal(await page.$eval('#current-customer', (element) => element.textContent), 'CUST-0002');
      // The SLA follows the new customer's ticket.
      await page.waitForFunction(
        () => /^TT-0002/.test(document.querySelector('cx-sla-countdown')?.getAttribute('ticket-id') ?? ''),
        WAIT,
      );
    });

    test("the page's own masked value, tab set and interaction feed", async () => {
      // The caller's number (the page's <cx-masked-value>): masked, and refused before the identity check.
      const callerValue = () => page.$eval('#caller .pii-value', (element) => element.textContent ?? '');
      assert.match(await callerValue(), /^139\*+5678$/);
      await page.click('#caller button');
      await page.waitForSelector('#caller .denied', WAIT);
      assert.match(await callerValue(), /\*/, 'still masked');
      const asked = (await logged(page, 'cx-masked-value-toggle')).at(-1);
      assert.deepEqual(
        [asked.kind, asked.reveal, JSON.stringify(asked).includes('13912345678')],
        ['phone', true, false],
      );
      // After-call tabs (<cx-tab-set>): the keyboard moves to Recent contacts and the page shows its panel.
      await page.focus('#tab-wrap-up');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => !document.getElementById('panel-contacts')?.hidden, WAIT);
      assert.deepEqual(
        await page.$$eval('#after-call [role="tab"]', (tabs) =>
          tabs.map((tab) => [tab.getAttribute('aria-selected'), tab.tabIndex]),
        ),
        [
          ['false', -1],
          ['true', 0],
        ],
      );
      // Recent contacts (<cx-interaction-feed>): the next customer's, a page at a time.
      await page.waitForSelector('#contacts article', WAIT);
      const setSize = await page.$eval('#contacts article', (article) =>
        article.getAttribute('aria-setsize'),
      );
      assert.ok(Number(setSize) > 0);
      await page.focus('#contacts article');
      await page.keyboard.press('End');
      // End goes to the last loaded article (20), near the end: the page loads the next page.
      await page.waitForFunction(
        () => Number(document.activeElement?.getAttribute('aria-posinset')) >= 20,
        WAIT,
      );
      await page.waitForFunction(() => document.getElementById('contacts')?.history?.items.length > 20, WAIT);
    });

    test('no CSP or Trusted Types violation, console error or uncaught exception', async () => {
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      assert.deepEqual(problems, []);
    });
  });
}

// cx-desk inside framework apps, as front-end teams embed it: React 19 (Vite, the `cx-desk/react`
// wrappers), Vue 3 (Vite, SFCs) and Angular 21 (application builder, CUSTOM_ELEMENTS_SCHEMA). Each app
// (test/hosts/<app>/) is built by lib/build-frameworks.mjs, served with the reference backend and
// run in Chromium: all four widgets inside <cx-agent-session>, properties set by the framework's
// bindings, events received through the framework's own listeners and shown in the app's log.
// Fails on any console error, uncaught exception or CSP violation. Needs dist/ (`npm run build`).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../demo/server.js';
import { appDistDir, buildFrameworkApps } from './lib/build-frameworks.mjs';
import { launchers, startHost, watchProblems } from './lib/harness.mjs';

const WIDGETS = ['cx-customer-360', 'cx-sla-countdown', 'cx-script-prompter', 'cx-satisfaction-survey'];
const WAIT = { timeout: 20_000 };

/** The demo's strict policy, also allowing Vue's own Trusted Types policy (`vue`, for static content). */
const VUE_POLICY = CONTENT_SECURITY_POLICY.replace(/trusted-types ([^;]+)/, 'trusted-types $1 vue');

/**
 * The apps, each served with a strict Content-Security-Policy it satisfies (no inline scripts or
 * styles, Trusted Types).
 * @type {Array<{ app: import('./lib/build-frameworks.mjs').FrameworkApp, name: string, policy: string }>}
 */
const APPS = [
  { app: 'react', name: 'React 19', policy: CONTENT_SECURITY_POLICY },
  { app: 'vue', name: 'Vue 3', policy: VUE_POLICY },
  { app: 'angular', name: 'Angular 21', policy: CONTENT_SECURITY_POLICY },
];

/** @type {import('puppeteer-core').Browser} */
let browser;

/**
 * Waits until the app's own event log (`#event-log`, rendered by the framework from its state) has
 * an entry of `type` whose text matches `pattern`, and returns that text.
 * @param {import('puppeteer-core').Page} page @param {string} type @param {RegExp} pattern
 */
async function waitForLogEntry(page, type, pattern) {
  const handle = await page.waitForFunction(
    (type, source) =>
      [...document.querySelectorAll('#event-log li')]
        .find(
          (item) =>
            item.getAttribute('data-type') === type && new RegExp(source).test(item.textContent ?? ''),
        )
        ?.textContent?.trim(),
    WAIT,
    type,
    pattern.source,
  );
  return /** @type {string} */ (await handle.jsonValue());
}

/**
 * Waits until a widget's shadow root text matches `pattern`.
 * @param {import('puppeteer-core').Page} page @param {string} tag @param {RegExp} pattern
 */
function waitForWidgetText(page, tag, pattern) {
  return page.waitForFunction(
    (tag, source) => new RegExp(source).test(document.querySelector(tag)?.shadowRoot?.textContent ?? ''),
    WAIT,
    tag,
    pattern.source,
  );
}

/**
 * Opens a built app and uses it as an agent would; the app's UI is the same in every framework
 * (a customer picker, a "Mark responded" button, the event log) so one script drives them all.
 * @param {(typeof APPS)[number]} app
 */
async function exerciseApp({ app, policy }) {
  const server = await startHost({ publicDir: appDistDir(app), contentSecurityPolicy: policy });
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 1000 });
    const problems = await watchProblems(page);
    await page.goto(server.url, { waitUntil: 'load' });

    // All four widgets render inside the app's <cx-agent-session>.
    await page.waitForFunction(
      (tags) =>
        tags.every((tag) =>
          (document.querySelector(`cx-agent-session ${tag}`)?.shadowRoot?.textContent ?? '').trim(),
        ),
      WAIT,
      WIDGETS,
    );
    // The session's customer arrives over the backend's TMF APIs, and the app hears about it.
    await waitForWidgetText(page, 'cx-customer-360', /王建国/);
    await waitForLogEntry(page, 'cx-customer-load', /CUST-0001/);
    // Rich properties from the framework's bindings: the SLA targets array, the script's variables.
    await waitForWidgetText(page, 'cx-sla-countdown', /Respond[\s\S]*Resolve/);
    await waitForWidgetText(page, 'cx-script-prompter', /thank you for calling TeleCare/);

    // Widget → framework: the script's Next button, then a survey answered and submitted.
    const script = await page.$('cx-script-prompter');
    await (await script?.waitForSelector('aria/Next[role="button"]', WAIT))?.click();
    await waitForLogEntry(page, 'cx-script-step-change', /greet → recording-notice/);

    const survey = await page.$('cx-satisfaction-survey');
    await (await survey?.waitForSelector('aria/4 of 5 stars[role="radio"]', WAIT))?.click();
    await (await survey?.waitForSelector('aria/Yes, resolved[role="radio"]', WAIT))?.click();
    await (await survey?.waitForSelector('aria/Submit[role="button"]', WAIT))?.click();
    const submitted = await waitForLogEntry(page, 'cx-survey-submitted', /sent \S+/);
    const responseId = submitted.split(' ').at(-1) ?? '';
    const stored = await fetch(
      new URL(`/api/survey-responses/${encodeURIComponent(responseId)}`, server.url),
    );
    assert.equal(stored.status, 200, `the backend stored response ${responseId}`);
    assert.deepEqual((await stored.json()).answers, { csat: 4, resolved: true });

    // Framework → widget: new state, new property values. A new targets array with the response
    // met, which the countdown shows and reports back as a state change ...
    await page.click('#respond');
    await waitForWidgetText(page, 'cx-sla-countdown', /Met with/);
    await waitForLogEntry(page, 'cx-sla-state-change', /respond: active → met/);
    // ... and another customer (and interaction) on the session, which the widgets inside follow.
    await page.select('#customer', 'CUST-0002');
    await waitForWidgetText(page, 'cx-customer-360', /James Whitfield/);
    await waitForLogEntry(page, 'cx-customer-load', /CUST-0002/);
    assert.match(await page.$eval('cx-agent-session', (session) => session.interactionId), /-CUST-0002$/);

    assert.equal(await page.$('#event-log li[data-type="cx-error"]'), null, 'no widget reported an error');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
    await server.close();
  }
}

describe('framework host apps in Chromium', () => {
  before(
    async () => {
      const seconds = await buildFrameworkApps();
      console.log(`framework apps built in ${JSON.stringify(seconds)} s`);
      browser = await launchers.chromium();
    },
    { timeout: 300_000 },
  );
  after(async () => browser?.close());

  for (const app of APPS) {
    test(`${app.name}: four widgets, properties in, events out`, { timeout: 60_000 }, () => exerciseApp(app));
  }
});

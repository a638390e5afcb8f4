// The agent desktop (all four widgets in cx-agent-session) inside
// <iframe sandbox="allow-scripts allow-same-origin allow-forms"> (test/hosts/iframe/), in Chromium,
// under the strict CSP with Trusted Types: the widgets render and take keyboard input in the frame,
// localStorage and IndexedDB work in the sandbox (script progress, SLA milestones and a survey draft
// survive a reload of the frame; a submitted survey reaches the backend as sent), and the events are
// seen by the inner page and relayed to the outer page with postMessage. Fails on any console error,
// CSP violation or uncaught exception (in either document). Needs dist/.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { launchers, startHost } from './lib/harness.mjs';
import {
  WAIT,
  hostEventsOf,
  openPage,
  shadowElement,
  storedSurveyResponse,
  waitForHostEvent,
  waitForSurveyDraft,
} from './lib/pages.mjs';

const INTERACTION = 'INT-IFRAME-0001';
const SURVEY = 'cx-satisfaction-survey';

/** @type {Awaited<ReturnType<typeof startHost>>} */
let server;
/** @type {import('puppeteer-core').Browser} */
let browser;
before(async () => {
  server = await startHost({ publicDir: fileURLToPath(new URL('./iframe/', import.meta.url)) });
  browser = await launchers.chromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The agent desktop's frame, once its document has loaded.
 * @param {import('puppeteer-core').Page} page
 */
async function desktopFrame(page) {
  const frame = page.frames().find((candidate) => candidate.name() === 'agent-desktop');
  assert.ok(frame, 'the iframe is there');
  await frame.waitForFunction(
    () => document.readyState === 'complete' && Array.isArray(window.hostEvents),
    WAIT,
  );
  return frame;
}

/**
 * Waits until the frame's customer 360 shows the customer from the backend.
 * @param {import('puppeteer-core').Frame} frame
 */
function waitForCustomer(frame) {
  return frame.waitForFunction(
    () => (document.querySelector('cx-customer-360')?.shadowRoot?.textContent ?? '').includes('王建国'),
    WAIT,
  );
}

test(
  'widgets in a sandboxed iframe: keyboard, storage across a frame reload, survey delivery, relayed events',
  { timeout: 60_000 },
  async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(server.url, { waitUntil: 'load' });
      assert.equal(
        await page.$eval('iframe[name="agent-desktop"]', (frame) => frame.getAttribute('sandbox')),
        'allow-scripts allow-same-origin allow-forms',
      );
      let frame = await desktopFrame(page);
      assert.equal(await frame.evaluate(() => location.pathname), '/inner.html');
      await waitForCustomer(frame);

      // The SLA warning is due at once: seen in the frame and relayed to the outer page.
      const warning = await waitForHostEvent(frame, 'cx-sla-warning', {
        targetId: 'resolve',
        threshold: '75%',
      });
      assert.equal(warning.tag, 'cx-sla-countdown');
      await waitForHostEvent(page, 'cx-sla-warning', { threshold: '75%' }, { log: 'relayedEvents' });
      assert.ok(
        await frame.evaluate(() => localStorage.getItem('cx-desk:sla-fired:TT-IFRAME-1') !== null),
        'the fired milestone is remembered in the sandbox localStorage',
      );
      await waitForHostEvent(page, 'cx-customer-load', { customerId: 'CUST-0001' }, { log: 'relayedEvents' });

      // Keyboard, script: focus the step, Enter moves on.
      await waitForHostEvent(frame, 'cx-script-step-change', { to: 'greet' });
      await (await shadowElement(frame, 'cx-script-prompter', '[part="step-heading"]')).focus();
      await page.keyboard.press('Enter');
      await waitForHostEvent(frame, 'cx-script-step-change', { from: 'greet', to: 'recording-notice' });
      await waitForHostEvent(
        page,
        'cx-script-step-change',
        { to: 'recording-notice' },
        { log: 'relayedEvents' },
      );

      // Keyboard, survey: Space picks the focused star, arrows move the rating to 4 of 5.
      await (
        await shadowElement(frame, SURVEY, '[data-question="csat"] [role="radiogroup"] >>> [tabindex="0"]')
      ).focus();
      await page.keyboard.press('Space');
      for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
      await frame.waitForFunction((tag) => document.querySelector(tag)?.answers?.csat === 4, WAIT, SURVEY);
      // The draft is autosaved in the sandbox's IndexedDB.
      assert.deepEqual((await waitForSurveyDraft(frame, INTERACTION)).answers, { csat: 4 });

      // Reload the frame (not the page): progress, the draft and the fired milestone survive.
      await Promise.all([
        frame.waitForNavigation({ waitUntil: 'load' }),
        page.$eval('iframe[name="agent-desktop"]', (element) =>
          /** @type {HTMLIFrameElement} */ (element).contentWindow?.location.reload(),
        ),
      ]);
      frame = await desktopFrame(page);
      const resumed = await waitForHostEvent(frame, 'cx-script-step-change', { to: 'recording-notice' });
      assert.equal(resumed.detail.from, null, 'resumed where it was (from localStorage)');
      assert.deepEqual(
        (await hostEventsOf(frame, 'cx-script-step-change')).map((entry) => entry.detail.to),
        ['recording-notice'],
        'a fresh document, which never showed the first step',
      );
      await frame.waitForFunction((tag) => document.querySelector(tag)?.answers?.csat === 4, WAIT, SURVEY);
      await frame.waitForFunction(
        () => /Resolve/.test(document.querySelector('cx-sla-countdown')?.shadowRoot?.textContent ?? ''),
        WAIT,
      );
      assert.deepEqual(await hostEventsOf(frame, 'cx-sla-warning'), [], 'the warning is not fired again');
      assert.equal((await hostEventsOf(page, 'cx-sla-warning', 'relayedEvents')).length, 1);

      // Finish the survey with the keyboard and submit it (Enter on the submit button).
      await (
        await shadowElement(
          frame,
          SURVEY,
          '[data-question="resolved"] [role="radiogroup"] >>> [tabindex="0"]',
        )
      ).focus();
      await page.keyboard.press('Space'); // the first option: yes, resolved
      await frame.waitForFunction(
        (tag) => document.querySelector(tag)?.answers?.resolved === true,
        WAIT,
        SURVEY,
      );
      await (await shadowElement(frame, SURVEY, 'button[part="submit"]')).focus();
      await page.keyboard.press('Enter');
      const submit = await waitForHostEvent(frame, 'cx-survey-submit');
      assert.deepEqual(submit.detail.answers, { csat: 4, resolved: true });
      assert.equal(submit.detail.meta.interactionId, INTERACTION);
      const { responseId } = submit.detail;
      await waitForHostEvent(frame, 'cx-survey-submitted', { responseId, status: 'sent' });
      await waitForHostEvent(
        page,
        'cx-survey-submitted',
        { responseId, status: 'sent' },
        { log: 'relayedEvents' },
      );
      assert.equal(await frame.evaluate((tag) => document.querySelector(tag)?.status, SURVEY), 'sent');
      const stored = await storedSurveyResponse(server.url, responseId);
      assert.deepEqual(stored?.answers, { csat: 4, resolved: true });
      assert.equal(stored?.meta?.customerId, 'CUST-0001');
      assert.equal(stored?.meta?.interactionId, INTERACTION);

      // The outer page shows what it was told.
      assert.match(await page.$eval('#relayed', (list) => list.textContent ?? ''), /cx-survey-submitted/);
      assert.deepEqual(await hostEventsOf(frame, 'cx-error'), []);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  },
);

// Two copies of cx-desk on one page (test/hosts/two-copies/), in Chromium and Firefox:
// (a) the same bundle loaded twice (two URLs, so the module is evaluated twice): a silent no-op;
// (b) another version loaded after the first: one console warning per element naming both versions,
//     nothing throws, the first copy keeps its definitions and its widgets keep working;
// (c) two cx-agent-session blocks for two customers side by side: each shows its own customer, its
//     events carry its own ids, survey state and drafts, script progress and SLA milestones stay apart.
// (a) and (b) run under the strict demo CSP with Trusted Types and under the same policy with
// `trusted-types lit-html 'allow-duplicates'`; (c) under the strict one. Fails on any console error,
// CSP violation or uncaught exception. Needs dist/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../demo/server.js';
import { launchers, startHost } from './lib/harness.mjs';
import {
  DIST_DIR,
  WAIT,
  hostEventsOf,
  openPage,
  shadowElement,
  shadowText,
  stageHostDir,
  storedSurveyResponse,
  surveyDrafts,
  waitForHostEvent,
  waitForSurveyDraft,
} from './lib/pages.mjs';

const TAGS = [
  'cx-agent-session',
  'cx-customer-360',
  'cx-sla-countdown',
  'cx-script-prompter',
  'cx-satisfaction-survey',
  'cx-rating-scale',
  'cx-interaction-feed',
  'cx-masked-value',
  'cx-tab-set',
];
const OTHER_VERSION = '99.0.0-other';
const { VERSION } = await import(pathToFileURL(join(DIST_DIR, 'internal/version.js')).href);

/**
 * The policies the copies are loaded under: the strict demo policy, whose `trusted-types lit-html`
 * has no 'allow-duplicates' (each copy of the bundle inlines Lit; only the first creates the policy).
 */
const POLICIES = [{ name: 'strict CSP', csp: CONTENT_SECURITY_POLICY }];

/** @type {string} */
let publicDir;
/** @type {Map<string, Awaited<ReturnType<typeof startHost>>>} by policy name */
const servers = new Map();
before(async () => {
  // The other version: the built bundle with its version string (one literal, see
  // src/internal/version.ts) replaced, served at /other-version/ beside a copy of the host pages.
  publicDir = stageHostDir(fileURLToPath(new URL('./two-copies/', import.meta.url)));
  const bundle = readFileSync(join(DIST_DIR, 'cx-desk.bundle.js'), 'utf8');
  const literal = new RegExp(`([\`'"])${VERSION.replaceAll('.', '\\.')}\\1`, 'g');
  assert.equal(bundle.match(literal)?.length, 1, `the bundle holds the version ${VERSION} once`);
  mkdirSync(join(publicDir, 'other-version'));
  writeFileSync(
    join(publicDir, 'other-version', 'cx-desk.bundle.js'),
    bundle.replace(literal, (_, quote) => `${quote}${OTHER_VERSION}${quote}`),
  );
  for (const policy of POLICIES)
    servers.set(policy.name, await startHost({ publicDir, contentSecurityPolicy: policy.csp }));
});
after(async () => {
  for (const server of servers.values()) await server.close();
  if (publicDir) rmSync(publicDir, { recursive: true, force: true });
});

/** @param {string} block `A` or `B` @param {string} tag */
const inBlock = (block, tag) => `[data-block="${block}"] ${tag}`;

/**
 * Rates the post-call survey of a block (stars) and, when given, answers "resolved".
 * @param {import('puppeteer-core').Page} page
 * @param {string} block
 * @param {number} stars 1–5
 * @param {boolean} [resolved]
 */
async function answerSurvey(page, block, stars, resolved) {
  const survey = inBlock(block, 'cx-satisfaction-survey');
  await (
    await shadowElement(
      page,
      survey,
      `[data-question="csat"] [role="radiogroup"] >>> [data-index="${stars - 1}"]`,
    )
  ).click();
  if (resolved !== undefined)
    await (
      await shadowElement(
        page,
        survey,
        `[data-question="resolved"] [role="radiogroup"] >>> [data-index="${resolved ? 0 : 1}"]`,
      )
    ).click();
  await page.waitForFunction(
    (survey, stars) => document.querySelector(survey)?.answers?.csat === stars,
    WAIT,
    survey,
    stars,
  );
}

/**
 * Submits a block's survey and waits until the backend acknowledged it; returns the submit detail.
 * @param {import('puppeteer-core').Page} page
 * @param {string} block
 */
async function submitSurvey(page, block) {
  await (
    await shadowElement(page, inBlock(block, 'cx-satisfaction-survey'), 'button[part="submit"]')
  ).click();
  const submit = await waitForHostEvent(page, 'cx-survey-submit');
  await waitForHostEvent(page, 'cx-survey-submitted', {
    responseId: submit.detail.responseId,
    status: 'sent',
  });
  return submit;
}

/**
 * Waits until a block's customer 360 shows `name` (loaded from the backend).
 * @param {import('puppeteer-core').Page} page
 * @param {string} block
 * @param {string} name
 */
function waitForCustomer(page, block, name) {
  return page.waitForFunction(
    (host, name) => (document.querySelector(host)?.shadowRoot?.textContent ?? '').includes(name),
    WAIT,
    inBlock(block, 'cx-customer-360'),
    name,
  );
}

/** @param {import('puppeteer-core').Page} page @param {string} block */
async function nextScriptStep(page, block) {
  await (await shadowElement(page, inBlock(block, 'cx-script-prompter'), '.controls button.primary')).click();
}

for (const [browserName, launch] of Object.entries(launchers)) {
  describe(`two copies in ${browserName}`, () => {
    /** @type {import('puppeteer-core').Browser} */
    let browser;
    before(async () => {
      browser = await launch();
    });
    after(async () => browser?.close());

    for (const policy of POLICIES) {
      test(
        `the same bundle loaded twice: a silent no-op, and the widgets work (${policy.name})`,
        { timeout: 60_000 },
        async () => {
          const server = servers.get(policy.name);
          const { page, problems, warnings, close } = await openPage(browser);
          try {
            const response = await page.goto(new URL('/same-bundle-twice.html', server.url).href, {
              waitUntil: 'load',
            });
            assert.equal(response?.headers()['content-security-policy'], policy.csp);
            await waitForCustomer(page, 'A', '王建国');
            assert.deepEqual(problems, [], 'the second evaluation threw nothing, violated nothing');

            // Two module instances (two URLs); the first one's classes are the registered ones.
            const copies = await page.evaluate(async (tags) => {
              const first = await import(new URL('/dist/cx-desk.bundle.js', location.href).href);
              const second = await import(new URL('/dist/cx-desk.bundle.js?copy=2', location.href).href);
              return {
                distinct: first.CxAgentSession !== second.CxAgentSession,
                versions: [first.VERSION, second.VERSION],
                registeredByFirst: tags.every((tag) => {
                  const registered = customElements.get(tag);
                  return registered !== undefined && Object.values(first).includes(registered);
                }),
              };
            }, TAGS);
            assert.deepEqual(copies, {
              distinct: true,
              versions: [VERSION, VERSION],
              registeredByFirst: true,
            });

            // The widgets work: the script moves on, the survey takes a rating, the countdown runs.
            await nextScriptStep(page, 'A');
            await waitForHostEvent(page, 'cx-script-step-change', { to: 'recording-notice' });
            await answerSurvey(page, 'A', 5);
            assert.match(
              await shadowText(page, inBlock('A', 'cx-sla-countdown')),
              /Resolve[\s\S]*\d:\d\d:\d\d/,
            );

            assert.deepEqual(warnings, [], 'no console warning');
            assert.deepEqual(await hostEventsOf(page, 'cx-error'), []);
            assert.deepEqual(problems, []);
          } finally {
            await close();
          }
        },
      );

      test(
        `another version loaded after the first warns, throws nothing, and the first keeps working (${policy.name})`,
        { timeout: 60_000 },
        async () => {
          const server = servers.get(policy.name);
          const { page, problems, warnings, waitForWarnings, close } = await openPage(browser);
          try {
            await page.goto(new URL('/other-version.html', server.url).href, { waitUntil: 'load' });
            await waitForCustomer(page, 'A', '王建国');
            await nextScriptStep(page, 'A');
            await waitForHostEvent(page, 'cx-script-step-change', { to: 'recording-notice' });
            assert.deepEqual(warnings, [], 'no warning before the other version arrives');

            await page.click('#load-other-version');
            await page.waitForFunction(
              () => window.hostEvents.some((entry) => entry.type.startsWith('other-version-')),
              WAIT,
            );
            assert.deepEqual(
              await hostEventsOf(page, 'other-version-failed'),
              [],
              'the other version loaded',
            );
            const [loaded] = await hostEventsOf(page, 'other-version-loaded');
            assert.equal(loaded.detail.version, OTHER_VERSION, 'the second copy is the other version');
            const expected = TAGS.map(
              (tag) =>
                `[cx-desk] <${tag}> is already defined by cx-desk ${VERSION}; cx-desk ${OTHER_VERSION} keeps that definition and does not register its own.`,
            );
            assert.deepEqual(
              [...(await waitForWarnings(expected.length))].sort(),
              [...expected].sort(),
              'one warning per element, naming both versions',
            );

            // The first copy stays in charge: its definitions, also for elements created from now on.
            assert.deepEqual(
              await page.evaluate(
                (tags) => tags.map((tag) => document.createElement(tag).constructor.cxVersion ?? null),
                TAGS,
              ),
              TAGS.map(() => VERSION),
            );

            // …and its widgets keep working: the script goes on, a survey reaches the backend.
            await nextScriptStep(page, 'A');
            await waitForHostEvent(page, 'cx-script-step-change', { to: 'verification-method' });
            await answerSurvey(page, 'A', 4, true);
            const submit = await submitSurvey(page, 'A');
            assert.equal(submit.detail.meta.interactionId, 'INT-OTHER-A');
            const stored = await storedSurveyResponse(server.url, submit.detail.responseId);
            assert.equal(stored?.meta?.customerId, 'CUST-0001');

            assert.equal(warnings.length, expected.length, 'no further warnings');
            assert.deepEqual(await hostEventsOf(page, 'cx-error'), []);
            assert.deepEqual(problems, [], 'nothing threw, nothing logged an error');
          } finally {
            await close();
          }
        },
      );
    }

    test('two sessions side by side for two customers: no cross-talk', { timeout: 60_000 }, async () => {
      const server = servers.get(POLICIES[0].name);
      const { page, problems, close } = await openPage(browser);
      try {
        await page.goto(new URL('/side-by-side.html', server.url).href, { waitUntil: 'load' });

        // Each block shows its own customer, and says so in its events.
        await waitForCustomer(page, 'A', '王建国');
        await waitForCustomer(page, 'B', 'James Whitfield');
        assert.doesNotMatch(await shadowText(page, inBlock('A', 'cx-customer-360')), /James Whitfield/);
        assert.doesNotMatch(await shadowText(page, inBlock('B', 'cx-customer-360')), /王建国/);
        const loads = await hostEventsOf(page, 'cx-customer-load');
        assert.deepEqual(
          [...new Set(loads.map((entry) => `${entry.block}:${entry.detail.customerId}`))].sort(),
          ['A:CUST-0001', 'B:CUST-0002'],
        );

        // SLA milestones per ticket, though both targets are called "resolve": A has used 80 % (the
        // 75 % warning), B 92 % (75 % and 90 %), each event from its own block.
        await page.waitForFunction(
          () => window.hostEvents.filter((entry) => entry.type === 'cx-sla-warning').length >= 3,
          WAIT,
        );
        const slaWarnings = (await hostEventsOf(page, 'cx-sla-warning')).map(
          (entry) => `${entry.block}:${entry.detail.targetId}@${entry.detail.threshold}`,
        );
        assert.deepEqual(slaWarnings.sort(), ['A:resolve@75%', 'B:resolve@75%', 'B:resolve@90%']);

        // Script progress is per interaction: A moves on, B stays at its first step.
        const steps = () =>
          page.evaluate(() =>
            ['A', 'B'].map(
              (block) => document.querySelector(`[data-block="${block}"] cx-script-prompter`)?.currentStepId,
            ),
          );
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('cx-script-prompter')].every(
              (prompter) => prompter.currentStepId === 'greet',
            ),
          WAIT,
        );
        await nextScriptStep(page, 'A');
        const stepped = await waitForHostEvent(page, 'cx-script-step-change', { to: 'recording-notice' });
        assert.equal(stepped.block, 'A');
        assert.deepEqual(await steps(), ['recording-notice', 'greet']);

        // B's survey has a half-done answer (autosaved as B's draft); A's survey is submitted.
        await answerSurvey(page, 'B', 2);
        assert.deepEqual((await waitForSurveyDraft(page, 'INT-SBS-B')).answers, { csat: 2 });
        await answerSurvey(page, 'A', 4, true);
        const submit = await submitSurvey(page, 'A');
        assert.equal(submit.block, 'A');
        assert.deepEqual(submit.detail.answers, { csat: 4, resolved: true });
        assert.equal(submit.detail.meta.customerId, 'CUST-0001');
        assert.equal(submit.detail.meta.interactionId, 'INT-SBS-A');
        const stored = await storedSurveyResponse(server.url, submit.detail.responseId);
        assert.equal(stored?.meta?.customerId, 'CUST-0001');

        const surveys = () =>
          page.evaluate(() =>
            ['A', 'B'].map((block) => {
              const survey = document.querySelector(`[data-block="${block}"] cx-satisfaction-survey`);
              return {
                status: survey?.status,
                answers: survey?.answers,
                responseId: survey?.responseId ?? null,
              };
            }),
          );
        const [surveyA, surveyB] = await surveys();
        assert.equal(surveyA.status, 'sent');
        assert.deepEqual(
          surveyB,
          { status: 'idle', answers: { csat: 2 }, responseId: null },
          "B's survey untouched",
        );
        assert.deepEqual(
          await surveyDrafts(page),
          [{ interactionId: 'INT-SBS-B', answers: { csat: 2 } }],
          "A's draft went with the submit, B's stays",
        );
        assert.equal(
          (await hostEventsOf(page, 'cx-survey-submit')).length,
          1,
          'one response submitted, from A',
        );

        // After a reload each block resumes its own interaction: A's script step, B's draft.
        await page.reload({ waitUntil: 'load' });
        await waitForCustomer(page, 'B', 'James Whitfield');
        await page.waitForFunction(
          () =>
            document.querySelector('[data-block="A"] cx-script-prompter')?.currentStepId ===
              'recording-notice' &&
            document.querySelector('[data-block="B"] cx-script-prompter')?.currentStepId === 'greet' &&
            document.querySelector('[data-block="B"] cx-satisfaction-survey')?.answers?.csat === 2,
          WAIT,
        );
        assert.deepEqual((await surveys())[1].answers, { csat: 2 });

        assert.deepEqual(await hostEventsOf(page, 'cx-error'), []);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });

    test(
      'a sent survey starts empty after a reload (its answers went with the submit)',
      { timeout: 60_000 },
      async () => {
        const server = servers.get(POLICIES[0].name);
        const { page, problems, close } = await openPage(browser);
        try {
          await page.goto(new URL('/side-by-side.html', server.url).href, { waitUntil: 'load' });
          await waitForCustomer(page, 'A', '王建国');
          await answerSurvey(page, 'A', 4, true);
          await submitSurvey(page, 'A');

          await page.reload({ waitUntil: 'load' });
          // Rendered, and done looking for a draft to restore.
          await shadowElement(page, inBlock('A', 'cx-satisfaction-survey'), 'form[aria-busy="false"]');
          assert.deepEqual(
            await page.evaluate(() => {
              const survey = document.querySelector('[data-block="A"] cx-satisfaction-survey');
              return { status: survey?.status, answers: survey?.answers };
            }),
            { status: 'idle', answers: {} },
          );
          assert.deepEqual(await surveyDrafts(page), []);
          assert.deepEqual(problems, []);
        } finally {
          await close();
        }
      },
    );
  });
}

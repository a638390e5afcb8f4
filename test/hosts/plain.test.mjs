// The plain legacy host page (test/hosts/plain/): no build step, `<script type="module">` of the
// bundle, hostile global CSS (a `*` reset to 11px serif with line-height 1 and content-box,
// `div { display: inline }`, `button { all: unset }`, common-name :root variables, body colour,
// letter and word spacing), all four widgets inside <cx-agent-session> against the reference
// backend. In Chromium and Firefox:
//   - every widget renders from the backend, with no console error or uncaught exception;
//   - each widget, given its story's data, looks like its Storybook story: element screenshots
//     compared with pixelmatch, both pages in the same browser with the same viewport, container
//     width, frozen clock and no motion. Diff PNGs go to .test-results/visual/ on failure.
// Needs dist/ and storybook-static/ (the test runner builds both first; Storybook is built here
// when its build is missing or lacks a story).
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { launchers, startHost, watchProblems } from './lib/harness.mjs';
import {
  compareScreenshots,
  ensureStorybook,
  freezeClock,
  probeStyles,
  screenshotWidget,
  serveDirectory,
  settleWidget,
  STORYBOOK_DIR,
  styleDifferences,
} from './lib/visual.mjs';

const PUBLIC_DIR = fileURLToPath(new URL('./plain/', import.meta.url));
/** Wide enough for the page's four panels side by side (each at a whole-pixel offset). */
const VIEWPORT = { width: 2320, height: 1000, deviceScaleFactor: 1 };

/**
 * Each widget, the story it is compared with, the width of its container (the page's panel, the
 * story's parent element), and what is copied from the story's element to the page's: the
 * attributes and pushed data that decide what it shows (not the ids that key stored state).
 */
const WIDGETS = [
  {
    tag: 'cx-customer-360',
    story: 'components-customer-360--overview',
    width: 720,
    attributes: ['layout', 'time-zone'],
    properties: ['data'],
  },
  {
    // Every state and colour band; no `calendar="cn"` (which a bundle-only page cannot register).
    tag: 'cx-sla-countdown',
    story: 'components-sla-countdown--all-states',
    width: 480,
    attributes: ['calendar', 'warn-at', 'precision', 'variant', 'time-zone', 'show-wall-clock'],
    properties: ['ticket', 'targets'],
  },
  {
    tag: 'cx-script-prompter',
    story: 'components-script-prompter--greeting-identity-en',
    width: 560,
    attributes: ['src', 'prohibited-phrases', 'draft'],
    properties: ['variables', 'customer', 'agent', 'script'],
  },
  {
    // The agent-mode story renders an English and a Chinese survey; the first is the English one.
    tag: 'cx-satisfaction-survey',
    story: 'components-satisfaction-survey--agent-mode',
    width: 480,
    attributes: ['preset', 'mode'],
    properties: ['survey'],
  },
];

/** @typedef {{ attributes: Record<string, string | null>, properties: Record<string, unknown> }} Shown */
/** @typedef {{ shown: Shown, png: Uint8Array, styles: Record<string, string> }} StoryShot */

/** @type {Awaited<ReturnType<typeof startHost>>} */
let host;
/** @type {Awaited<ReturnType<typeof serveDirectory>>} */
let storybook;
before(
  async () => {
    await ensureStorybook(WIDGETS.map((widget) => widget.story));
    host = await startHost({ publicDir: PUBLIC_DIR, contentSecurityPolicy: false });
    storybook = await serveDirectory(STORYBOOK_DIR);
  },
  { timeout: 660_000 },
);
after(async () => {
  await host?.close();
  await storybook?.close();
});

/**
 * Opens a widget's story, records what the widget shows, gives its parent the container width and
 * takes the screenshot.
 * @param {import('puppeteer-core').Page} page
 * @param {(typeof WIDGETS)[number]} widget
 * @returns {Promise<StoryShot>}
 */
async function shootStory(page, widget) {
  const selector = `#storybook-root ${widget.tag}`;
  await page.goto(`${storybook.origin}/iframe.html?id=${widget.story}&viewMode=story`, { waitUntil: 'load' });
  await page.waitForFunction(
    (css) => Boolean(document.querySelector(css)?.shadowRoot),
    { timeout: 20_000 },
    selector,
  );
  const shown = await page.evaluate(
    (css, width, attributes, properties) => {
      const element = /** @type {any} */ (document.querySelector(css));
      element.parentElement.style.width = `${width}px`;
      return {
        attributes: Object.fromEntries(attributes.map((name) => [name, element.getAttribute(name)])),
        properties: Object.fromEntries(
          properties.map((name) => [name, element[name] === undefined ? null : element[name]]),
        ),
      };
    },
    selector,
    widget.width,
    widget.attributes,
    widget.properties,
  );
  await settleWidget(page, selector);
  return { shown, png: await screenshotWidget(page, selector), styles: await probeStyles(page, selector) };
}

for (const [name, launch] of Object.entries(launchers)) {
  describe(`plain legacy page in ${name}`, () => {
    /** @type {import('puppeteer-core').Browser} */
    let browser;
    /** @type {import('puppeteer-core').Page} */
    let page;
    /** @type {string[]} */
    let problems = [];
    /** @type {Map<string, StoryShot>} */
    const stories = new Map();

    before(
      async () => {
        browser = await launch();
        // The stories first: what each widget shows there, and how it looks.
        const storyPage = await browser.newPage();
        await storyPage.setViewport(VIEWPORT);
        await freezeClock(storyPage);
        for (const widget of WIDGETS) stories.set(widget.tag, await shootStory(storyPage, widget));
        await storyPage.close();

        page = await browser.newPage();
        await page.setViewport(VIEWPORT);
        await freezeClock(page);
        problems = await watchProblems(page);
      },
      { timeout: 120_000 },
    );
    after(async () => browser?.close());

    test('every widget renders from the reference backend, under the hostile CSS', async () => {
      const response = await page.goto(host.url, { waitUntil: 'load' });
      assert.equal(response?.status(), 200);
      // The hostile stylesheet is really in force (a 404 would make every comparison vacuous).
      const hostile = await page.evaluate(() => ({
        font: getComputedStyle(document.querySelector('.slot') ?? document.body).fontFamily,
        inline: getComputedStyle(document.querySelector('.slot > div') ?? document.body).display,
        primary: getComputedStyle(document.documentElement).getPropertyValue('--primary').trim(),
        letterSpacing: getComputedStyle(document.body).letterSpacing,
      }));
      assert.deepEqual(hostile, {
        font: 'serif',
        inline: 'inline',
        primary: '#ff00ff',
        letterSpacing: '0.66px',
      });

      await page.waitForFunction(
        (tags) =>
          window.hostReady === true &&
          tags.every((tag) => (document.querySelector(tag)?.shadowRoot?.textContent ?? '').trim() !== ''),
        { timeout: 20_000 },
        WIDGETS.map((widget) => widget.tag),
      );
      // Customer CUST-0001 over the TMF APIs, the SLA of the customer's open ticket, the script
      // from /dist/scripts/, the post-call survey read by the agent.
      const seen = await page.waitForFunction(
        () => {
          const root = (/** @type {string} */ tag) => document.querySelector(tag)?.shadowRoot;
          const state = {
            customer: root('cx-customer-360')?.querySelector('.name')?.textContent?.trim(),
            slaTargets: root('cx-sla-countdown')?.querySelectorAll('.target').length ?? 0,
            slaErrors: [...(root('cx-sla-countdown')?.querySelectorAll('.error') ?? [])].map((node) =>
              node.textContent?.trim(),
            ),
            script: root('cx-script-prompter')?.querySelector('h2')?.textContent?.trim(),
            surveyQuestions: root('cx-satisfaction-survey')?.querySelectorAll('[data-question]').length ?? 0,
          };
          return state.customer && state.slaTargets > 0 && state.script && state.surveyQuestions > 0 && state;
        },
        { timeout: 20_000 },
      );
      const state = await seen.jsonValue();
      assert.equal(state.customer, '王建国');
      // calendar="cn" from dist/calendars/cn.bundle.js, registered into the script-tag bundle.
      assert.deepEqual(state.slaErrors, [], 'the SLA countdown knows the cn calendar');
      assert.equal(state.script, 'Greeting and identity check');
      assert.ok(state.surveyQuestions >= 2, 'the post-call survey shows its questions');
    });

    for (const widget of WIDGETS) {
      test(`${widget.tag} looks like its story (${widget.story})`, async () => {
        const story = /** @type {StoryShot} */ (stories.get(widget.tag));
        // The story's data, pushed as a host would push it.
        await page.evaluate(
          (tag, shown) => {
            const element = /** @type {any} */ (document.querySelector(tag));
            for (const [attribute, value] of Object.entries(shown.attributes)) {
              if (value === null) element.removeAttribute(attribute);
              else element.setAttribute(attribute, value);
            }
            for (const [property, value] of Object.entries(shown.properties)) element[property] = value;
          },
          widget.tag,
          story.shown,
        );
        await settleWidget(page, widget.tag);
        const result = compareScreenshots(
          `${name}-${widget.tag}`,
          await screenshotWidget(page, widget.tag),
          story.png,
          { details: styleDifferences(await probeStyles(page, widget.tag), story.styles) },
        );
        console.log(result.message.split('\n')[0]);
        assert.ok(result.ok, result.message);
      });
    }

    test('no console error, uncaught exception or CSP violation', () => {
      assert.deepEqual(problems, []);
    });
  });
}

// Helpers of the closed-roots, two-copies and iframe host tests (harness.mjs launches browsers,
// watches for problems and serves a host folder with the reference backend).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchProblems } from './harness.mjs';

/** The built library, as the host pages load it. */
export const DIST_DIR = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** How long a page may take to render or get an answer from the backend. */
export const WAIT = { timeout: 20_000 };

/**
 * Opens a page in a fresh browser context (its own storage: localStorage, IndexedDB) that collects
 * problems (console errors, uncaught exceptions, CSP violations: assert empty) and console warnings,
 * from before anything loads. `close()` discards the context.
 * @param {import('puppeteer-core').Browser} browser
 */
export async function openPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  const problems = await watchProblems(page);
  /** @type {string[]} */
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
  });
  /**
   * Resolves once `count` warnings have arrived (console messages come asynchronously).
   * @param {number} count
   * @returns {Promise<string[]>}
   */
  const waitForWarnings = (count) =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (warnings.length < count) return;
        stop();
        resolve([...warnings]);
      };
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`${warnings.length} of ${count} console warnings: ${warnings.join(' | ')}`));
      }, WAIT.timeout);
      const stop = () => {
        clearTimeout(timer);
        page.off('console', check);
      };
      page.on('console', check); // after the collector above, so the new warning is counted
      check();
    });
  return { page, problems, warnings, waitForWarnings, close: () => context.close() };
}

/**
 * Waits for an element inside the (open) shadow root of the element `host` selects, and returns it.
 * `inner` may go on into the shadow root of an element inside (a survey's rating scale) after `>>>`:
 * `[data-question="csat"] [role="radiogroup"] >>> [data-index="3"]`.
 * @param {import('puppeteer-core').Page | import('puppeteer-core').Frame} target
 * @param {string} host CSS selector in the document
 * @param {string} inner CSS selector in the host's shadow root
 * @returns {Promise<import('puppeteer-core').ElementHandle<Element>>}
 */
export async function shadowElement(target, host, inner) {
  const handle = await target.waitForFunction(
    (host, inner) =>
      inner
        .split('>>>')
        .reduce(
          (/** @type {Element | null | undefined} */ element, selector) =>
            element?.shadowRoot?.querySelector(selector.trim()),
          document.querySelector(host),
        ),
    WAIT,
    host,
    inner,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no element ${inner} in ${host}`);
  return /** @type {import('puppeteer-core').ElementHandle<Element>} */ (element);
}

/**
 * The text of the (open) shadow root of the element `host` selects.
 * @param {import('puppeteer-core').Page | import('puppeteer-core').Frame} target
 * @param {string} host
 */
export function shadowText(target, host) {
  return target.evaluate((host) => document.querySelector(host)?.shadowRoot?.textContent ?? '', host);
}

/**
 * Page-side: the survey drafts cx-desk autosaved in IndexedDB (database `cx-desk-survey`, store
 * `drafts`), read without creating the database when it is not there yet. With an interaction id:
 * that interaction's draft, or null.
 * @param {string | null} interactionId
 */
function readSurveyDrafts(interactionId) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('cx-desk-survey', 1);
    request.onupgradeneeded = () => request.transaction?.abort(); // not there yet: leave it to cx-desk
    request.onerror = () => resolve(interactionId === null ? [] : null);
    request.onsuccess = () => {
      const database = request.result;
      const read = database.transaction('drafts').objectStore('drafts').getAll();
      read.onsuccess = () => {
        database.close();
        const drafts = read.result.map(({ interactionId, answers }) => ({ interactionId, answers }));
        resolve(
          interactionId === null
            ? drafts
            : (drafts.find((draft) => draft.interactionId === interactionId) ?? null),
        );
      };
      read.onerror = () => reject(read.error);
    };
  });
}

/**
 * Every survey draft in the page's IndexedDB.
 * @param {import('puppeteer-core').Page | import('puppeteer-core').Frame} target
 * @returns {Promise<Array<{ interactionId: string, answers: Record<string, unknown> }>>}
 */
export function surveyDrafts(target) {
  return target.evaluate(readSurveyDrafts, null);
}

/**
 * Waits until the survey of `interactionId` has an autosaved draft, and returns it.
 * @param {import('puppeteer-core').Page | import('puppeteer-core').Frame} target
 * @param {string} interactionId
 * @returns {Promise<{ interactionId: string, answers: Record<string, unknown> }>}
 */
export async function waitForSurveyDraft(target, interactionId) {
  const handle = await target.waitForFunction(readSurveyDrafts, WAIT, interactionId);
  const draft = await handle.jsonValue();
  await handle.dispose();
  return draft;
}

/**
 * Every shadow host in the page with its shadow root's mode, as the DevTools protocol sees them (it
 * sees closed roots too), in document order: `[['crm-panel', 'closed'], ['cx-agent-session', 'closed'], …]`.
 * Chromium only.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<Array<[string, string]>>}
 */
export async function shadowHosts(page) {
  const cdp = await page.createCDPSession();
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    /** @type {Array<[string, string]>} */
    const hosts = [];
    /** @param {import('devtools-protocol').Protocol.DOM.Node} node */
    const walk = (node) => {
      for (const shadow of node.shadowRoots ?? []) hosts.push([node.localName, shadow.shadowRootType ?? '']);
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
      if (node.contentDocument) walk(node.contentDocument);
    };
    walk(root);
    return hosts;
  } finally {
    await cdp.detach();
  }
}

/**
 * Waits until the page's event log (`window.hostEvents`, kept by each host page) has an entry of
 * `type` whose detail contains `match` (a shallow subset), and returns it.
 * @param {import('puppeteer-core').Page | import('puppeteer-core').Frame} target
 * @param {string} type
 * @param {Record<string, unknown>} [match]
 * @param {{ log?: string, timeout?: number }} [options] `log`: the global array to read (default `hostEvents`)
 * @returns {Promise<{ type: string, detail: any, [key: string]: any }>}
 */
export async function waitForHostEvent(
  target,
  type,
  match = {},
  { log = 'hostEvents', timeout = WAIT.timeout } = {},
) {
  const handle = await target.waitForFunction(
    (log, type, match) =>
      (window[log] ?? []).find(
        (entry) =>
          entry.type === type &&
          Object.entries(match).every(
            ([key, value]) => JSON.stringify(entry.detail?.[key]) === JSON.stringify(value),
          ),
      ),
    { timeout },
    log,
    type,
    match,
  );
  const entry = await handle.jsonValue();
  await handle.dispose();
  return entry;
}

/**
 * The page's event log entries of `type`.
 * @param {import('puppeteer-core').Page | import('puppeteer-core').Frame} target
 * @param {string} type
 * @param {string} [log]
 */
export function hostEventsOf(target, type, log = 'hostEvents') {
  return target.evaluate(
    (log, type) => (window[log] ?? []).filter((entry) => entry.type === type),
    log,
    type,
  );
}

/**
 * A response as the reference backend stored it, or undefined (404).
 * @param {string} origin e.g. `http://localhost:1234/`
 * @param {string} responseId
 */
export async function storedSurveyResponse(origin, responseId) {
  const response = await fetch(new URL(`/api/survey-responses/${encodeURIComponent(responseId)}`, origin));
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`GET survey response ${responseId}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Copies a host folder into a fresh temporary folder, to add generated files (such as another
 * version of the bundle) without writing into the repository.
 * @param {string} sourceDir
 * @returns {string} the copy
 */
export function stageHostDir(sourceDir) {
  const staged = mkdtempSync(join(tmpdir(), 'cx-host-page-'));
  cpSync(sourceDir, staged, { recursive: true });
  return staged;
}

// Mounts and removes <cx-agent-session> with all four widgets 1,000 times in Chromium, and checks
// through the DevTools protocol that nothing is left behind: no timers, no listeners on window or
// document, no storage entries, no DOM nodes or heap growth beyond noise. Needs dist/ (built first).
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { serveFiles } from '../../bench/lib/server.mjs';
import { chromiumArgs, ensureBrowsers } from '../../scripts/browsers.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const CYCLES = 1000;

/** @type {Awaited<ReturnType<typeof serveFiles>>} */
let server;
/** @type {import('puppeteer-core').Browser} */
let browser;
before(async () => {
  server = await serveFiles({
    '/': here('./leak/index.html'),
    '/page.js': here('./leak/page.js'),
    '/track-timers.js': here('./leak/track-timers.js'),
    '/bundle.js': here('../../dist/cx-desk.bundle.js'),
    '/script.json': here('../../dist/scripts/greeting-identity.en.json'),
  });
  browser = await puppeteer.launch({
    executablePath: ensureBrowsers().chromium,
    headless: true,
    args: chromiumArgs,
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** What the page holds on to, after a full garbage collection. */
async function measure(page, cdp) {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 8000))); // announcements expire (7 s)
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const listeners = {};
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
    });
    listeners[target] = found.map((listener) => listener.type).sort();
  }
  const page_ = await page.evaluate(() => ({
    timers: window.liveTimers(),
    localStorage: Object.keys(localStorage).sort(),
    sessionStorage: sessionStorage.length,
    elements: document.querySelectorAll('*').length,
  }));
  return { dom, heapUsed: heap.usedSize, listeners, ...page_ };
}

test(
  `mounting and removing every widget ${CYCLES} times leaves nothing behind`,
  { timeout: 600_000 },
  async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // Failed requests are checked below by URL (the browser asks for /favicon.ico on its own).
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        errors.push(`${response.status()} ${response.url()}`);
    });
    const cdp = await page.createCDPSession();
    await page.goto(`${server.origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.leak?.ready === true);
    // Warm up: shared singletons (clock, live regions, observers, outbox database) exist from here on.
    await page.evaluate(() => window.leak.cycle(20));
    const before = await measure(page, cdp);
    await page.evaluate((cycles) => window.leak.cycle(cycles), CYCLES);
    const afterCycles = await measure(page, cdp);

    assert.deepEqual(errors, []);
    assert.deepEqual(afterCycles.timers, before.timers, 'live timers');
    assert.deepEqual(afterCycles.listeners, before.listeners, 'listeners on window and document');
    assert.deepEqual(afterCycles.localStorage, before.localStorage, 'localStorage entries');
    assert.equal(afterCycles.sessionStorage, before.sessionStorage, 'sessionStorage entries');
    assert.equal(afterCycles.elements, before.elements, 'elements in the document');
    // DOM nodes and JS listeners alive anywhere (also detached), and the heap: noise, not 1,000 widgets.
    assert.ok(
      afterCycles.dom.nodes - before.dom.nodes < 500,
      `DOM nodes ${before.dom.nodes} → ${afterCycles.dom.nodes}`,
    );
    assert.ok(
      afterCycles.dom.jsEventListeners - before.dom.jsEventListeners < 100,
      `JS event listeners ${before.dom.jsEventListeners} → ${afterCycles.dom.jsEventListeners}`,
    );
    assert.ok(
      afterCycles.heapUsed - before.heapUsed < 4 * 1024 * 1024,
      `JS heap ${(before.heapUsed / 1e6).toFixed(1)} MB → ${(afterCycles.heapUsed / 1e6).toFixed(1)} MB`,
    );
    console.log(
      `# ${CYCLES} cycles: DOM nodes ${before.dom.nodes} → ${afterCycles.dom.nodes}, JS listeners ${before.dom.jsEventListeners} → ${afterCycles.dom.jsEventListeners}, heap ${(before.heapUsed / 1e6).toFixed(1)} → ${(afterCycles.heapUsed / 1e6).toFixed(1)} MB, timers ${JSON.stringify(afterCycles.timers)}`,
    );
  },
);

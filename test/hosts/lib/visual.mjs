// Screenshot comparison of a widget on a host page against the same widget in its Storybook story:
// a static server for storybook-static/ (built when missing), a frozen clock and no motion in both
// pages, element screenshots, and pixelmatch with a tolerance; diff PNGs go to .test-results/visual/.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const STORYBOOK_DIR = join(REPO, 'storybook-static');
export const RESULTS_DIR = join(REPO, '.test-results', 'visual');

/**
 * The instant both pages live in: a Wednesday, 10:00 in Beijing (inside business hours, so SLA
 * business-time targets count). Every "now"-relative sample (bills due, SLA targets) is identical.
 */
export const FROZEN_NOW = Date.parse('2026-11-18T02:00:00.000Z');

/**
 * pixelmatch's per-pixel colour threshold (its default, 0.1): a pixel differs when its YIQ colour
 * distance is more than 10 % of the maximum, so sub-pixel anti-aliasing noise is not a difference,
 * while a colour, font, size or spacing change is.
 */
export const PIXEL_THRESHOLD = 0.1;

/**
 * Share of a widget's pixels that may differ (0.5 %). The same browser renders the same DOM with the
 * same fonts, so an honest match measures 0; the allowance absorbs glyph rasterisation that depends
 * on a text run's sub-pixel position on the page (a few dozen pixels on a widget of 200,000). A
 * leaked font, line height, letter spacing, box model or colour moves thousands of pixels (and
 * usually the size, which fails on its own).
 */
export const MAX_DIFF_RATIO = 0.005;

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
};

/**
 * Serves a directory (storybook-static) on 127.0.0.1, any file type it holds.
 * @param {string} root
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveDirectory(root) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(base, `.${path}`);
    const info = file.startsWith(base + sep) ? await stat(file).catch(() => undefined) : undefined;
    if (!info?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    const body = await readFile(file);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the Storybook server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done(undefined));
        server.closeAllConnections();
      }),
  };
}

/** Story ids of the static Storybook build, or an empty set when there is none. */
function builtStories() {
  const index = join(STORYBOOK_DIR, 'index.json');
  if (!existsSync(index)) return new Set();
  return new Set(Object.keys(JSON.parse(readFileSync(index, 'utf8')).entries ?? {}));
}

/**
 * Makes sure storybook-static/ holds the given stories (the test runner builds it before the host
 * pages; a standalone run builds it here, which takes a minute or two).
 * @param {string[]} storyIds
 */
export async function ensureStorybook(storyIds) {
  if (storyIds.every((id) => builtStories().has(id))) return;
  await new Promise((done, fail) =>
    execFile(
      'npx',
      ['storybook', 'build', '--disable-telemetry', '--quiet', '-o', 'storybook-static'],
      { cwd: REPO, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? fail(new Error(`storybook build failed: ${error.message}\n${stderr}`)) : done(undefined),
    ),
  );
  const missing = storyIds.filter((id) => !builtStories().has(id));
  if (missing.length > 0) throw new Error(`storybook-static has no story ${missing.join(', ')}`);
}

/**
 * Freezes the page's clock at `now` before any script runs: `Date.now()` and `new Date()` always
 * answer the same instant, so countdowns and "due in 9 days" texts are identical in both pages.
 * Timers still fire (the widgets' ticker keeps running; it just sees the same time).
 * @param {import('puppeteer-core').Page} page
 * @param {number} [now]
 */
export async function freezeClock(page, now = FROZEN_NOW) {
  await page.evaluateOnNewDocument((frozen) => {
    const RealDate = Date;
    class FrozenDate extends RealDate {
      /** @param {any[]} args */
      constructor(...args) {
        super(...(args.length === 0 ? [frozen] : args));
      }
      static now() {
        return frozen;
      }
    }
    globalThis.Date = FrozenDate;
  }, now);
}

/**
 * Turns motion off the same way in both pages (the cx duration tokens at 0 ms, through a
 * constructed stylesheet so a strict style-src allows it), then waits until the widget has rendered,
 * its fonts are loaded and nothing in it is animating.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector the widget
 */
export async function settleWidget(page, selector) {
  await page.evaluate(() => {
    const page = /** @type {any} */ (window);
    if (page.cxMotionOff) return;
    page.cxMotionOff = new CSSStyleSheet();
    page.cxMotionOff.replaceSync(
      ':root { --cx-duration-fast: 0ms; --cx-duration-normal: 0ms; --cx-duration-slow: 0ms; }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, page.cxMotionOff];
  });
  await page.waitForFunction(
    async (css) => {
      const element = /** @type {any} */ (document.querySelector(css));
      if (!element?.shadowRoot) return false;
      await element.updateComplete;
      await document.fonts.ready;
      const moving = element.shadowRoot
        .getAnimations()
        .some((/** @type {Animation} */ animation) => animation.playState === 'running');
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return !moving;
    },
    { timeout: 10_000 },
    selector,
  );
}

/**
 * A PNG of the widget's border box.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector
 * @returns {Promise<Uint8Array>}
 */
export async function screenshotWidget(page, selector) {
  const element = await page.$(selector);
  if (!element) throw new Error(`no ${selector} on ${page.url()}`);
  await element.scrollIntoView();
  return element.screenshot({ type: 'png' });
}

/** Inheritable properties a host page can push into a widget, and the box model. */
const PROBED = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'color',
  'text-transform',
  'text-align',
  'text-indent',
  'white-space',
  'box-sizing',
];

/**
 * Computed styles that explain a visual drift: those of the widget's host element and of the first
 * element of its shadow root, and the page's root font size (what `rem` in the widget resolves to).
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector the widget
 * @returns {Promise<Record<string, string>>}
 */
export function probeStyles(page, selector) {
  return page.evaluate(
    (css, properties) => {
      const host = /** @type {HTMLElement} */ (document.querySelector(css));
      const inner = host.shadowRoot?.firstElementChild ?? host;
      const read = (/** @type {Element} */ element, /** @type {string} */ label) =>
        properties.map((name) => [`${label} ${name}`, getComputedStyle(element).getPropertyValue(name)]);
      return Object.fromEntries([
        ...read(host, ':host'),
        ...read(inner, `.${inner.classList[0] ?? inner.localName}`),
        ['root font-size (rem)', getComputedStyle(document.documentElement).fontSize],
      ]);
    },
    selector,
    PROBED,
  );
}

/**
 * The probed styles that differ, as `:host font-size: "11px" (story: "14px")`; the inner element's
 * only where it does not simply inherit the host's difference.
 * @param {Record<string, string>} host
 * @param {Record<string, string>} story
 */
export function styleDifferences(host, story) {
  const inherited = (/** @type {string} */ key) => {
    const hostKey = `:host ${key.slice(key.indexOf(' ') + 1)}`;
    return !key.startsWith(':host') && host[key] === host[hostKey] && story[key] === story[hostKey];
  };
  return Object.keys(story)
    .filter((key) => host[key] !== story[key] && !inherited(key))
    .map((key) => `${key}: ${JSON.stringify(host[key])} (story: ${JSON.stringify(story[key])})`);
}

/** `image` on a white canvas of `width` × `height` (for comparing screenshots of different sizes). */
function padded(image, width, height) {
  if (image.width === width && image.height === height) return image;
  const canvas = new PNG({ width, height });
  canvas.data.fill(255);
  PNG.bitblt(image, canvas, 0, 0, image.width, image.height, 0, 0);
  return canvas;
}

/**
 * Compares two screenshots of one widget. On a size mismatch or more than `maxDiffRatio` of pixels
 * differing, writes `<name>.host.png`, `<name>.story.png` and `<name>.diff.png` to .test-results/visual/.
 * @param {string} name file name stem, e.g. `chromium-cx-customer-360`
 * @param {Uint8Array} hostPng the widget on the host page
 * @param {Uint8Array} storyPng the widget in its story
 * @param {{ threshold?: number, maxDiffRatio?: number, details?: string[] }} [options] `details`:
 *   lines that may explain a failure (e.g. {@link styleDifferences}), added to its message
 */
export function compareScreenshots(name, hostPng, storyPng, options = {}) {
  const { threshold = PIXEL_THRESHOLD, maxDiffRatio = MAX_DIFF_RATIO, details = [] } = options;
  const host = PNG.sync.read(Buffer.from(hostPng));
  const story = PNG.sync.read(Buffer.from(storyPng));
  const width = Math.max(host.width, story.width);
  const height = Math.max(host.height, story.height);
  const diff = new PNG({ width, height });
  const differing = pixelmatch(
    padded(host, width, height).data,
    padded(story, width, height).data,
    diff.data,
    width,
    height,
    { threshold },
  );
  const sameSize = host.width === story.width && host.height === story.height;
  const ratio = differing / (width * height);
  const ok = sameSize && ratio <= maxDiffRatio;
  const files = { host: '', story: '', diff: '' };
  if (!ok) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    files.host = join(RESULTS_DIR, `${name}.host.png`);
    files.story = join(RESULTS_DIR, `${name}.story.png`);
    files.diff = join(RESULTS_DIR, `${name}.diff.png`);
    writeFileSync(files.host, hostPng);
    writeFileSync(files.story, storyPng);
    writeFileSync(files.diff, PNG.sync.write(diff));
  }
  const size = (image) => `${image.width}×${image.height}`;
  const message = ok
    ? `${name}: ${differing} of ${width * height} pixels differ (${(ratio * 100).toFixed(3)} %)`
    : `${name}: the widget on the host page does not look like its story: ` +
      `${sameSize ? `same size ${size(host)}` : `size ${size(host)} on the host page, ${size(story)} in the story`}, ` +
      `${differing} of ${width * height} pixels differ (${(ratio * 100).toFixed(2)} %, at most ` +
      `${(maxDiffRatio * 100).toFixed(2)} % allowed). See ${files.host}, ${files.story} and ${files.diff}.` +
      (details.length > 0 ? `\nComputed styles that differ:\n  ${details.join('\n  ')}` : '');
  return { ok, sameSize, differing, ratio, width, height, message, files };
}

// @ts-check
// Chromium for benchmarks: the project's Debian browser and flags (scripts/browsers.mjs), headless,
// with a fixed viewport so "what the agent can see" is the same in every run.
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, ensureBrowsers } from '../../scripts/browsers.mjs';

export const VIEWPORT = { width: 1280, height: 900 };

/**
 * Chromium's headless mode opens a window per browser context, and with it a renderer for the
 * omnibox popup's WebUI, which loads its scripts while the measured page loads: on 2 cores, noise in
 * every fresh-load figure. Nothing on a benchmark page uses the omnibox.
 */
const QUIET_ARGS = ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup'];

/** @returns {Promise<import('puppeteer-core').Browser>} */
export async function launchChromium() {
  const { chromium } = ensureBrowsers();
  if (!chromium) throw new Error('Chromium not found (set CHROME_PATH)');
  return puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: [...chromiumArgs, ...QUIET_ARGS, `--window-size=${VIEWPORT.width},${VIEWPORT.height}`],
    defaultViewport: VIEWPORT,
  });
}

/**
 * What the numbers depend on.
 * @param {import('puppeteer-core').Browser | undefined} browser
 */
export async function machineInfo(browser) {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    chromium: browser ? await browser.version() : undefined,
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
}

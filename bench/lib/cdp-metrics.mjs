// @ts-check
// Main-thread time from the DevTools protocol's Performance domain. The counters are cumulative
// seconds for the renderer's main thread, so a window's cost is the difference of two reads.

/**
 * @typedef {object} MainThreadTime
 * @property {number} task - every main-thread task (script, style, layout, paint, GC, …), ms
 * @property {number} script - ms
 * @property {number} layout - ms
 * @property {number} style - style recalculation, ms
 */

const NAMES = {
  task: 'TaskDuration',
  script: 'ScriptDuration',
  layout: 'LayoutDuration',
  style: 'RecalcStyleDuration',
};

/**
 * Opens a CDP session on the page and returns a reader of the cumulative counters.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<() => Promise<MainThreadTime>>}
 */
export async function mainThreadTimeReader(page) {
  const session = await page.createCDPSession();
  await session.send('Performance.enable');
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    const byName = new Map(metrics.map((metric) => [metric.name, metric.value]));
    const ms = (/** @type {string} */ name) => (byName.get(name) ?? 0) * 1000;
    return {
      task: ms(NAMES.task),
      script: ms(NAMES.script),
      layout: ms(NAMES.layout),
      style: ms(NAMES.style),
    };
  };
}

/**
 * @param {MainThreadTime} later
 * @param {MainThreadTime} earlier
 * @returns {MainThreadTime}
 */
export function difference(later, earlier) {
  return {
    task: later.task - earlier.task,
    script: later.script - earlier.script,
    layout: later.layout - earlier.layout,
    style: later.style - earlier.style,
  };
}

/**
 * Resolves at the next wall-clock instant whose offset within the second is `offsetMs`. Reading at
 * mid-second, away from the page's ticks (which land just after each second), puts exactly one tick
 * in every one-second window instead of zero or two when the boundary and the tick race.
 * @param {number} offsetMs
 */
export function untilSecondOffset(offsetMs) {
  const wait = (((offsetMs - (Date.now() % 1000)) % 1000) + 1000) % 1000 || 1000;
  return new Promise((resolve) => setTimeout(resolve, wait));
}

import { expect, fixture, html } from '@open-wc/testing';
import { observeVisibility, QUIET_MS, visibilityStats } from './visibility-observer.js';

const frames = (count = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds, frame by frame (IntersectionObserver reports after a frame). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (check()) return;
    await frames(1);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('observeVisibility', () => {
  const stops: Array<() => void> = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });

  async function queue(rows: number) {
    const container = await fixture<HTMLDivElement>(html`<div style="height: 200px; overflow: auto"></div>`);
    const items: HTMLDivElement[] = [];
    const seen = new Map<HTMLDivElement, boolean>();
    for (let index = 0; index < rows; index++) {
      const item = document.createElement('div');
      item.style.height = '50px';
      item.textContent = `row ${index}`;
      container.append(item);
      items.push(item);
      stops.push(observeVisibility(item, (visible) => seen.set(item, visible)));
    }
    await until(() => seen.size === rows, 'first reports');
    return { container, items, seen };
  }

  it('reports what is on screen (with a margin) and what is not', async () => {
    const { items, seen } = await queue(100);
    expect(seen.get(items[0]!)).to.equal(true);
    expect(seen.get(items[3]!)).to.equal(true);
    expect(seen.get(items[99]!)).to.equal(false);
  });

  it('stops watching off-screen elements once the page is still, and watches them again when it scrolls', async () => {
    const { container, items, seen } = await queue(200);
    const before = visibilityStats();
    expect(before.observed).to.equal(before.targets);
    await sleep(QUIET_MS + 200);
    const still = visibilityStats();
    // Only the rows in view (and the margin) are still observed.
    expect(still.targets - still.observed).to.be.greaterThan(150);
    container.scrollTop = 150 * 50;
    await until(() => seen.get(items[152]!) === true, 'row 152 to come into view');
    expect(seen.get(items[0]!)).to.equal(false);
    expect(visibilityStats().observed).to.equal(visibilityStats().targets);
  });

  it('notices a change to the page that brings an element into view without a scroll', async () => {
    const { container, items, seen } = await queue(60);
    await sleep(QUIET_MS + 200);
    expect(seen.get(items[50]!)).to.equal(false);
    // The host removes the rows above (a filter): row 50 moves up into view.
    for (const item of items.slice(0, 48)) item.style.display = 'none';
    await until(() => seen.get(items[50]!) === true, 'row 50 to come into view');
    expect(container.scrollTop).to.equal(0);
  });

  it('ignores the page live regions: an announcement moves nothing', async () => {
    await queue(60);
    await sleep(QUIET_MS + 200);
    const { announce } = await import('./announcer.js');
    const pruned = visibilityStats();
    announce('Respond: deadline passed', 'assertive');
    await frames(2);
    expect(visibilityStats()).to.deep.equal(pruned);
  });

  it('counts an element as visible where IntersectionObserver is missing', () => {
    const saved = window.IntersectionObserver;
    // @ts-expect-error simulating an old browser
    delete window.IntersectionObserver;
    try {
      let reported: boolean | undefined;
      const stop = observeVisibility(document.body, (visible) => (reported = visible));
      stop();
      expect(reported).to.equal(true);
    } finally {
      window.IntersectionObserver = saved;
    }
  });
});

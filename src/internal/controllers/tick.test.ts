import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { FakeVisibility } from '../../../test/support/fake-visibility.js';
import { Clock, type ClockPrecision } from '../../services/clock.js';
import { TickController } from './tick.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const NOW = Date.parse('2026-11-23T10:00:00.000+08:00');

/** The clock of the test being run (a host reads it when ticking starts). */
let testClock: Clock;

class TickHost extends LitElement {
  precision: ClockPrecision = 'seconds';
  updates = 0;
  readonly ticks: number[] = [];
  readonly ticker = new TickController(this, {
    clock: () => testClock,
    precision: () => this.precision,
    onTick: (now) => this.ticks.push(now),
  });

  override render() {
    this.updates += 1;
    return html`${new Date(this.ticker.now).toISOString()}`;
  }
}
customElements.define('cx-test-tick-host', TickHost);

/** IntersectionObserver reports after a frame. */
const frames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Waits, frame by frame (setTimeout is faked), until the viewport observer has reported the host on
 * screen: one frame on a quiet machine, more under load. Fails after 600 frames (about 10 s).
 */
async function onScreen(host: TickHost): Promise<void> {
  for (let frame = 0; !host.ticker.visible; frame += 1) {
    if (frame === 600) throw new Error('the viewport observer never reported the host on screen');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

describe('TickController', () => {
  let timers: sinon.SinonFakeTimers;
  let visibility: FakeVisibility;

  beforeEach(() => {
    timers = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    visibility = new FakeVisibility();
    testClock = new Clock({ visibility });
  });
  afterEach(() => timers.restore());

  async function mount(precision: ClockPrecision = 'seconds', style = ''): Promise<TickHost> {
    const host = document.createElement('cx-test-tick-host') as TickHost;
    host.precision = precision;
    host.setAttribute('style', style);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(host);
    await host.updateComplete;
    return host;
  }

  it('ticks once on screen, every second, and asks for an update each time', async () => {
    const host = await mount();
    expect(host.ticker.now).to.equal(NOW);
    expect(testClock.size, 'not subscribed before the viewport observer has seen it').to.equal(0);
    await onScreen(host);
    expect(host.ticker.visible).to.equal(true);
    expect(testClock.size).to.equal(1);
    const before = host.updates;
    // Ticks land just after each second boundary.
    await timers.tickAsync(3 * SECOND + 1);
    await host.updateComplete;
    expect(host.ticker.now).to.equal(NOW + 3 * SECOND + 1);
    expect(host.updates - before).to.equal(3);
    expect(host.ticks).to.deep.equal([NOW + SECOND + 1, NOW + 2 * SECOND + 1, NOW + 3 * SECOND + 1]);
  });

  it('ticks once a minute at minutes precision, and at the new precision after restart()', async () => {
    const host = await mount('minutes');
    await onScreen(host);
    await timers.tickAsync(59 * SECOND);
    expect(host.ticks).to.deep.equal([]);
    await timers.tickAsync(2 * SECOND);
    expect(host.ticks).to.deep.equal([NOW + MINUTE + 1]);
    host.precision = 'seconds';
    host.ticker.restart();
    await timers.tickAsync(2 * SECOND + 1);
    expect(host.ticks).to.have.length(3);
    expect(testClock.size).to.equal(1);
  });

  it('does no work while the tab is hidden and catches up once when it is shown', async () => {
    const host = await mount();
    await onScreen(host);
    await host.updateComplete;
    const before = host.updates;
    visibility.set('hidden');
    await timers.tickAsync(5 * MINUTE);
    await host.updateComplete;
    expect(host.updates).to.equal(before);
    expect(host.ticks).to.deep.equal([]);
    visibility.set('visible');
    await host.updateComplete;
    expect(host.updates).to.equal(before + 1);
    expect(host.ticker.now).to.equal(Date.now());
  });

  it('does not subscribe while off screen, and catches up when it comes into view', async () => {
    const host = await mount('seconds', 'display: none');
    await frames();
    expect(host.ticker.visible).to.equal(false);
    expect(testClock.size).to.equal(0);
    await timers.tickAsync(10 * SECOND);
    expect(host.ticks).to.deep.equal([]);
    host.style.display = '';
    await onScreen(host);
    await host.updateComplete;
    expect(host.ticker.visible).to.equal(true);
    expect(testClock.size).to.equal(1);
    expect(host.ticker.now).to.equal(NOW + 10 * SECOND);
  });

  it('unsubscribes when disconnected and resumes when connected again', async () => {
    const host = await mount();
    await onScreen(host);
    const parent = host.parentElement!;
    host.remove();
    expect(host.ticker.visible).to.equal(false);
    expect(testClock.size).to.equal(0);
    await timers.tickAsync(5 * SECOND);
    expect(host.ticks).to.deep.equal([]);
    parent.append(host);
    expect(host.ticker.now, 'the time is caught up on connect').to.equal(NOW + 5 * SECOND);
    await onScreen(host);
    expect(testClock.size).to.equal(1);
  });

  it('set() asks for an update only when the time shown changes', async () => {
    const host = await mount();
    const before = host.updates;
    host.ticker.set(host.ticker.now);
    await host.updateComplete;
    expect(host.updates).to.equal(before);
    host.ticker.set(NOW + MINUTE);
    await host.updateComplete;
    expect(host.updates).to.equal(before + 1);
    expect(host.shadowRoot!.textContent).to.contain(new Date(NOW + MINUTE).toISOString());
  });
});
